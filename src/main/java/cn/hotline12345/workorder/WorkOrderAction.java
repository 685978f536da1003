package cn.hotline12345.workorder;

/** What someone can do to a work order. Each is one transition (or a note that changes no state). */
public enum WorkOrderAction {
    ANSWER_DIRECTLY,
    DISPATCH,
    SIGN,
    RETURN,
    REPLY,
    ACCEPT_REPLY,
    SEND_BACK,
    CALLBACK,
    CLOSE,
    URGE,
    REQUEST_EXTENSION,
    DECIDE_EXTENSION,
    REQUEST_PAUSE,
    DECIDE_PAUSE,
    RESUME,
    REOPEN,
    SUPERVISE,
    MERGE
}
