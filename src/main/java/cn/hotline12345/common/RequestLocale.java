package cn.hotline12345.common;

import java.util.List;
import java.util.Locale;

/**
 * The language of an answer: the one the person chose (cookie), else for API clients the first
 * supported language they ask for, else Chinese. Pages never follow the browser's language:
 * a hotline desk's browser may be set to anything, and the product speaks Chinese first.
 */
public final class RequestLocale {

    public static final String COOKIE = "hotline-lang";
    public static final Locale ENGLISH = Locale.ENGLISH;

    private RequestLocale() {
    }

    public static Locale resolve(String cookieValue, List<Locale> acceptable, boolean api) {
        if (cookieValue != null) {
            return fromTag(cookieValue);
        }
        if (api && acceptable != null) {
            for (Locale locale : acceptable) {
                if ("zh".equals(locale.getLanguage())) {
                    return Texts.CHINESE;
                }
                if ("en".equals(locale.getLanguage())) {
                    return ENGLISH;
                }
            }
        }
        return Texts.CHINESE;
    }

    /**
     * An Accept-Language header with what cannot be read left out ({@code en;q=abc}, {@code xx;q=2},
     * empty parts): the languages a client asked for are still honoured, a malformed part is ignored.
     * Null when nothing in it can be read.
     */
    public static String readablePart(String header) {
        if (header == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String part : header.split(",")) {
            String range = part.strip();
            if (range.isEmpty()) {
                continue;
            }
            try {
                Locale.LanguageRange.parse(range);
            } catch (IllegalArgumentException e) {
                continue;
            }
            kept.append(kept.isEmpty() ? "" : ",").append(range);
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    public static Locale fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : Texts.CHINESE;
    }
}
