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

    public static Locale fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : Texts.CHINESE;
    }
}
