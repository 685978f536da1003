package cn.hotline12345.knowledge;

/** The steps of the editing workflow, each checked by {@link KnowledgeWorkflow}. */
public enum KnowledgeAction {
    EDIT,
    SUBMIT,
    PUBLISH,
    REJECT,
    ARCHIVE,
    ROLLBACK
}
