package cn.hotline12345.workorder;

/** How the citizen reached the hotline. */
public enum Channel {
    PHONE,
    WEB,
    WALK_IN,
    OTHER
}
