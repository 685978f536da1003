package cn.hotline12345.routing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.topic.Category;
import cn.hotline12345.workorder.WorkOrder;
import cn.hotline12345.workorder.WorkOrderQueries;

/** Suggests the lead unit for an order, and keeps the routing rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RoutingService {

    static final String AUDIT_TYPE = "routing-rule";
    static final int SUGGESTIONS = 5;
    /** How far back history looks for units that answered similar orders. */
    static final int HISTORY_DAYS = 365;

    @Inject
    WorkOrderQueries orders;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A suggestion with the unit it names, for the API and the dispatch form. */
    public record Suggested(MemberUnit unit, RoutingSuggester.Source source, String detail) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggested> suggestFor(long orderId) {
        WorkOrder order = orders.get(orderId);
        Set<Long> categories = order.category.lineage().stream().map(c -> c.id).collect(Collectors.toSet());
        var facts = new RoutingSuggester.OrderFacts(categories, order.districtUnit == null ? null : order.districtUnit.id,
                order.townUnit == null ? null : order.townUnit.id, order.summary + " " + order.citizenText);
        List<RoutingSuggester.Rule> rules = RoutingRule.usable().stream().map(RoutingRule::asRule).toList();
        return RoutingSuggester.suggest(facts, rules, precedents(order), SUGGESTIONS).stream()
                .map(s -> new Suggested(MemberUnit.findById(s.unitId()), s.source(), s.detail()))
                .filter(s -> s.unit() != null && s.unit().active)
                .toList();
    }

    /** Units that answered closed orders of the same category in the same district, most often first. */
    @SuppressWarnings("unchecked")
    private List<RoutingSuggester.Precedent> precedents(WorkOrder order) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.lead_unit_id, count(*) from work_order o
                 where o.state = 'CLOSED' and o.category_id = :category and o.lead_unit_id is not null
                   and o.district_unit_id is not distinct from :district
                   and o.closed_at > now() - make_interval(days => :days) and o.id <> :self
                 group by o.lead_unit_id order by count(*) desc limit 5""")
                .setParameter("category", order.category.id)
                .setParameter("district", order.districtUnit == null ? null : order.districtUnit.id)
                .setParameter("days", HISTORY_DAYS)
                .setParameter("self", order.id)
                .getResultList();
        return rows.stream()
                .map(row -> new RoutingSuggester.Precedent(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<RoutingRule> rules(PageRequest page) {
        List<RoutingRule> items = RoutingRule.<RoutingRule>find("#RoutingRule.all")
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return new PageResult<>(items, RoutingRule.count(), page.page(), page.size());
    }

    public RoutingRule create(RoutingRequests request) {
        RoutingRule rule = new RoutingRule();
        apply(rule, request);
        rule.persist();
        audit.record("routing-rule.created", AUDIT_TYPE, rule.id, describe(rule));
        return rule;
    }

    public RoutingRule update(long id, RoutingRequests request) {
        RoutingRule rule = RoutingRule.findById(id);
        if (rule == null) {
            throw DomainException.notFound("routing-rule", id);
        }
        if (request.version() == null || rule.version != request.version()) {
            throw new DomainException(ProblemType.STALE_VERSION, "problem.stale-version.detail", rule.version);
        }
        Map<String, Object> before = describe(rule);
        apply(rule, request);
        RoutingRule.getEntityManager().flush();
        audit.record("routing-rule.updated", AUDIT_TYPE, rule.id, Map.of("before", before, "after", describe(rule)));
        return rule;
    }

    private void apply(RoutingRule rule, RoutingRequests request) {
        rule.name = request.name().strip();
        rule.category = request.categoryId() == null ? null : existing(Category.findById(request.categoryId()),
                "categoryId", request.categoryId());
        rule.districtUnit = unit("districtUnitId", request.districtUnitId());
        rule.townUnit = unit("townUnitId", request.townUnitId());
        rule.keywords = request.keywords() == null || request.keywords().isBlank() ? null : request.keywords().strip();
        rule.unit = unit("unitId", request.unitId());
        if (!rule.unit.active) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError("unitId", "workorder.unit-unusable")),
                    "workorder.unit-unusable", request.unitId());
        }
        if (rule.category == null && rule.districtUnit == null && rule.townUnit == null && rule.keywords == null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("categoryId", "routing.no-criteria")),
                    "routing.no-criteria");
        }
        rule.priority = request.priority();
        rule.active = request.active() == null || request.active();
        rule.updatedAt = clock.instant();
    }

    private static MemberUnit unit(String field, Long id) {
        return id == null ? null : existing(MemberUnit.findById(id), field, id);
    }

    private static <T> T existing(T found, String field, Object id) {
        if (found == null) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, "routing.missing")),
                    "routing.missing", id);
        }
        return found;
    }

    private static Map<String, Object> describe(RoutingRule rule) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", rule.name);
        details.put("category", rule.category == null ? null : rule.category.code);
        details.put("district", rule.districtUnit == null ? null : rule.districtUnit.code);
        details.put("town", rule.townUnit == null ? null : rule.townUnit.code);
        details.put("keywords", rule.keywords);
        details.put("unit", rule.unit.code);
        details.put("priority", rule.priority);
        details.put("active", rule.active);
        return details;
    }

}
