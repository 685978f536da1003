package cn.hotline12345.common;

/** The one place that decides what an empty answer in a form or a request is. */
public final class Strings {

    private Strings() {
    }

    /** Null for null, empty or blank text; otherwise the text without surrounding white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A LIKE pattern that finds the text anywhere, in lower case, its own % and _ (and the escape
     * character \) taken literally: use it with {@code like :p escape '\'}.
     */
    public static String containing(String text) {
        String literal = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** Trimmed text, or "" for null and blank: for optional sections that are never null. */
    public static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
