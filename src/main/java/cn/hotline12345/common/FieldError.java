package cn.hotline12345.common;

/** One invalid field of a request: its JSON path and a message for people. */
public record FieldError(String field, String message) {
}
