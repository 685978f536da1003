package cn.hotline12345.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import cn.hotline12345.common.Texts;

/**
 * A history line in the reader's language: the action (REGISTER, account.created,
 * KNOWLEDGE_SUBMIT) and its details (角色：系统管理员；单位：440600-D015), from i18n/problems
 * (history.action.*, history.detail.*, history.value.*). What has no words yet shows as recorded.
 */
public final class HistoryText {

    private HistoryText() {
    }

    public static String action(Locale locale, String code) {
        return code == null ? "" : label(locale, "history.action." + code, code);
    }

    public static String details(Locale locale, Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return "";
        }
        StringJoiner text = new StringJoiner(separator(locale));
        for (Map.Entry<String, ?> detail : details.entrySet()) {
            if (detail.getValue() == null) {
                continue;
            }
            text.add(label(locale, "history.detail." + detail.getKey(), detail.getKey()) + colon(locale)
                    + value(locale, detail.getValue()));
        }
        return text.toString();
    }

    private static String value(Locale locale, Object value) {
        if (value instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, ?> inner = (Map<String, ?>) nested;
            return open(locale) + details(locale, inner) + close(locale);
        }
        if (value instanceof Collection<?> many) {
            StringJoiner items = new StringJoiner(", ");
            many.forEach(item -> items.add(value(locale, item)));
            return items.toString();
        }
        String text = String.valueOf(value);
        return label(locale, "history.value." + text, text);
    }

    private static String label(Locale locale, String key, String fallback) {
        String text = Texts.format(locale, key);
        return text.equals(key) ? fallback : text;
    }

    private static boolean chinese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static String separator(Locale locale) {
        return chinese(locale) ? "；" : "; ";
    }

    private static String colon(Locale locale) {
        return chinese(locale) ? "：" : ": ";
    }

    private static String open(Locale locale) {
        return chinese(locale) ? "（" : "(";
    }

    private static String close(Locale locale) {
        return chinese(locale) ? "）" : ")";
    }
}
