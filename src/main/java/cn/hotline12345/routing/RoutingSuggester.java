package cn.hotline12345.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the units that should lead an order. A rule applies when every criterion it names holds
 * (the category or one of its parents, the district, the town, any keyword in the citizen's words);
 * more specific rules rank first, then higher priority. History adds the units that answered
 * closed orders of the same category and place. Plain Java, so the ranking is unit-tested.
 */
public final class RoutingSuggester {

    /** What the suggester knows of an order. */
    public record OrderFacts(Set<Long> categoryIds, Long districtUnitId, Long townUnitId, String text) {
    }

    /** A rule as the suggester needs it. */
    public record Rule(long id, String name, Long categoryId, Long districtUnitId, Long townUnitId,
            List<String> keywords, long unitId, int priority) {
    }

    /** How often a unit answered closed orders like this one. */
    public record Precedent(long unitId, long closedOrders) {
    }

    public enum Source {
        RULE,
        HISTORY
    }

    /** A suggested lead unit, with why. {@code detail} is the rule's name, or the number of precedents. */
    public record Suggestion(long unitId, Source source, String detail, int specificity) {
    }

    private RoutingSuggester() {
    }

    public static List<Suggestion> suggest(OrderFacts order, List<Rule> rules, List<Precedent> history, int limit) {
        List<Suggestion> fromRules = new ArrayList<>();
        for (Rule rule : rules) {
            int specificity = specificity(rule, order);
            if (specificity > 0) {
                fromRules.add(new Suggestion(rule.unitId(), Source.RULE, rule.name(), specificity * 1000 + rule.priority()));
            }
        }
        fromRules.sort(Comparator.comparingInt(Suggestion::specificity).reversed());
        Map<Long, Suggestion> ranked = new LinkedHashMap<>();
        fromRules.forEach(suggestion -> ranked.putIfAbsent(suggestion.unitId(), suggestion));
        history.stream()
                .sorted(Comparator.comparingLong(Precedent::closedOrders).reversed())
                .forEach(p -> ranked.putIfAbsent(p.unitId(),
                        new Suggestion(p.unitId(), Source.HISTORY, String.valueOf(p.closedOrders()), 0)));
        return ranked.values().stream().limit(limit).toList();
    }

    /** How many criteria the rule names, when all of them hold; zero when any fails. */
    static int specificity(Rule rule, OrderFacts order) {
        int matched = 0;
        if (rule.categoryId() != null) {
            if (!order.categoryIds().contains(rule.categoryId())) {
                return 0;
            }
            matched++;
        }
        if (rule.districtUnitId() != null) {
            if (!rule.districtUnitId().equals(order.districtUnitId())) {
                return 0;
            }
            matched++;
        }
        if (rule.townUnitId() != null) {
            if (!rule.townUnitId().equals(order.townUnitId())) {
                return 0;
            }
            matched++;
        }
        if (!rule.keywords().isEmpty()) {
            String text = order.text() == null ? "" : order.text().toLowerCase(Locale.ROOT);
            if (rule.keywords().stream().noneMatch(keyword -> text.contains(keyword.toLowerCase(Locale.ROOT)))) {
                return 0;
            }
            matched++;
        }
        return matched;
    }
}
