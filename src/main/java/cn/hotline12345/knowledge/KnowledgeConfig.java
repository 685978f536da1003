package cn.hotline12345.knowledge;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the knowledge base and its search index. */
@ConfigMapping(prefix = "hotline.knowledge")
public interface KnowledgeConfig {

    /** The alias agents search; it always points at one complete index. */
    @WithDefault("knowledge")
    String indexAlias();

    /**
     * The analysis profile: knowledge-base/index/analysis-NAME.json. "bigram" needs nothing beyond a
     * bare Elasticsearch; "ik" and "smartcn" need those plugins on every node.
     */
    @WithDefault("bigram")
    String analysis();

    /** Primary shards of a new index; one holds far more entries than a city has. */
    @WithDefault("1")
    int indexShards();

    /** Replicas of a new index: 0 on a single node, 1 or more on a cluster. */
    @WithDefault("0")
    int indexReplicas();

    /** How often the indexer looks at the outbox when nothing woke it earlier. */
    @WithDefault("PT1S")
    Duration indexerInterval();

    /** Entries sent to Elasticsearch in one bulk request. */
    @WithDefault("500")
    int indexerBatchSize();

    /**
     * Changes indexed since the last merge into one segment after which the index is merged again,
     * once the outbox is empty (a bulk import); 0: only at night and on request.
     */
    @WithDefault("10000")
    int compactAfterWrites();

    /** When the index is merged into one segment every day (hotline time zone); "off" for never. */
    @WithDefault("0 30 3 * * ?")
    String compactCron();

    /** How far ahead the expiry list looks. */
    @WithDefault("30")
    int expiringWithinDays();

    /** Loads the sample corpus into an empty knowledge base when demo data is on. */
    @WithDefault("true")
    boolean demoCorpus();
}
