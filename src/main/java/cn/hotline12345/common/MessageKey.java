package cn.hotline12345.common;

/** An argument of a message that is itself a message, worded in the reader's language (e.g. a state's name). */
public record MessageKey(String key) {
}
