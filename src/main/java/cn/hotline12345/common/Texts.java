package cn.hotline12345.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Server-side messages that are chosen at run time by key (problem titles, domain refusals),
 * from i18n/problems*.properties. Page text lives in the Qute bundle {@code AppMessages}.
 */
public final class Texts {

    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private Texts() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            // Ids and counts read as written (987654321, not 987,654,321).
            Object[] plain = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                plain[i] = argument instanceof Number ? argument.toString()
                        : argument instanceof MessageKey nested ? format(locale, nested.key()) : argument;
            }
            return new MessageFormat(pattern, locale).format(plain);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String title(Locale locale, ProblemType type) {
        return format(locale, "problem." + type.slug() + ".title");
    }

    public static String describe(Locale locale, DomainException refusal) {
        return format(locale, refusal.messageKey(), refusal.arguments());
    }
}
