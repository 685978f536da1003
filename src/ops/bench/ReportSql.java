package cn.hotline12345.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Prints the statements the app sends for a month's unit and call statistics, with the values in
 * place, so the bulletin benchmark can send exactly the same aggregation straight to PostgreSQL.
 * Compiled beside the app's classes (the same package reads the package's own statements).
 *
 *   java -cp APP_JAR:DIR cn.hotline12345.statistics.ReportSql units|calls YYYY-MM
 */
public final class ReportSql {

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Period period = Period.month(YearMonth.parse(args[1]));
        Instant now = Instant.now();
        Map<String, Object> values = Map.of("start", period.start(zone), "end", period.end(zone), "asOf",
                period.asOf(zone, now), "zone", zone.getId());
        String sql = args[0].equals("units") ? UnitQuery.sql(Scope.CITY, false) : CallFigures.SQL;
        NamedSql statement = NamedSql.of(sql, values);
        String text = statement.jdbcText();
        List<Object> ordered = statement.values();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (char c : text.toCharArray()) {
            if (c == '?') {
                Object value = ordered.get(next++);
                out.append(value instanceof Instant i ? "timestamptz '" + i + "'" : "'" + value + "'");
            } else {
                out.append(c);
            }
        }
        System.out.println(out + ";");
    }
}
