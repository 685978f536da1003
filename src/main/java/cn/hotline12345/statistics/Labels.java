package cn.hotline12345.statistics;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The {stat:...} strings in a reader's language, for what Java writes into a page (chart series). */
public final class Labels {

    private Labels() {
    }

    public static StatisticsMessages of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en")
                ? MessageBundles.get(StatisticsMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(StatisticsMessages.class);
    }
}
