package cn.hotline12345.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.hotline12345.statistics.UnitFigures;
import cn.hotline12345.unit.UnitGroup;

class RankingTest {

    private static Ranking.Candidate unit(String code, long dispatched, String total) {
        UnitFigures figures = ScoringTest.figures(dispatched, dispatched, 0, 0, 0, 0, 0, 0);
        Scoring.Score score = new Scoring.Score(List.of(), BigDecimal.ZERO, new BigDecimal(total));
        return new Ranking.Candidate(code.hashCode(), code, code, figures, score);
    }

    @Test
    void equalTotalsShareARankUnitsBelowTheMinimumAreNotRankedAndTheListsDoNotOverlap() {
        SchemeDefinition scheme = new SchemeDefinition("方案", 5, 2, SchemeDefinition.standard().indicators());
        Ranking.Group group = Ranking.rank(UnitGroup.TOWN_STREET, List.of(
                unit("T1", 10, "95.5"), unit("T2", 8, "97"), unit("T3", 30, "95.5"), unit("T4", 6, "80"),
                unit("T5", 4, "20"), unit("T6", 12, "70.25"), unit("T7", 5, "70.25")), scheme);
        assertThat(group.rows()).extracting(Ranking.Ranked::unitCode).containsExactly("T2", "T1", "T3", "T4", "T6",
                "T7", "T5");
        assertThat(group.rows()).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 2, 4, 5, 5, null);
        assertThat(group.rows().get(0).of()).isEqualTo(6);
        // the red list takes everyone ranked within the first 2, ties included
        assertThat(group.red()).extracting(Ranking.Ranked::unitCode).containsExactly("T2", "T1", "T3");
        // the last two places are shared by T6 and T7 (70.25); T5 has too few orders to be ranked
        assertThat(group.black()).extracting(Ranking.Ranked::unitCode).containsExactly("T6", "T7");
    }

    @Test
    void aSmallGroupIsNotPutOnBothLists() {
        SchemeDefinition scheme = new SchemeDefinition("方案", 1, 3, SchemeDefinition.standard().indicators());
        Ranking.Group group = Ranking.rank(UnitGroup.DISTRICT_GOVERNMENT, List.of(unit("D1", 9, "90"),
                unit("D2", 9, "80"), unit("D3", 9, "70"), unit("D4", 9, "60")), scheme);
        assertThat(group.red()).extracting(Ranking.Ranked::unitCode).containsExactly("D1", "D2", "D3");
        assertThat(group.black()).extracting(Ranking.Ranked::unitCode).containsExactly("D4");
    }
}
