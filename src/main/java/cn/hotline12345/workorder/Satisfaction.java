package cn.hotline12345.workorder;

/** The citizen's verdict at the callback (回访). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    UNREACHABLE
}
