package cn.hotline12345.workorder;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short Chinese texts are: the overlap of their character pairs (Jaccard of
 * bigrams). Chinese has no spaces, so pairs of characters stand in for words; "路灯坏了" and
 * "路灯不亮了" share 路灯. Plain Java, cheap for the handful of candidates a duplicate check reads.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double of(String a, String b) {
        Set<String> left = bigrams(a);
        Set<String> right = bigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        return (double) common.size() / (left.size() + right.size() - common.size());
    }

    static Set<String> bigrams(String text) {
        Set<String> pairs = new HashSet<>();
        if (text == null) {
            return pairs;
        }
        int[] chars = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add(new String(chars, i, 2));
        }
        return pairs;
    }
}
