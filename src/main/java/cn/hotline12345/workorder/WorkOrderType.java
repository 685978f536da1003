package cn.hotline12345.workorder;

/** What the citizen came for. */
public enum WorkOrderType {
    /** 咨询 */
    CONSULTATION,
    /** 投诉 */
    COMPLAINT,
    /** 求助 */
    HELP,
    /** 建议 */
    SUGGESTION,
    /** 举报 */
    REPORT,
    /** 表扬 */
    PRAISE
}
