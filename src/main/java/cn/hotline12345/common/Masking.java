package cn.hotline12345.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizens' personal data as it may leave their own order: a phone number keeps its first three
 * and last four digits (138****8000), a name its surname (张女士 stays 张女士, 张三丰 becomes 张某),
 * an identity card number its region and last four, in any text. In a free text the caller's own
 * name is found; other people's names cannot be told from other words, so a text picked for
 * publication (a typical case) is read by the manager who picks it.
 */
public final class Masking {

    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木");
    /** Mainland mobile numbers, with or without +86 and with spaces or dashes between the groups. */
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![\\d+])((?:\\+86|0086|86)[-\\s]?)?(1[3-9]\\d)[-\\s]?\\d{4}[-\\s]?(\\d{4})(?!\\d)");
    /** Landlines with an area code, written 0757-82768276, (0757)82768276 or 0757 8276 8276. */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<!\\d)(\\(?0\\d{2,3}\\)?[-\\s]?)\\d{3,4}[-\\s]?(\\d{4})(?!\\d)");
    /** A local number of 7 or 8 digits without its area code. */
    private static final Pattern LOCAL = Pattern.compile("(?<![\\d*-])\\d{3,4}(\\d{4})(?![\\d-])");
    /** Identity card numbers: 18 characters, or the older 15 digits. */
    private static final Pattern IDENTITY = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{6})(?:\\d{8}(\\d{3}[0-9Xx])|\\d{6}(\\d{3}))(?![0-9A-Za-z])");

    private Masking() {
    }

    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String digits = number.strip();
        if (digits.length() >= 8) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        if (n.endsWith("先生") || n.endsWith("女士") || n.endsWith("小姐")) {
            String title = n.substring(n.length() - 2);
            return surname(n.substring(0, n.length() - 2)) + title;
        }
        return surname(n) + "某";
    }

    /** A text with every phone and identity number in it masked, and the named person's name too. */
    public static String text(String text, String personName) {
        if (text == null) {
            return null;
        }
        String masked = replace(IDENTITY, halfWidthDigits(text), m -> m.group(1) + "********"
                + (m.group(2) != null ? m.group(2) : m.group(3)));
        masked = replace(MOBILE, masked, m -> (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "****" + m.group(3));
        masked = replace(LANDLINE, masked, m -> m.group(1) + "****" + m.group(2));
        masked = replace(LOCAL, masked, m -> "****" + m.group(1));
        if (personName != null && personName.strip().length() >= 2) {
            masked = masked.replace(personName.strip(), name(personName));
        }
        return masked;
    }

    /** Full-width digits (０-９), which some input methods type, as ASCII digits. */
    private static String halfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
        return out.toString();
    }

    private static String surname(String name) {
        if (name.isEmpty()) {
            return "";
        }
        for (String compound : COMPOUND_SURNAMES) {
            if (name.startsWith(compound)) {
                return compound;
            }
        }
        return name.substring(0, 1);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
