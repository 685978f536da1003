package cn.hotline12345.knowledge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.hotline12345.search.ChineseAnalysis;

/** The files of knowledge-base/ that ship inside the application (see the resources in pom.xml). */
final class IndexFiles {

    private IndexFiles() {
    }

    static String text(String path) {
        return ChineseAnalysis.shippedText(path);
    }

    /** Settings and mappings of a new index, with the analysis of the configured profile. */
    static ObjectNode indexDefinition(String analysisProfile, int shards, int replicas) {
        return ChineseAnalysis.indexDefinition(analysisProfile, shards, replicas, "index/mappings.json");
    }

    static SearchVocabulary vocabulary() {
        return SearchVocabulary.parse(text("index/query-stopwords.txt"), text("index/synonyms.txt"));
    }
}
