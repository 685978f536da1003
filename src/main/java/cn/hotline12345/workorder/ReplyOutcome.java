package cn.hotline12345.workorder;

/** What a unit's reply says it achieved. */
public enum ReplyOutcome {
    /** 已解决 */
    RESOLVED,
    /** 已解释说明 */
    EXPLAINED,
    /** 无法解决（说明理由） */
    NOT_RESOLVABLE
}
