package cn.hotline12345.workorder;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;

/**
 * Reading work orders: one order as the reader may see it, the lists (filters in SQL, words through
 * the order index), a unit's inbox, possible duplicates, and the steps a reader may take now.
 * Nothing here changes an order; the steps are {@link WorkOrderService}'s and {@link DeadlineRequests}'.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkOrderQueries {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    HotlineConfig hotline;

    @Inject
    OrderTextSearch textSearch;

    /** Filters of order lists; every one optional. */
    public record Filter(WorkOrderState state, WorkOrderType type, Long categoryId, Long unitId, Long districtUnitId,
            java.time.LocalDate from, java.time.LocalDate to, Boolean overdue, String text) {

    }

    /** A text that is an order number or a phone number, not words. */
    private static final java.util.regex.Pattern EXACT_NUMBER = java.util.regex.Pattern.compile("[0-9+\\-]{3,32}");

    /** How far back a duplicate is looked for: the same caller, and the same place and topic. */
    static final Duration SAME_CALLER_WINDOW = Duration.ofDays(7);
    static final Duration SAME_PLACE_WINDOW = Duration.ofDays(3);
    static final double SIMILAR_TEXT = 0.35;

    /** Possible duplicates: the same caller lately, or the same place and topic in similar words. */
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

    public WorkOrder get(long id) {
        WorkOrder order = WorkOrder.findWithRelations(id);
        if (order == null || !mayRead(order)) {
            throw DomainException.notFound("workorder", id);
        }
        return order;
    }

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
    public PageResult<Dispatch> inbox(PageRequest pageRequest) {
        // Counted on the dispatch index alone; only the page itself joins the orders.
        long total = Dispatch.count("#Dispatch.openOfUnit", currentUser.unitId());
        List<Dispatch> items = Dispatch.find("from Dispatch d join fetch d.workOrder o join fetch o.category"
                + " where d.unit.id = ?1 and d.open = true", Sort.ascending("d.replyDueAt"), currentUser.unitId())
                .page(io.quarkus.panache.common.Page.of(pageRequest.page(), pageRequest.size())).list();
        return new PageResult<>(items, total, pageRequest.page(), pageRequest.size());
    }

    /** What the current user may do to the order now: the state machine, their unit, the clock. For pages. */
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
}
