package cn.hotline12345.common;

/** The one place that decides what an empty answer in a form or a request is. */
public final class Strings {

    private Strings() {
    }

    /** Null for null, empty or blank text; otherwise the text without surrounding white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trimmed text, or "" for null and blank: for optional sections that are never null. */
    public static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
