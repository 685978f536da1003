package cn.hotline12345.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoutingSuggesterTest {

    static final long CITY_URBAN = 1;
    static final long NANHAI_URBAN = 2;
    static final long WATER = 3;
    static final long HISTORY_UNIT = 4;

    final List<RoutingSuggester.Rule> rules = List.of(
            new RoutingSuggester.Rule(10, "市政设施归城管", 100L, null, null, List.of(), CITY_URBAN, 0),
            new RoutingSuggester.Rule(11, "南海市政设施归南海城管", 100L, 50L, null, List.of(), NANHAI_URBAN, 10),
            new RoutingSuggester.Rule(12, "停水关键词", null, null, null, List.of("停水", "水压"), WATER, 5));

    @Test
    void theMostSpecificRuleComesFirst() {
        var order = new RoutingSuggester.OrderFacts(Set.of(101L, 100L), 50L, 60L, "路灯不亮");
        var suggestions = RoutingSuggester.suggest(order, rules, List.of(), 5);
        assertThat(suggestions).extracting(RoutingSuggester.Suggestion::unitId).containsExactly(NANHAI_URBAN, CITY_URBAN);
        assertThat(suggestions.get(0).detail()).isEqualTo("南海市政设施归南海城管");
    }

    @Test
    void aRuleAppliesOnlyWhenEveryCriterionHolds() {
        var elsewhere = new RoutingSuggester.OrderFacts(Set.of(100L), 51L, null, "井盖缺失");
        assertThat(RoutingSuggester.suggest(elsewhere, rules, List.of(), 5))
                .extracting(RoutingSuggester.Suggestion::unitId).containsExactly(CITY_URBAN);
        var words = new RoutingSuggester.OrderFacts(Set.of(999L), null, null, "小区突然停水一整天");
        assertThat(RoutingSuggester.suggest(words, rules, List.of(), 5))
                .extracting(RoutingSuggester.Suggestion::unitId).containsExactly(WATER);
        var nothing = new RoutingSuggester.OrderFacts(Set.of(999L), null, null, "咨询");
        assertThat(RoutingSuggester.suggest(nothing, rules, List.of(), 5)).isEmpty();
    }

    @Test
    void historyFollowsTheRulesWithoutRepeatingAUnit() {
        var order = new RoutingSuggester.OrderFacts(Set.of(100L), 50L, null, "");
        var suggestions = RoutingSuggester.suggest(order, rules,
                List.of(new RoutingSuggester.Precedent(CITY_URBAN, 9), new RoutingSuggester.Precedent(HISTORY_UNIT, 3)), 5);
        assertThat(suggestions).extracting(RoutingSuggester.Suggestion::unitId)
                .containsExactly(NANHAI_URBAN, CITY_URBAN, HISTORY_UNIT);
        assertThat(suggestions.get(2).source()).isEqualTo(RoutingSuggester.Source.HISTORY);
        assertThat(suggestions.get(2).detail()).isEqualTo("3");
        assertThat(RoutingSuggester.suggest(order, rules, List.of(), 1)).hasSize(1);
    }
}
