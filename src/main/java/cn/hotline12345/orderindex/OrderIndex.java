package cn.hotline12345.orderindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.hotline12345.search.AliasedIndex;
import cn.hotline12345.search.ChineseAnalysis;

/** The work orders in Elasticsearch: text search of the order list, and the words of the hot topics. */
@ApplicationScoped
public class OrderIndex extends AliasedIndex {

    @Inject
    OrderIndexConfig config;

    @Override
    public String alias() {
        return config.indexAlias();
    }

    @Override
    protected ObjectNode definition() {
        return ChineseAnalysis.indexDefinition(config.analysis(), config.indexShards(), config.indexReplicas(),
                "index/orders-mappings.json");
    }

    @Override
    protected String unavailableKey() {
        return "workorder.search-unavailable";
    }
}
