package cn.hotline12345.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the application knows about citizens' words before Elasticsearch sees them: spoken filler to
 * drop and groups of words that mean the same (knowledge-base/index/query-stopwords.txt and
 * synonyms.txt). Plain Java, so its effect on a question can be tested without a cluster.
 */
public final class SearchVocabulary {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private final List<String> fillers;
    private final List<List<String>> synonymGroups;

    public SearchVocabulary(List<String> fillers, List<List<String>> synonymGroups) {
        // Longest first, so "怎么办理" goes before "怎么" can cut it in half.
        this.fillers = fillers.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.synonymGroups = synonymGroups.stream().map(List::copyOf).toList();
    }

    /** Reads the two files' text: one word (or one comma-separated group) per line, # for comments. */
    public static SearchVocabulary parse(String stopwordsText, String synonymsText) {
        List<String> fillers = lines(stopwordsText);
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines(synonymsText)) {
            List<String> group = new ArrayList<>();
            for (String word : line.split("[,，]")) {
                if (!word.isBlank()) {
                    group.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return new SearchVocabulary(fillers, groups);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The question without punctuation and filler; the question itself if nothing would be left. */
    public String clean(String question) {
        if (question == null) {
            return "";
        }
        String text = PUNCTUATION.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String filler : fillers) {
            text = text.replace(filler, " ");
        }
        text = text.strip().replaceAll(" +", " ");
        return text.isEmpty() ? PUNCTUATION.matcher(question).replaceAll(" ").strip() : text;
    }

    /** The other words of every synonym group the text mentions, not already in the text. */
    public List<String> expansions(String text) {
        Set<String> extra = new LinkedHashSet<>();
        for (List<String> group : synonymGroups) {
            if (group.stream().anyMatch(text::contains)) {
                for (String word : group) {
                    if (!text.contains(word)) {
                        extra.add(word);
                    }
                }
            }
        }
        return List.copyOf(extra);
    }
}
