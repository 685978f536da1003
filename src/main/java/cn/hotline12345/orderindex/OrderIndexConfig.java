package cn.hotline12345.orderindex;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the work-order search index. */
@ConfigMapping(prefix = "hotline.orders")
public interface OrderIndexConfig {

    /** The alias the order list and the hot topics search; it always points at one complete index. */
    @WithDefault("orders")
    String indexAlias();

    /** The analysis profile (knowledge-base/index/analysis-NAME.json), as for the knowledge base. */
    @WithDefault("bigram")
    String analysis();

    @WithDefault("1")
    int indexShards();

    @WithDefault("0")
    int indexReplicas();

    /** How often the indexer looks at the outbox. */
    @WithDefault("PT1S")
    Duration indexerInterval();

    /** Orders sent to Elasticsearch in one bulk request. */
    @WithDefault("1000")
    int indexerBatchSize();
}
