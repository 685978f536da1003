package cn.hotline12345.knowledge;

/** Where an entry's latest version stands in the editing workflow (采编). */
public enum KnowledgeState {
    /** 草稿: being written; not seen by agents (an earlier published version may still be). */
    DRAFT,
    /** 待审核: submitted to a reviewer. */
    IN_REVIEW,
    /** 已发布: the latest version is what agents find. */
    PUBLISHED,
    /** 已归档: withdrawn from agent search; kept with its history. */
    ARCHIVED
}
