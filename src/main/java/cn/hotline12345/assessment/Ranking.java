package cn.hotline12345.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.hotline12345.statistics.UnitFigures;
import cn.hotline12345.unit.UnitGroup;

/**
 * Ranks the units of one group by their total: equal totals share a rank and the next rank skips
 * (1, 2, 2, 4). Only units with at least the scheme's minimum of dispatched orders are ranked. The
 * red list (红榜) names the units ranked within the first {@code listSize}; the black list (黑榜) those
 * within the last {@code listSize} that are not on the red list, worst first.
 */
public final class Ranking {

    private Ranking() {
    }

    /** A unit to be ranked. */
    public record Candidate(long unitId, String unitCode, String unitName, UnitFigures figures,
            Scoring.Score score) {
    }

    public record Ranked(long unitId, String unitCode, String unitName, UnitFigures figures, Scoring.Score score,
            boolean ranked, Integer rank, int of, boolean red, boolean black) {

    }

    public record Group(UnitGroup group, List<Ranked> rows, List<Ranked> red, List<Ranked> black) {
    }

    public static Group rank(UnitGroup group, List<Candidate> candidates, SchemeDefinition scheme) {
        Comparator<Candidate> best = Comparator.comparing((Candidate c) -> c.score().total()).reversed()
                .thenComparing(Candidate::unitCode);
        List<Candidate> eligible = candidates.stream().filter(c -> c.figures().dispatched() >= scheme.minOrders())
                .sorted(best).toList();
        List<Candidate> rest = candidates.stream().filter(c -> c.figures().dispatched() < scheme.minOrders())
                .sorted(Comparator.comparing(Candidate::unitCode)).toList();
        int n = eligible.size();
        List<Ranked> rows = new ArrayList<>();
        List<Ranked> black = new ArrayList<>();
        for (Candidate c : eligible) {
            int rank = 1 + (int) eligible.stream().filter(o -> o.score().total().compareTo(c.score().total()) > 0).count();
            int fromBottom = 1 + (int) eligible.stream().filter(o -> o.score().total().compareTo(c.score().total()) < 0)
                    .count();
            boolean red = rank <= scheme.listSize();
            boolean onBlack = !red && fromBottom <= scheme.listSize();
            Ranked ranked = new Ranked(c.unitId(), c.unitCode(), c.unitName(), c.figures(), c.score(), true, rank, n, red,
                    onBlack);
            rows.add(ranked);
            if (onBlack) {
                black.add(ranked);
            }
        }
        for (Candidate c : rest) {
            rows.add(new Ranked(c.unitId(), c.unitCode(), c.unitName(), c.figures(), c.score(), false, null, n, false,
                    false));
        }
        List<Ranked> red = rows.stream().filter(Ranked::red).toList();
        black.sort(Comparator.comparing((Ranked r) -> r.score().total()).thenComparing(Ranked::unitCode));
        return new Group(group, List.copyOf(rows), red, List.copyOf(black));
    }
}
