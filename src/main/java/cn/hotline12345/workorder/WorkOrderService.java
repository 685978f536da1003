package cn.hotline12345.workorder;

import cn.hotline12345.topic.Category;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.sla.DeadlinePolicy;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.unit.UnitKind;
import cn.hotline12345.unit.UnitLevel;

/**
 * The life of a work order: registration, direct answers, dispatch with deadlines, and every step
 * a unit and the hotline take until it is closed. Each step checks the state machine, the actor's
 * unit and the version the actor saw, and writes one history event in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkOrderService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** The furthest an extension may move a reply deadline. */
    static final Duration MAX_EXTENSION = Duration.ofDays(30);

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    HotlineConfig hotline;

    @Inject
    jakarta.enterprise.event.Event<WorkOrderRegistered> registered;

    @Inject
    OrderTextSearch textSearch;

    /** Filters of order lists; every one optional. */
    public record Filter(WorkOrderState state, WorkOrderType type, Long categoryId, Long unitId, Long districtUnitId,
            java.time.LocalDate from, java.time.LocalDate to, Boolean overdue, String text) {

    }

    public WorkOrder register(WorkOrderRequests.Register request) {
        Category category = OrderRules.usableCategory(request.categoryId(), Category.findById(request.categoryId()));
        OrderRules.Place place = OrderRules.place(request.districtUnitId(), unitOrNull(request.districtUnitId()),
                request.townUnitId(), unitOrNull(request.townUnitId()));
        Instant now = clock.instant();
        WorkOrder order = new WorkOrder();
        order.number = nextNumber(now);
        order.channel = request.channel();
        order.type = request.type();
        order.category = category;
        order.anonymous = request.anonymous();
        order.callerNumber = request.callerNumber();
        order.callerName = request.anonymous() ? null : Strings.blankToNull(request.callerName());
        order.callbackConsent = request.callbackConsent() == null ? !request.anonymous() : request.callbackConsent();
        order.districtUnit = place.district();
        order.townUnit = place.town();
        order.address = Strings.blankToNull(request.address());
        order.citizenText = request.citizenText().strip();
        order.summary = request.summary().strip();
        order.state = WorkOrderState.REGISTERED;
        order.registeredBy = currentUser.actorName();
        order.registeredAt = now;
        order.updatedAt = now;
        order.callLinkedId = Strings.blankToNull(request.callLinkedId());
        order.persist();
        event(order, "REGISTER", null, null, order.callLinkedId == null ? Map.of("number", order.number)
                : Map.of("number", order.number, "call", order.callLinkedId));
        List<Long> entries = request.knowledgeEntryIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.knowledgeEntryIds()));
        if (!entries.isEmpty() || order.callLinkedId != null) {
            registered.fire(new WorkOrderRegistered(order.id, entries, order.callLinkedId));
        }
        if (request.dispatch() != null) {
            WorkOrderRequests.DispatchTo to = request.dispatch();
            dispatchLoaded(order, to.leadUnitId(), to.coUnitIds(), to.note());
        }
        return order;
    }

    public WorkOrder answerDirectly(long id, WorkOrderRequests.AnswerDirectly request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.ANSWER_DIRECTLY);
        order.answer = request.answer().strip();
        order.closedAt = clock.instant();
        return saved(order, WorkOrderAction.ANSWER_DIRECTLY, from, null, Map.of());
    }

    public WorkOrder dispatch(long id, WorkOrderRequests.Dispatch request) {
        return dispatchLoaded(current(id, request.version()), request.leadUnitId(), request.coUnitIds(), request.note());
    }

    private WorkOrder dispatchLoaded(WorkOrder order, Long leadUnitId, List<Long> coUnitIds, String note) {
        MemberUnit lead = OrderRules.usableUnit("leadUnitId", leadUnitId, unitOrNull(leadUnitId));
        List<MemberUnit> coUnits = OrderRules.coUnitIds(lead, coUnitIds).stream()
                .map(coId -> OrderRules.usableUnit("coUnitIds", coId, unitOrNull(coId))).toList();
        WorkOrderState from = advance(order, WorkOrderAction.DISPATCH);
        Instant now = clock.instant();
        retireCurrentDispatches(order);
        Dispatch leadDispatch = newDispatch(order, lead, true, now);
        coUnits.forEach(unit -> newDispatch(order, unit, false, now));
        order.leadUnit = lead;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leadUnit", lead.code);
        details.put("coUnits", coUnits.stream().map(unit -> unit.code).toList());
        details.put("replyDueAt", leadDispatch.replyDueAt.toString());
        return saved(order, WorkOrderAction.DISPATCH, from, note, details);
    }

    public WorkOrder sign(long id, WorkOrderRequests.Step request) {
        WorkOrder order = current(id, request.version());
        Dispatch dispatch = ownLeadDispatch(order);
        WorkOrderState from = advance(order, WorkOrderAction.SIGN);
        Instant now = clock.instant();
        dispatch.signedAt = now;
        dispatch.signedBy = currentUser.actorName();
        dispatch.signedOnTime = DeadlinePolicy.onTime(now, dispatch.signDueAt);
        return saved(order, WorkOrderAction.SIGN, from, request.note(), Map.of("onTime", dispatch.signedOnTime));
    }

    public WorkOrder returnToHotline(long id, WorkOrderRequests.Return request) {
        WorkOrder order = current(id, request.version());
        Dispatch dispatch = ownLeadDispatch(order);
        WorkOrderState from = advance(order, WorkOrderAction.RETURN);
        dispatch.returnedAt = clock.instant();
        dispatch.returnReason = request.reason().strip();
        retireCurrentDispatches(order);
        order.leadUnit = null;
        return saved(order, WorkOrderAction.RETURN, from, request.reason(), Map.of("unit", dispatch.unit.code));
    }

    public WorkOrder reply(long id, WorkOrderRequests.Reply request) {
        WorkOrder order = current(id, request.version());
        Dispatch dispatch = ownLeadDispatch(order);
        WorkOrderState from = advance(order, WorkOrderAction.REPLY);
        Instant now = clock.instant();
        restartClock(dispatch, now);
        dispatch.repliedAt = now;
        dispatch.repliedBy = currentUser.actorName();
        dispatch.replyText = request.text().strip();
        dispatch.replyOutcome = request.outcome();
        dispatch.repliedOnTime = DeadlinePolicy.onTime(now, dispatch.replyDueAt);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", request.outcome().name());
        details.put("onTime", dispatch.repliedOnTime);
        return saved(order, WorkOrderAction.REPLY, from, request.text(), details);
    }

    public WorkOrder acceptReply(long id, WorkOrderRequests.Step request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.ACCEPT_REPLY);
        Dispatch.currentLead(order.id).orElseThrow().reviewedAt = clock.instant();
        return saved(order, WorkOrderAction.ACCEPT_REPLY, from, request.note(), Map.of());
    }

    /**
     * 退回重办: the reply is not good enough. The unit gets a fresh dispatch with new deadlines (it
     * stays signed for); the replied dispatch keeps its on-time record for the reports.
     */
    public WorkOrder sendBack(long id, WorkOrderRequests.SendBack request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.SEND_BACK);
        Dispatch replied = Dispatch.currentLead(order.id).orElseThrow();
        Instant now = clock.instant();
        replied.sentBackAt = now;
        retireCurrentDispatches(order);
        Dispatch rework = newDispatch(order, replied.unit, true, now);
        rework.reworkOf = replied;
        rework.signedAt = now;
        rework.signedBy = replied.signedBy;
        rework.signedOnTime = true;
        return saved(order, WorkOrderAction.SEND_BACK, from, request.reason(),
                Map.of("replyDueAt", rework.replyDueAt.toString()));
    }

    public WorkOrder callback(long id, WorkOrderRequests.Callback request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.CALLBACK);
        order.satisfaction = request.satisfaction();
        // The verdict is on the reply the hotline accepted: the unit's figures count it there.
        Dispatch reviewed = Dispatch.currentLead(order.id).orElseThrow();
        reviewed.calledBackAt = clock.instant();
        reviewed.satisfaction = request.satisfaction();
        return saved(order, WorkOrderAction.CALLBACK, from, request.note(),
                Map.of("satisfaction", request.satisfaction().name()));
    }

    public WorkOrder close(long id, WorkOrderRequests.Step request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.CLOSE);
        order.closedAt = clock.instant();
        return saved(order, WorkOrderAction.CLOSE, from, request.note(), Map.of());
    }

    /** 催办: reminds the lead unit; the state stays as it is. */
    public WorkOrder urge(long id, WorkOrderRequests.Step request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.URGE);
        Dispatch lead = Dispatch.currentLead(order.id).orElseThrow();
        lead.urgeCount++;
        return saved(order, WorkOrderAction.URGE, from, request.note(),
                Map.of("unit", lead.unit.code, "urgeCount", lead.urgeCount));
    }

    /** 延期: the unit asks for a later reply deadline; a supervisor decides. */
    public WorkOrder requestExtension(long id, WorkOrderRequests.RequestExtension request) {
        WorkOrder order = current(id, request.version());
        Dispatch dispatch = ownLeadDispatch(order);
        WorkOrderState from = advance(order, WorkOrderAction.REQUEST_EXTENSION);
        Instant wanted = request.replyDueAt();
        if (!wanted.isAfter(dispatch.replyDueAt) || wanted.isAfter(dispatch.replyDueAt.plus(MAX_EXTENSION))) {
            throw OrderRules.invalid("replyDueAt", "workorder.extension-range", MAX_EXTENSION.toDays());
        }
        DeadlineRequest created = newRequest(order, dispatch, DeadlineRequest.Kind.EXTENSION, request.reason(), wanted);
        return saved(order, WorkOrderAction.REQUEST_EXTENSION, from, request.reason(),
                Map.of("requestId", created.id, "replyDueAt", wanted.toString()));
    }

    /** 挂起: stop the unit's clock while the hotline waits on the citizen; a supervisor decides. */
    public WorkOrder requestPause(long id, WorkOrderRequests.RequestPause request) {
        WorkOrder order = current(id, request.version());
        Dispatch dispatch = currentUser.is(Role.UNIT_HANDLER) ? ownLeadDispatch(order)
                : Dispatch.currentLead(order.id).orElseThrow();
        WorkOrderState from = advance(order, WorkOrderAction.REQUEST_PAUSE);
        if (dispatch.pausedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.already-paused", order.number);
        }
        DeadlineRequest created = newRequest(order, dispatch, DeadlineRequest.Kind.PAUSE, request.reason(), null);
        return saved(order, WorkOrderAction.REQUEST_PAUSE, from, request.reason(), Map.of("requestId", created.id));
    }

    public WorkOrder decideExtension(long id, WorkOrderRequests.Decide decision) {
        return decide(id, decision, DeadlineRequest.Kind.EXTENSION, WorkOrderAction.DECIDE_EXTENSION);
    }

    public WorkOrder decidePause(long id, WorkOrderRequests.Decide decision) {
        return decide(id, decision, DeadlineRequest.Kind.PAUSE, WorkOrderAction.DECIDE_PAUSE);
    }

    /** Restarts a paused clock: the deadlines move on by the time it stood still, so the unit loses nothing. */
    public WorkOrder resume(long id, WorkOrderRequests.Step request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.RESUME);
        Dispatch dispatch = Dispatch.currentLead(order.id).orElseThrow();
        if (dispatch.pausedAt == null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.not-paused", order.number);
        }
        Duration paused = restartClock(dispatch, clock.instant());
        return saved(order, WorkOrderAction.RESUME, from, request.note(),
                Map.of("pausedSeconds", paused.toSeconds(), "replyDueAt", dispatch.replyDueAt.toString()));
    }

    private WorkOrder decide(long id, WorkOrderRequests.Decide decision, DeadlineRequest.Kind kind,
            WorkOrderAction action) {
        WorkOrder order = current(id, decision.version());
        WorkOrderState from = advance(order, action);
        DeadlineRequest request = DeadlineRequest.findById(decision.requestId());
        if (request == null || !request.workOrder.id.equals(order.id) || request.kind != kind) {
            throw DomainException.notFound("workorder.request", decision.requestId());
        }
        if (request.state != DeadlineRequest.State.PENDING || !request.dispatch.current) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.request-decided", request.id);
        }
        Instant now = clock.instant();
        request.state = decision.approve() ? DeadlineRequest.State.APPROVED : DeadlineRequest.State.REFUSED;
        request.decidedBy = currentUser.actorName();
        request.decidedAt = now;
        request.decisionNote = Strings.blankToNull(decision.note());
        Dispatch dispatch = request.dispatch;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestId", request.id);
        details.put("approved", decision.approve());
        if (decision.approve() && kind == DeadlineRequest.Kind.EXTENSION) {
            dispatch.replyDueAt = request.requestedDueAt;
            details.put("replyDueAt", dispatch.replyDueAt.toString());
            details.put("originalReplyDueAt", dispatch.originalReplyDueAt.toString());
        } else if (decision.approve() && kind == DeadlineRequest.Kind.PAUSE) {
            if (dispatch.pausedAt != null) {
                throw new DomainException(ProblemType.CONFLICT, "workorder.already-paused", order.number);
            }
            dispatch.pausedAt = now;
        }
        return saved(order, action, from, decision.note(), details);
    }

    private DeadlineRequest newRequest(WorkOrder order, Dispatch dispatch, DeadlineRequest.Kind kind, String reason,
            Instant requestedDueAt) {
        if (DeadlineRequest.pending(dispatch.id, kind).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.request-pending", order.number);
        }
        DeadlineRequest request = new DeadlineRequest();
        request.workOrder = order;
        request.dispatch = dispatch;
        request.kind = kind;
        request.state = DeadlineRequest.State.PENDING;
        request.reason = reason.strip();
        request.requestedDueAt = requestedDueAt;
        request.requestedBy = currentUser.actorName();
        request.requestedAt = clock.instant();
        request.persist();
        return request;
    }

    /**
     * Ends a pause (on resuming, or when the unit replies while paused): the deadlines move on by
     * the time the clock stood still, so paused time never counts against the unit.
     */
    private Duration restartClock(Dispatch dispatch, Instant now) {
        if (dispatch.pausedAt == null) {
            return Duration.ZERO;
        }
        Duration paused = Duration.between(dispatch.pausedAt, now);
        dispatch.deadlineEstimated = deadlines.resumedEstimated(dispatch.replyDueAt, dispatch.pausedAt, now);
        dispatch.replyDueAt = deadlines.resumed(dispatch.replyDueAt, dispatch.pausedAt, now);
        if (dispatch.signedAt == null) {
            dispatch.signDueAt = deadlines.resumed(dispatch.signDueAt, dispatch.pausedAt, now);
        }
        dispatch.pausedSeconds += paused.toSeconds();
        dispatch.pausedAt = null;
        return paused;
    }

    /** 重新办理: the citizen was not satisfied; the order goes back to the dispatch queue. */
    public WorkOrder reopen(long id, WorkOrderRequests.Reopen request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.REOPEN);
        WorkOrderLifecycle.checkReopen(order.satisfaction);
        order.closedAt = null;
        order.leadUnit = null;
        return saved(order, WorkOrderAction.REOPEN, from, request.reason(),
                Map.of("satisfaction", order.satisfaction == null ? "" : order.satisfaction.name()));
    }

    /** 督办: formal supervision of an order still with a unit; shown to the unit and on every list. */
    public WorkOrder supervise(long id, WorkOrderRequests.Supervise request) {
        WorkOrder order = current(id, request.version());
        WorkOrderState from = advance(order, WorkOrderAction.SUPERVISE);
        if (order.supervisedAt != null) {
            throw new DomainException(ProblemType.CONFLICT, "workorder.already-supervised", order.number);
        }
        order.supervisedAt = clock.instant();
        order.supervisionNote = request.note().strip();
        Dispatch.currentLead(order.id).orElseThrow().supervisedAt = order.supervisedAt;
        return saved(order, WorkOrderAction.SUPERVISE, from, request.note(), Map.of());
    }

    /** Closes a duplicate into the order it repeats; the kept order's history records it too. */
    public WorkOrder merge(long id, WorkOrderRequests.Merge request) {
        WorkOrder duplicate = current(id, request.version());
        WorkOrder kept = request.intoId() == null ? null : WorkOrder.findById(request.intoId());
        if (kept == null || kept.id.equals(duplicate.id) || !kept.state.isOpen() || kept.mergedInto != null) {
            throw OrderRules.invalid("intoId", "workorder.merge-target", request.intoId());
        }
        WorkOrderState from = advance(duplicate, WorkOrderAction.MERGE);
        duplicate.mergedInto = kept;
        duplicate.closedAt = clock.instant();
        saved(duplicate, WorkOrderAction.MERGE, from, request.note(), Map.of("into", kept.number));
        event(kept, "MERGED_IN", kept.state, request.note(), Map.of("duplicate", duplicate.number));
        return duplicate;
    }

    /** A text that is an order number or a phone number, not words. */
    private static final java.util.regex.Pattern EXACT_NUMBER = java.util.regex.Pattern.compile("[0-9+\\-]{3,32}");

    /** How far back a duplicate is looked for: the same caller, and the same place and topic. */
    static final Duration SAME_CALLER_WINDOW = Duration.ofDays(7);
    static final Duration SAME_PLACE_WINDOW = Duration.ofDays(3);
    static final double SIMILAR_TEXT = 0.35;

    /** Possible duplicates: the same caller lately, or the same place and topic in similar words. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkOrder> possibleDuplicates(WorkOrder order) {
        Map<Long, WorkOrder> found = new java.util.LinkedHashMap<>();
        if (order.callerNumber != null && !order.anonymous) {
            WorkOrder.<WorkOrder>find("callerNumber = ?1 and registeredAt >= ?2 and id <> ?3 and mergedInto is null"
                    + " order by registeredAt desc", order.callerNumber, order.registeredAt.minus(SAME_CALLER_WINDOW),
                    order.id).page(0, 10).list().forEach(o -> found.putIfAbsent(o.id, o));
        }
        if (order.districtUnit != null) {
            WorkOrder.<WorkOrder>find("category.id = ?1 and districtUnit.id = ?2 and registeredAt >= ?3 and id <> ?4"
                    + " and mergedInto is null order by registeredAt desc", order.category.id, order.districtUnit.id,
                    order.registeredAt.minus(SAME_PLACE_WINDOW), order.id).page(0, 50).list().stream()
                    .filter(o -> TextSimilarity.of(o.summary, order.summary) >= SIMILAR_TEXT)
                    .forEach(o -> found.putIfAbsent(o.id, o));
        }
        return found.values().stream().limit(10).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkOrder get(long id) {
        WorkOrder order = WorkOrder.findWithRelations(id);
        if (order == null || !mayRead(order)) {
            throw DomainException.notFound("workorder", id);
        }
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<WorkOrder> search(Filter filter, PageRequest pageRequest) {
        Long unitId = currentUser.is(Role.UNIT_HANDLER) ? currentUser.unitId() : filter.unitId();
        if (filter.text() != null && !filter.text().isBlank() && !EXACT_NUMBER.matcher(filter.text().strip()).matches()) {
            return searchText(filter, unitId, pageRequest);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            where.append(" and exists (select 1 from Dispatch d where d.workOrder = o and d.unit.id = :unit"
                    + " and d.current = true)");
            params.put("unit", unitId);
        }
        if (filter.state() != null) {
            where.append(" and o.state = :state");
            params.put("state", filter.state());
        }
        if (filter.type() != null) {
            where.append(" and o.type = :type");
            params.put("type", filter.type());
        }
        if (filter.categoryId() != null) {
            where.append(" and (o.category.id = :category or o.category.parent.id = :category)");
            params.put("category", filter.categoryId());
        }
        if (filter.districtUnitId() != null) {
            where.append(" and o.districtUnit.id = :district");
            params.put("district", filter.districtUnitId());
        }
        if (filter.from() != null) {
            where.append(" and o.registeredAt >= :from");
            params.put("from", filter.from().atStartOfDay(hotline.timeZone()).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and o.registeredAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(hotline.timeZone()).toInstant());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // An order or phone number: found on its own index at once, no search index needed.
            where.append(" and (o.number = :exact or o.callerNumber = :exact)");
            params.put("exact", filter.text().strip());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " : " and not ");
            where.append("exists (select 1 from Dispatch late where late.workOrder = o and late.current = true"
                    + " and late.lead = true and late.repliedAt is null and late.returnedAt is null"
                    + " and late.pausedAt is null and late.replyDueAt < :now)");
            params.put("now", clock.instant());
        }
        return PageResult.of(WorkOrder.find("from WorkOrder o join fetch o.category left join fetch o.leadUnit where "
                + where, Sort.descending("o.registeredAt"), params), pageRequest);
    }

    /**
     * Text search through the order index; the page's orders are read from PostgreSQL, and one that a
     * unit handler may no longer read (the index is a moment behind) is left out of the page.
     */
    private PageResult<WorkOrder> searchText(Filter filter, Long unitId, PageRequest pageRequest) {
        OrderTextSearch.Hits hits = textSearch.search(filter, unitId, clock.instant(), pageRequest);
        if (hits.ids().isEmpty()) {
            return new PageResult<>(List.of(), hits.total(), pageRequest.page(), pageRequest.size());
        }
        Map<Long, WorkOrder> found = new HashMap<>();
        WorkOrder.<WorkOrder>find("from WorkOrder o join fetch o.category left join fetch o.leadUnit where o.id in ?1",
                hits.ids()).list().forEach(order -> found.put(order.id, order));
        List<WorkOrder> page = hits.ids().stream().map(found::get).filter(java.util.Objects::nonNull)
                .filter(this::mayRead).toList();
        return new PageResult<>(page, hits.total(), pageRequest.page(), pageRequest.size());
    }

    /** The current unit handler's inbox: its unit's open dispatches, the least time left first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Dispatch> inbox(PageRequest pageRequest) {
        // Counted on the dispatch index alone; only the page itself joins the orders.
        long total = Dispatch.count("#Dispatch.openOfUnit", currentUser.unitId());
        List<Dispatch> items = Dispatch.find("from Dispatch d join fetch d.workOrder o join fetch o.category"
                + " where d.unit.id = ?1 and d.open = true", Sort.ascending("d.replyDueAt"), currentUser.unitId())
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size())).list();
        return new PageResult<>(items, total, pageRequest.page(), pageRequest.size());
    }

    /** What the current user may do to the order now: the state machine, their unit, the clock. For pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> allowedActions(WorkOrder order) {
        Role role = currentUser.role();
        Optional<Dispatch> lead = Dispatch.currentLead(order.id);
        boolean ownLead = lead.isPresent() && lead.get().unit.id.equals(currentUser.unitId());
        boolean paused = lead.isPresent() && lead.get().pausedAt != null;
        Set<String> allowed = new LinkedHashSet<>();
        for (WorkOrderAction action : WorkOrderAction.values()) {
            if (!WorkOrderLifecycle.allows(order.state, action, role)) {
                continue;
            }
            boolean fits = switch (action) {
                case SIGN, RETURN, REPLY, REQUEST_EXTENSION -> ownLead;
                case REQUEST_PAUSE -> !paused && (role != Role.UNIT_HANDLER || ownLead);
                case RESUME -> paused;
                case REOPEN -> order.satisfaction == Satisfaction.DISSATISFIED;
                case DECIDE_EXTENSION -> lead.isPresent()
                        && DeadlineRequest.pending(lead.get().id, DeadlineRequest.Kind.EXTENSION).isPresent();
                case DECIDE_PAUSE -> lead.isPresent()
                        && DeadlineRequest.pending(lead.get().id, DeadlineRequest.Kind.PAUSE).isPresent();
                default -> true;
            };
            if (fits) {
                allowed.add(action.name());
            }
        }
        return allowed;
    }

    private boolean mayRead(WorkOrder order) {
        return !currentUser.is(Role.UNIT_HANDLER) || Dispatch.unitWorksOn(order.id, currentUser.unitId());
    }

    private WorkOrderState advance(WorkOrder order, WorkOrderAction action) {
        WorkOrderState from = order.state;
        order.state = WorkOrderLifecycle.next(from, action, currentUser.role());
        return from;
    }

    /**
     * The lead dispatch of the caller's own unit. Reading the order already answered "not found"
     * to units that have nothing to do with it; a co-unit, or a unit whose part is over, gets 409.
     */
    private Dispatch ownLeadDispatch(WorkOrder order) {
        return Dispatch.currentLead(order.id)
                .filter(dispatch -> dispatch.unit.id.equals(currentUser.unitId()))
                .orElseThrow(() -> new DomainException(ProblemType.CONFLICT, "workorder.not-your-dispatch", order.number));
    }

    private WorkOrder current(long id, int expectedVersion) {
        WorkOrder order = get(id);
        if (order.version != expectedVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "workorder.stale",
                    WorkOrderLifecycle.label(order.state), order.version);
        }
        return order;
    }

    private WorkOrder saved(WorkOrder order, WorkOrderAction action, WorkOrderState from, String note,
            Map<String, Object> details) {
        order.updatedAt = clock.instant();
        // Flush now: a concurrent step on the same order fails here with a version conflict.
        WorkOrder.getEntityManager().flush();
        // Dispatching and sending back set the flags as they create the new dispatches.
        if (from != order.state && action != WorkOrderAction.DISPATCH && action != WorkOrderAction.SEND_BACK) {
            syncOpenDispatches(order);
        }
        event(order, action.name(), from, note, details);
        return order;
    }

    /**
     * The caller's answer to the IVR survey after a call, on every order registered from that call
     * that has none yet; recorded in each order's history. Returns how many orders took it. A bulk
     * update leaves the orders' versions alone: an agent saving one of them meanwhile is not refused,
     * and (the entity updates only the columns it changed) does not undo the answer either.
     */
    @Transactional
    public int recordCallSurvey(String callLinkedId, Satisfaction answer) {
        List<WorkOrder> orders = WorkOrder.list("callLinkedId = ?1 and callSurvey is null", callLinkedId);
        if (orders.isEmpty()) {
            return 0;
        }
        WorkOrder.update("callSurvey = ?1 where callLinkedId = ?2 and callSurvey is null", answer, callLinkedId);
        for (WorkOrder order : orders) {
            event(order, "CALL_SURVEY", order.state, null, Map.of("survey", answer.name()));
        }
        return orders.size();
    }

    private void event(WorkOrder order, String action, WorkOrderState from, String note, Map<String, Object> details) {
        // from == to for steps that leave the state alone (urging, supervision, a merge into this order)
        WorkOrderEvent event = new WorkOrderEvent();
        event.workOrder = order;
        event.occurredAt = clock.instant();
        event.actor = currentUser.actorName();
        event.action = action;
        event.fromState = from;
        event.toState = order.state;
        event.note = Strings.blankToNull(note);
        event.details = details;
        event.requestId = AuditLog.currentRequestId();
        event.persist();
    }

    /** The inbox flag of the order's dispatches follows its state; an order has only a few dispatches. */
    private static void syncOpenDispatches(WorkOrder order) {
        boolean waitsOnUnit = order.state.awaitsUnit();
        for (Dispatch dispatch : Dispatch.<Dispatch>list("workOrder.id", order.id)) {
            dispatch.open = dispatch.current && waitsOnUnit;
        }
    }

    /** Earlier dispatches become history; flushed at once, since at most one lead dispatch may be current. */
    private static void retireCurrentDispatches(WorkOrder order) {
        Dispatch.current(order.id).forEach(dispatch -> {
            dispatch.current = false;
            dispatch.open = false;
        });
        Dispatch.getEntityManager().flush();
    }

    private Dispatch newDispatch(WorkOrder order, MemberUnit unit, boolean lead, Instant now) {
        Dispatch dispatch = new Dispatch();
        dispatch.workOrder = order;
        dispatch.unit = unit;
        dispatch.lead = lead;
        dispatch.current = true;
        dispatch.open = true; // new dispatches are made only while the order waits on units
        dispatch.dispatchedAt = now;
        dispatch.dispatchedBy = currentUser.actorName();
        List<String> topic = order.category.lineage().stream().map(c -> c.code).toList();
        dispatch.signDueAt = deadlines.signDue(now);
        dispatch.replyDueAt = deadlines.replyDue(now, order.type.name(), topic);
        dispatch.originalReplyDueAt = dispatch.replyDueAt;
        dispatch.deadlineEstimated = deadlines.estimated(now, order.type.name(), topic);
        dispatch.persist();
        return dispatch;
    }

    private static MemberUnit unitOrNull(Long unitId) {
        return unitId == null ? null : MemberUnit.findById(unitId);
    }

    /** Day in the hotline's zone, then a sequence shared by all instances: unique, readable, sortable. */
    private String nextNumber(Instant now) {
        long sequence = ((Number) WorkOrder.getEntityManager()
                .createNativeQuery("select nextval('work_order_number_seq')").getSingleResult()).longValue();
        return DAY.format(now.atZone(hotline.timeZone())) + String.format("%06d", sequence);
    }


}
