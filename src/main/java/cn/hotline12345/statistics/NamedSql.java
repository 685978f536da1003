package cn.hotline12345.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with {@code :name} parameters, turned into JDBC's positional ones. A report names the same
 * period bounds in many places; positional parameters would have to repeat them in order. A
 * PostgreSQL cast ({@code ::date}) is not a parameter.
 */
public record NamedSql(String jdbcText, List<Object> values) {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    public static NamedSql of(String text, Map<String, ?> parameters) {
        Matcher matcher = PARAMETER.matcher(text);
        StringBuilder jdbc = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            values.add(parameters.get(name));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new NamedSql(jdbc.toString(), values);
    }
}
