package cn.hotline12345.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the "&name=value" tail of a list's paging links from its filters, encoded, blanks left out. */
public final class QueryString {

    private QueryString() {
    }

    /** @param namesAndValues name, value, name, value, ... */
    public static String of(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.append('&').append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
