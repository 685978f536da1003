package cn.hotline12345.orderindex;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.hotline12345.search.AliasedIndex;
import cn.hotline12345.search.IndexRebuild;

/**
 * The order index built anew from PostgreSQL behind its alias ({@link IndexRebuild}): every order,
 * and again those with a search version handed out after the last one when the copy began.
 */
@ApplicationScoped
public class OrderIndexRebuild {

    @Inject
    OrderIndex index;

    @Inject
    OrderDocuments documents;

    private IndexRebuild rebuild;

    @PostConstruct
    void prepare() {
        rebuild = new IndexRebuild("order", index, new IndexRebuild.Source() {
            @Override
            public long mark() {
                return documents.lastSearchVersion();
            }

            @Override
            public List<Long> idsAfter(long afterId, int limit) {
                return documents.idsAfter(afterId, limit);
            }

            @Override
            public List<Long> changedAfter(long mark) {
                return documents.changedAfter(mark);
            }

            @Override
            public List<AliasedIndex.Write> writesFor(Collection<Long> ids) {
                return documents.writesFor(ids);
            }
        }, "workorder.index-rebuild-running");
    }

    public void ensureIndex() {
        rebuild.ensureIndex();
    }

    public IndexRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
