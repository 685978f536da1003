package cn.hotline12345.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.hotline12345.search.AliasedIndex;

/** The knowledge index: only published entries, under the alias agents search. */
@ApplicationScoped
public class KnowledgeIndex extends AliasedIndex {

    @Inject
    KnowledgeConfig config;

    @Override
    public String alias() {
        return config.indexAlias();
    }

    @Override
    protected ObjectNode definition() {
        return IndexFiles.indexDefinition(config.analysis(), config.indexShards(), config.indexReplicas());
    }

    @Override
    protected String unavailableKey() {
        return "knowledge.search-unavailable";
    }
}
