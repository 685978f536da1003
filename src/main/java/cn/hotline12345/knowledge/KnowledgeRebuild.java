package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.hotline12345.search.AliasedIndex;
import cn.hotline12345.search.IndexRebuild;

/**
 * The knowledge index built anew from PostgreSQL behind its alias ({@link IndexRebuild}): the
 * published entries, and again those saved since a moment just before the copy began.
 */
@ApplicationScoped
public class KnowledgeRebuild {

    /** Changes committed this long before the start are certainly in the copy. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

    @Inject
    KnowledgeIndex index;

    @Inject
    KnowledgeDocuments documents;

    @Inject
    Clock clock;

    private IndexRebuild rebuild;

    @PostConstruct
    void prepare() {
        rebuild = new IndexRebuild("knowledge", index, new IndexRebuild.Source() {
            @Override
            public long mark() {
                return clock.instant().minus(CLOCK_MARGIN).toEpochMilli();
            }

            @Override
            public List<Long> idsAfter(long afterId, int limit) {
                return documents.liveIds(afterId, limit);
            }

            @Override
            public List<Long> changedAfter(long mark) {
                return KnowledgeEntry.updatedSince(Instant.ofEpochMilli(mark));
            }

            @Override
            public List<AliasedIndex.Write> writesFor(Collection<Long> ids) {
                return documents.writesFor(ids);
            }
        }, "knowledge.rebuild-running");
    }

    /** Makes sure the alias exists, building the index from the database the first time. */
    public void ensureIndex() {
        rebuild.ensureIndex();
    }

    public IndexRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
