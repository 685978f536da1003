package cn.hotline12345.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans the calls of the demo months: more in office hours, most answered within seconds, some after
 * a long wait, some abandoned in the queue and called back later, some only in the menu; callers
 * who registered a phone order called just before it. Plain Java, seeded.
 */
final class DemoCalls {

    /** Calls an hour of the day brings, relative to the day's busiest hour. */
    private static final double[] HOURS = {0.05, 0.03, 0.02, 0.02, 0.02, 0.04, 0.1, 0.3, 0.8, 1.0, 0.95, 0.85, 0.55,
        0.6, 0.9, 0.95, 0.85, 0.7, 0.5, 0.45, 0.4, 0.3, 0.2, 0.1};
    private static final String[] QUEUES = {"hotline-consult", "hotline-complaint"};

    record Call(String linkedId, String callerNumber, String menuChoice, String queue, Instant startedAt,
            Instant enqueuedAt, Instant answeredAt, Instant endedAt, Integer waitSeconds, Integer talkSeconds,
            String agentExtension, boolean abandoned, Instant callbackAt, String callbackBy, String survey) {
    }

    private final Random random = new Random(54321);
    private final Instant now;
    private final ZoneId zone;
    private int serial;

    DemoCalls(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** About {@code perDay} calls on each day from {@code first} up to now, besides those of the orders. */
    List<Call> plan(LocalDate first, int perDay, List<DemoOrders.Order> orders) {
        List<Call> calls = new ArrayList<>();
        double total = 0;
        for (double h : HOURS) {
            total += h;
        }
        for (LocalDate day = first; !day.atStartOfDay(zone).toInstant().isAfter(now); day = day.plusDays(1)) {
            for (int hour = 0; hour < 24; hour++) {
                int count = (int) Math.round(perDay * HOURS[hour] / total * (0.8 + 0.4 * random.nextDouble()));
                for (int i = 0; i < count; i++) {
                    Instant start = day.atStartOfDay(zone).plusHours(hour).plusSeconds(random.nextInt(3600)).toInstant();
                    if (start.isBefore(now.minusSeconds(900))) {
                        calls.add(call(start, mobile(), random.nextDouble() < 0.08 ? "3" : random.nextBoolean() ? "1" : "2"));
                    }
                }
            }
        }
        for (DemoOrders.Order order : orders) {
            if (order.channel.equals("PHONE") && order.callerNumber != null) {
                Call call = answered(order.registeredAt.minusSeconds(120 + random.nextInt(300)), order.callerNumber,
                        order.type.equals("COMPLAINT") ? "2" : "1");
                order.callLinkedId = call.linkedId();
                calls.add(call);
            }
        }
        return calls;
    }

    private Call call(Instant start, String caller, String menu) {
        if (menu.equals("3")) {
            // the progress lookup: the caller keys in an order number and never reaches an agent
            return new Call(id(), caller, menu, null, start, null, null, start.plusSeconds(40 + random.nextInt(60)), null,
                    null, null, false, null, null, null);
        }
        if (random.nextDouble() < 0.07) {
            int wait = 15 + random.nextInt(90);
            Instant enqueued = start.plusSeconds(20);
            Instant ended = enqueued.plusSeconds(wait);
            Instant callback = random.nextDouble() < 0.7 ? ended.plus(Duration.ofMinutes(5 + random.nextInt(150))) : null;
            if (callback != null && callback.isAfter(now)) {
                callback = null;
            }
            return new Call(id(), caller, menu, QUEUES[menu.equals("2") ? 1 : 0], start, enqueued, null, ended, wait, null,
                    null, true, callback, callback == null ? null : random.nextBoolean() ? "agent" : "agent2", null);
        }
        return answered(start, caller, menu);
    }

    private Call answered(Instant start, String caller, String menu) {
        int wait = random.nextDouble() < 0.82 ? 2 + random.nextInt(13) : 16 + random.nextInt(80);
        int talk = 60 + random.nextInt(360);
        Instant enqueued = start.plusSeconds(20);
        Instant answered = enqueued.plusSeconds(wait);
        String survey = null;
        if (random.nextDouble() < 0.4) {
            double r = random.nextDouble();
            survey = r < 0.86 ? "SATISFIED" : r < 0.96 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
        }
        return new Call(id(), caller, menu, QUEUES[menu.equals("2") ? 1 : 0], start, enqueued, answered,
                answered.plusSeconds(talk), wait, talk, random.nextBoolean() ? "8001" : "8002", false, null, null, survey);
    }

    private String id() {
        return "demo-" + (++serial);
    }

    private String mobile() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }
}
