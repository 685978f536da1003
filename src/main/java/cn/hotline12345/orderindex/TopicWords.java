package cn.hotline12345.orderindex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The words of an order's text that can name its topic, segmented by HanLP: nouns, verbs and
 * adjectives of two characters or more, without stop words, the hotline's own filler (来电, 反映,
 * knowledge-base/index/topic-stopwords.txt), people's names or numbers, and each two such words in a
 * row as a phrase (共享单车). Hot topics are the words
 * that are significantly more frequent in a period than before.
 */
public final class TopicWords {

    private final Set<String> filler;

    public TopicWords(String stopwordFile) {
        this.filler = stopwordFile.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public List<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String previous = null;
            for (Term term : HanLP.segment(text)) {
                boolean kept = term.word.length() >= 2 && term.word.length() <= 12 && topical(term.nature.toString())
                        && !filler.contains(term.word) && !CoreStopWordDictionary.contains(term.word);
                if (kept) {
                    words.add(term.word);
                    // Two such words in a row are a phrase too: 共享 + 单车 is what callers mean.
                    if (previous != null && previous.length() + term.word.length() <= 8) {
                        words.add(previous + term.word);
                    }
                }
                previous = kept ? term.word : null;
            }
        }
        return List.copyOf(words);
    }

    /** Nouns (not people's or places' names: the districts are counted apart), verbs, adjectives. */
    private static boolean topical(String nature) {
        if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nx")) {
            return false;
        }
        return nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.equals("gi");
    }
}
