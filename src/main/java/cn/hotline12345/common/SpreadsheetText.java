package cn.hotline12345.common;

/**
 * Text written into a CSV that a spreadsheet program will open. A cell starting with =, +, -, @ (or
 * a tab or carriage return) would be run as a formula there (CSV injection): it is written with a
 * leading apostrophe, which spreadsheets read as "this is text". Reading such a file back takes the
 * apostrophe off again, so an exported file imports unchanged.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static String guarded(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String unguarded(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }
}
