package cn.hotline12345.testing;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads straight from the database, to check what a request did or did not change. */
public final class Db {

    private Db() {
    }

    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** Runs one statement of the test's own (inserting what no API makes, such as call records). */
    public static void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(sql).executeUpdate());
    }

    public static Object single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em().createNativeQuery(sql).getSingleResult());
    }

    /** A digest of every row of a table: equal before and after means nothing changed. */
    public static String fingerprint(String table) {
        return (String) single("select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') from " + table + " t");
    }

    /** The same, over some columns only. */
    public static String fingerprint(String table, String columns) {
        return (String) single("select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') from (select "
                + columns + " from " + table + ") t");
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
