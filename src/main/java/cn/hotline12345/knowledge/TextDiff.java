package cn.hotline12345.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts as kept, removed and added pieces. Short texts are compared
 * character by character (Chinese has no spaces to split on); long ones sentence by sentence, so
 * the work stays small.
 */
public final class TextDiff {

    /** Above this many characters on either side, compare sentences instead of characters. */
    static final int CHARACTER_LIMIT = 1200;

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    public record Piece(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Piece> diff(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        boolean fine = a.length() <= CHARACTER_LIMIT && b.length() <= CHARACTER_LIMIT;
        return pieces(fine ? characters(a) : sentences(a), fine ? characters(b) : sentences(b));
    }

    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> piece.kind() != Kind.SAME);
    }

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        text.codePoints().forEach(cp -> {
            current.appendCodePoint(cp);
            if ("。；！？\n;!?".indexOf(cp) >= 0) {
                sentences.add(current.toString());
                current.setLength(0);
            }
        });
        if (!current.isEmpty()) {
            sentences.add(current.toString());
        }
        return sentences;
    }

    private static List<Piece> pieces(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                add(pieces, Kind.ADDED, b.get(j++));
            } else {
                add(pieces, Kind.REMOVED, a.get(i++));
            }
        }
        return pieces;
    }

    /** Joins a token onto the previous piece of the same kind, so the result reads as text. */
    private static void add(List<Piece> pieces, Kind kind, String token) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + token));
        } else {
            pieces.add(new Piece(kind, token));
        }
    }
}
