package cn.hotline12345.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans a few months of work orders as the hotline's own rules would have made them: answered on the
 * call, or dispatched with the 2-hour sign-for and 22-hour reply deadlines, signed for, replied to on
 * time or late, returned, extended, urged, supervised, sent back, reviewed, called back and closed,
 * each step at its own time; steps that would lie after {@code now} are not taken yet. Each unit has
 * its own diligence, so the assessment has something to rank. Plain Java, seeded: the same plan every time.
 */
final class DemoOrders {

    static final Duration SIGN_WITHIN = Duration.ofHours(2);
    static final Duration REPLY_WITHIN = Duration.ofHours(22);

    /** A step of an order's history. */
    record Event(Instant at, String actor, String action, String from, String to, String note, Map<String, Object> details) {
    }

    /** One unit's part in one dispatch, as work_order_dispatch holds it. */
    static final class Part {
        long unitId;
        boolean lead;
        boolean current = true;
        boolean open;
        Instant dispatchedAt;
        Instant signDue;
        Instant replyDue;
        Instant originalReplyDue;
        Instant signedAt;
        Boolean signedOnTime;
        Instant repliedAt;
        Boolean repliedOnTime;
        String replyText;
        Instant returnedAt;
        String returnReason;
        int urgeCount;
        Instant sentBackAt;
        Instant reviewedAt;
        Instant calledBackAt;
        String satisfaction;
        Instant supervisedAt;
        Part reworkOf;
        /** An approved extension: when it was asked for and decided. */
        Instant extensionAskedAt;
        Instant extensionDecidedAt;
    }

    static final class Order {
        String channel;
        String type;
        long categoryId;
        String callerNumber;
        String callerName;
        long districtId;
        long townId;
        String summary;
        String citizenText;
        String state = "REGISTERED";
        Long leadUnitId;
        String registeredBy;
        Instant registeredAt;
        String answer;
        String satisfaction;
        Instant closedAt;
        Instant supervisedAt;
        String supervisionNote;
        Instant updatedAt;
        String callLinkedId;
        final List<Part> parts = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
    }

    private static final String[] SURNAMES = {"陈", "李", "黄", "张", "梁", "刘", "何", "林", "罗", "吴", "郭", "邓", "冯", "谭"};
    private static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "WEB",
        "WEB", "WALK_IN", "OTHER"};
    private static final String[] AGENTS = {"agent", "agent2", "agent", "agent2", "supervisor"};

    private final DemoWorld world;
    private final Instant now;
    private final ZoneId zone;
    private final Random random = new Random(12345);
    private final List<String> repeatCallers = new ArrayList<>();

    DemoOrders(DemoWorld world, Instant now, ZoneId zone) {
        this.world = world;
        this.now = now;
        this.zone = zone;
        for (int i = 0; i < 40; i++) {
            repeatCallers.add(mobile());
        }
    }

    /**
     * {@code perMonth} orders in each month from {@code first} to the current one (up to now); in each
     * month one topic surges (a hot topic for the bulletin).
     */
    List<Order> plan(YearMonth first, int perMonth, Map<YearMonth, String> surges) {
        List<Order> orders = new ArrayList<>();
        YearMonth current = YearMonth.from(now.atZone(zone));
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant end = month.equals(current) ? now : month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            long seconds = Duration.between(start, end).toSeconds();
            int count = (int) (perMonth * seconds / (30.0 * 86400));
            DemoWorld.Topic surge = surges.containsKey(month) ? topic(surges.get(month)) : null;
            for (int i = 0; i < count; i++) {
                Instant at = workingHour(start.plusSeconds((long) (random.nextDouble() * seconds)));
                if (at.isAfter(now.minus(Duration.ofMinutes(10)))) {
                    continue;
                }
                DemoWorld.Topic topic = surge != null && random.nextDouble() < 0.18 ? surge
                        : world.topics().get(random.nextInt(world.topics().size()));
                orders.add(order(topic, at));
            }
        }
        orders.sort(java.util.Comparator.comparing(o -> o.registeredAt));
        return orders;
    }

    private DemoWorld.Topic topic(String code) {
        return world.topics().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    /** Callers call in the day: a moment at night moves to the same day's office hours. */
    private Instant workingHour(Instant at) {
        var local = at.atZone(zone);
        int hour = local.getHour();
        if (hour < 8 || hour >= 21) {
            local = local.withHour(8 + random.nextInt(12)).withMinute(random.nextInt(60));
        }
        return local.toInstant();
    }

    private Order order(DemoWorld.Topic topic, Instant at) {
        Order o = new Order();
        DemoWorld.District district = world.districts().get(random.nextInt(world.districts().size()));
        DemoWorld.Town town = district.towns().get(random.nextInt(district.towns().size()));
        String[] text = topic.texts().get(random.nextInt(topic.texts().size()));
        o.channel = CHANNELS[random.nextInt(CHANNELS.length)];
        o.type = type(topic.code());
        o.categoryId = topic.id();
        o.callerNumber = random.nextDouble() < 0.06 ? repeatCallers.get(random.nextInt(repeatCallers.size())) : mobile();
        o.callerName = SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士");
        o.districtId = district.id();
        o.townId = town.id();
        o.summary = text[0];
        o.citizenText = text[1].replace("{place}", town.name().replaceAll("^佛山市.{2}区", "").replace("办事处", ""));
        o.registeredBy = AGENTS[random.nextInt(AGENTS.length)];
        o.registeredAt = at;
        o.updatedAt = at;
        event(o, at, o.registeredBy, "REGISTER", null, "REGISTERED", null, Map.of());
        boolean consultation = o.type.equals("CONSULTATION") || o.type.equals("PRAISE");
        if (consultation && random.nextDouble() < 0.65) {
            Instant answered = at.plus(minutes(3, 12));
            o.answer = "已按知识库口径当场答复市民。";
            o.closedAt = answered;
            move(o, answered, o.registeredBy, "ANSWER_DIRECTLY", "REGISTERED", "CLOSED", null, Map.of());
            return o;
        }
        long unit = route(topic, district, town);
        dispatched(o, unit, at.plus(minutes(1, 20)), random.nextDouble() < 0.06 ? otherUnit(district, town, unit) : null);
        return o;
    }

    private static String type(String code) {
        if (code.equals("OT02")) {
            return "PRAISE";
        }
        if (code.equals("OT01")) {
            return "SUGGESTION";
        }
        if (code.startsWith("GS03") || code.startsWith("EN") || code.startsWith("MF") || code.startsWith("CR0")
                && !code.equals("CR05") || code.equals("LB01") || code.startsWith("PS")) {
            return code.equals("MF03") || code.equals("PS03") ? "REPORT" : "COMPLAINT";
        }
        if (code.startsWith("UT0") && !code.equals("UT05")) {
            return "HELP";
        }
        return "CONSULTATION";
    }

    /** The unit the routing rules name for the topic, else the town or one of the district's departments. */
    private long route(DemoWorld.Topic topic, DemoWorld.District district, DemoWorld.Town town) {
        Long ruled = world.routes().get(topic.id());
        if (ruled != null) {
            return ruled;
        }
        return random.nextBoolean() || district.departments().isEmpty() ? town.id()
                : district.departments().get(random.nextInt(district.departments().size()));
    }

    private long otherUnit(DemoWorld.District district, DemoWorld.Town town, long not) {
        long other = random.nextBoolean() || district.departments().isEmpty() ? town.id()
                : district.departments().get(random.nextInt(district.departments().size()));
        return other == not ? town.id() == not ? district.towns().get(0).id() : town.id() : other;
    }

    /** Dispatched at {@code at}; the unit's story follows from its diligence, up to now. */
    private void dispatched(Order o, long unitId, Instant at, Long coUnit) {
        if (at.isAfter(now)) {
            return;
        }
        String from = o.state;
        Part lead = part(o, unitId, true, at, REPLY_WITHIN);
        if (coUnit != null) {
            part(o, coUnit, false, at, REPLY_WITHIN);
        }
        o.leadUnitId = unitId;
        move(o, at, o.registeredBy, "DISPATCH", from, "DISPATCHED", null,
                Map.of("leadUnit", code(unitId), "replyDueAt", lead.replyDue.toString()));
        double diligence = diligence(unitId);
        // 退单: not this unit's responsibility, dispatched again to the town.
        if (random.nextDouble() < 0.04 && o.townId != unitId) {
            Instant returned = at.plus(minutes(30, 180));
            if (returned.isAfter(now)) {
                return;
            }
            lead.returnedAt = returned;
            lead.returnReason = "经核实不属于本单位职责，建议转属地镇街处理。";
            retire(o);
            o.leadUnitId = null;
            move(o, returned, actor(unitId), "RETURN", "DISPATCHED", "RETURNED", lead.returnReason, Map.of());
            dispatched(o, o.townId, returned.plus(minutes(20, 90)), null);
            return;
        }
        Instant signed = at.plus(random.nextDouble() < diligence ? minutes(5, 110) : minutes(125, 400));
        if (signed.isAfter(now)) {
            overdueSweep(o, lead);
            return;
        }
        lead.signedAt = signed;
        lead.signedOnTime = !signed.isAfter(lead.signDue);
        move(o, signed, actor(unitId), "SIGN", "DISPATCHED", "SIGNED", null, Map.of("onTime", lead.signedOnTime));
        if (random.nextDouble() < 0.03) {
            lead.extensionAskedAt = signed.plus(minutes(30, 120));
            lead.extensionDecidedAt = lead.extensionAskedAt.plus(minutes(20, 120));
            if (lead.extensionDecidedAt.isBefore(now)) {
                lead.replyDue = lead.replyDue.plus(Duration.ofHours(48));
                move(o, lead.extensionAskedAt, actor(unitId), "REQUEST_EXTENSION", "SIGNED", "SIGNED", "需要现场核查，申请延期",
                        Map.of());
                move(o, lead.extensionDecidedAt, "supervisor", "DECIDE_EXTENSION", "SIGNED", "SIGNED", "同意延期",
                        Map.of("approved", true));
            } else {
                lead.extensionAskedAt = null;
                lead.extensionDecidedAt = null;
            }
        }
        if (random.nextDouble() < 0.05) {
            Instant urged = signed.plus(minutes(60, 600));
            if (urged.isBefore(now) && urged.isBefore(lead.replyDue)) {
                lead.urgeCount++;
                move(o, urged, "agent", "URGE", "SIGNED", "SIGNED", "市民再次来电催促", Map.of("unit", code(unitId)));
            }
        }
        if (random.nextDouble() < 0.012) {
            Instant supervised = signed.plus(minutes(60, 300));
            if (supervised.isBefore(now)) {
                o.supervisedAt = supervised;
                o.supervisionNote = "群众反映强烈，列入督办";
                lead.supervisedAt = supervised;
                move(o, supervised, "supervisor", "SUPERVISE", "SIGNED", "SIGNED", o.supervisionNote, Map.of());
            }
        }
        replied(o, lead, unitId, diligence);
    }

    private void replied(Order o, Part lead, long unitId, double diligence) {
        Duration allowed = Duration.between(lead.signedAt, lead.replyDue);
        Instant reply = random.nextDouble() < diligence
                ? lead.signedAt.plusSeconds((long) (allowed.toSeconds() * (0.15 + 0.8 * random.nextDouble())))
                : lead.replyDue.plus(minutes(30, 40 * 60));
        if (reply.isAfter(now)) {
            overdueSweep(o, lead);
            return;
        }
        overdueSweep(o, lead, reply);
        lead.repliedAt = reply;
        lead.repliedOnTime = !reply.isAfter(lead.replyDue);
        lead.replyText = "经核实，已督促相关责任方整改，并电话告知市民办理结果。";
        move(o, reply, actor(unitId), "REPLY", "SIGNED", "REPLIED", lead.replyText,
                Map.of("outcome", "RESOLVED", "onTime", lead.repliedOnTime));
        if (random.nextDouble() < 0.045 && lead.reworkOf == null) {
            Instant back = reply.plus(minutes(60, 240));
            if (back.isAfter(now)) {
                return;
            }
            lead.sentBackAt = back;
            retire(o);
            Part rework = part(o, unitId, true, back, REPLY_WITHIN);
            rework.reworkOf = lead;
            rework.signedAt = back;
            rework.signedOnTime = true;
            move(o, back, "supervisor", "SEND_BACK", "REPLIED", "SIGNED", "答复内容未回应市民诉求，请重新办理", Map.of());
            replied(o, rework, unitId, Math.min(1, diligence + 0.1));
            return;
        }
        Instant accepted = reply.plus(minutes(30, 240));
        if (accepted.isAfter(now)) {
            return;
        }
        lead.reviewedAt = accepted;
        move(o, accepted, "supervisor", "ACCEPT_REPLY", "REPLIED", "REVIEWED", null, Map.of());
        Instant called = accepted.plus(minutes(60, 20 * 60));
        if (called.isAfter(now)) {
            return;
        }
        String verdict = verdict(diligence);
        lead.calledBackAt = called;
        lead.satisfaction = verdict;
        o.satisfaction = verdict;
        move(o, called, "agent", "CALLBACK", "REVIEWED", "CALLED_BACK", null, Map.of("satisfaction", verdict));
        Instant closed = called.plus(minutes(10, 90));
        if (closed.isAfter(now)) {
            return;
        }
        o.closedAt = closed;
        move(o, closed, "supervisor", "CLOSE", "CALLED_BACK", "CLOSED", null, Map.of());
    }

    /** The system urges once the reply deadline passes with no reply (up to the reply, or now). */
    private void overdueSweep(Order o, Part lead) {
        overdueSweep(o, lead, now);
    }

    private void overdueSweep(Order o, Part lead, Instant until) {
        if (lead.replyDue.isBefore(until) && lead.replyDue.isBefore(now)) {
            lead.urgeCount++;
            move(o, lead.replyDue.plusSeconds(30), "system", "URGE", o.state, o.state, "超过答复时限，系统自动催办",
                    Map.of("unit", code(lead.unitId), "reason", "REPLY_OVERDUE"));
        }
    }

    private String verdict(double diligence) {
        double r = random.nextDouble();
        double satisfied = 0.55 + 0.4 * diligence;
        if (r < satisfied) {
            return "SATISFIED";
        }
        if (r < satisfied + 0.09) {
            return "BASICALLY_SATISFIED";
        }
        return r < 0.975 ? "DISSATISFIED" : "UNREACHABLE";
    }

    private Part part(Order o, long unitId, boolean lead, Instant at, Duration replyWithin) {
        Part p = new Part();
        p.unitId = unitId;
        p.lead = lead;
        p.dispatchedAt = at;
        p.signDue = at.plus(SIGN_WITHIN);
        p.replyDue = at.plus(replyWithin);
        p.originalReplyDue = p.replyDue;
        o.parts.add(p);
        return p;
    }

    private static void retire(Order o) {
        o.parts.forEach(p -> p.current = false);
    }

    private void move(Order o, Instant at, String actor, String action, String from, String to, String note,
            Map<String, Object> details) {
        o.state = to;
        o.updatedAt = at;
        event(o, at, actor, action, from, to, note, details);
    }

    private static void event(Order o, Instant at, String actor, String action, String from, String to, String note,
            Map<String, Object> details) {
        o.events.add(new Event(at, actor, action, from, to, note, new LinkedHashMap<>(details)));
    }

    /** How reliably a unit meets its deadlines: 0.6 to 0.98, fixed per unit. */
    private static double diligence(long unitId) {
        return 0.6 + 0.38 * new Random(unitId * 7919).nextDouble();
    }

    private String actor(long unitId) {
        return world.handlers().getOrDefault(unitId, "unit-" + code(unitId));
    }

    private String code(long unitId) {
        return world.unitCodes().getOrDefault(unitId, String.valueOf(unitId));
    }

    private Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(Math.max(1, to - from)));
    }

    private String mobile() {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }

    /** After the plan, an open order's dispatch waits on its unit: what the inbox lists. */
    static void settle(Order o) {
        boolean waits = o.state.equals("DISPATCHED") || o.state.equals("SIGNED");
        o.parts.forEach(p -> p.open = p.current && waits);
        if (o.leadUnitId == null && !o.parts.isEmpty() && !o.state.equals("RETURNED")) {
            o.leadUnitId = o.parts.get(o.parts.size() - 1).unitId;
        }
    }

}
