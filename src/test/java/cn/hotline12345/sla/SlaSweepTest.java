package cn.hotline12345.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.WorkOrders;

/**
 * The deadline sweep on the real PostgreSQL, driven at chosen instants (the scheduled job is off
 * in tests). Deadlines are placed where each case needs them by writing the dispatch row directly.
 */
@QuarkusTest
class SlaSweepTest {

    @Inject
    SlaSweep sweep;

    @Inject
    jakarta.persistence.EntityManager em;

    private final Instant t0 = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    /** A dispatched order whose lead dispatch has these deadlines; the cursors are set to {@code cursor}. */
    private long dispatchDue(Instant signDue, Instant replyDue, Instant cursor) {
        long order = WorkOrders.register("时限测试").getLong("id");
        WorkOrders.dispatchTo(order, WorkOrders.HANDLER_UNIT);
        long dispatch = Db.count("select id from work_order_dispatch where current and lead and work_order_id = " + order);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update work_order_dispatch set sign_due_at = :s, reply_due_at = :r, original_reply_due_at = :r where id = :id")
                    .setParameter("s", java.sql.Timestamp.from(signDue)).setParameter("r", java.sql.Timestamp.from(replyDue))
                    .setParameter("id", dispatch).executeUpdate();
            em.createNativeQuery("update sla_sweep_cursor set swept_until = :c")
                    .setParameter("c", java.sql.Timestamp.from(cursor)).executeUpdate();
        });
        return dispatch;
    }

    private static long alerts(long dispatch, String kind) {
        return Db.count("select count(*) from sla_alert where dispatch_id = " + dispatch + " and kind = '" + kind + "'");
    }

    @Test
    void warnsBeforeThenMarksOverdueAndUrgesOnce() {
        long dispatch = dispatchDue(t0.minusSeconds(60), t0.plus(Duration.ofMinutes(55)), t0.minus(Duration.ofMinutes(10)));
        SlaSweep.Result first = sweep.sweepOnce(t0);
        assertThat(first.ran()).isTrue();
        assertThat(alerts(dispatch, "SIGN_OVERDUE")).isEqualTo(1);
        assertThat(Db.count("select count(*) from sla_alert where dispatch_id = " + dispatch
                + " and kind = 'REPLY_WARNING' and lead_seconds = 3600")).isEqualTo(1);
        assertThat(alerts(dispatch, "REPLY_OVERDUE")).isZero();

        sweep.sweepOnce(t0.plus(Duration.ofHours(1)));
        sweep.sweepOnce(t0.plus(Duration.ofHours(1)));
        assertThat(alerts(dispatch, "REPLY_OVERDUE")).isEqualTo(1);
        assertThat(Db.count("select urge_count from work_order_dispatch where id = " + dispatch)).isEqualTo(1);
        assertThat(Db.count("select count(*) from work_order_event e join work_order_dispatch d on d.work_order_id = e.work_order_id"
                + " where d.id = " + dispatch + " and e.action = 'URGE' and e.actor = 'system'")).isEqualTo(1);
    }

    @Test
    void nothingThatFellDueWhileTheApplicationWasDownIsMissed() {
        long dispatch = dispatchDue(t0.minus(Duration.ofDays(1)), t0.minus(Duration.ofDays(1)), t0.minus(Duration.ofDays(2)));
        sweep.sweepOnce(t0);
        assertThat(alerts(dispatch, "REPLY_OVERDUE")).isEqualTo(1);
        assertThat(alerts(dispatch, "SIGN_OVERDUE")).isEqualTo(1);
    }

    @Test
    void twoSweepersAtOnceUrgeEachOverdueOrderOnce() throws Exception {
        List<Long> dispatches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dispatches.add(dispatchDue(t0.plus(Duration.ofHours(2)), t0.minus(Duration.ofMinutes(1 + i)),
                    t0.minus(Duration.ofMinutes(30))));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<SlaSweep.Result> pass = () -> {
                start.await();
                return sweep.sweepOnce(t0);
            };
            List<Future<SlaSweep.Result>> results = List.of(pool.submit(pass), pool.submit(pass));
            start.countDown();
            for (Future<SlaSweep.Result> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (long dispatch : dispatches) {
            assertThat(alerts(dispatch, "REPLY_OVERDUE")).isEqualTo(1);
            assertThat(Db.count("select urge_count from work_order_dispatch where id = " + dispatch)).isEqualTo(1);
        }
    }

    @Test
    void aRepliedOrderRaisesNothing() {
        long dispatch = dispatchDue(t0.minusSeconds(30), t0.minusSeconds(20), t0.minus(Duration.ofMinutes(10)));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update work_order_dispatch set signed_at = :t, replied_at = :t where id = :id")
                .setParameter("t", java.sql.Timestamp.from(t0.minusSeconds(40))).setParameter("id", dispatch).executeUpdate());
        sweep.sweepOnce(t0);
        assertThat(Db.count("select count(*) from sla_alert where dispatch_id = " + dispatch)).isZero();
    }
}
