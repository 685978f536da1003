package cn.hotline12345.search;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * Builds a whole new index from PostgreSQL and swaps the alias to it, so searches keep answering
 * from the old index until the new one is complete. (This Elasticsearch has no _reindex; the
 * database is the source anyway.) While it is built, it carries a second alias that every
 * instance's indexer also writes to, and rows changed since a mark taken just before the copy are
 * written again before and after the swap. The new index is merged into one segment first.
 */
public final class IndexRebuild {

    /** Where the documents come from. */
    public interface Source {
        /** A mark taken before the copy begins: whatever changes after it is written again. */
        long mark();

        /** Ids of the rows to index after {@code afterId}, in id order. */
        List<Long> idsAfter(long afterId, int limit);

        /** Ids of the rows changed after the mark. */
        List<Long> changedAfter(long mark);

        /** The writes of these rows as they are now. */
        List<AliasedIndex.Write> writesFor(Collection<Long> ids);
    }

    public record Result(String index, long documents, long millis) {
    }

    private static final int PAGE = 1000;

    private final Logger log;
    private final String what;
    private final AliasedIndex index;
    private final Source source;
    private final String runningKey;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean indexKnownToExist;

    /** {@code what} names the index in the log; {@code runningKey} refuses a second rebuild at once (409). */
    public IndexRebuild(String what, AliasedIndex index, Source source, String runningKey) {
        this.log = Logger.getLogger(IndexRebuild.class.getName() + "." + what);
        this.what = what;
        this.index = index;
        this.source = source;
        this.runningKey = runningKey;
    }

    /** Makes sure the alias exists, building the index from the database the first time. */
    public void ensureIndex() {
        if (indexKnownToExist) {
            return;
        }
        if (!index.aliasExists()) {
            log.infof("%s index alias %s missing: building it from the database", what, index.alias());
            rebuild();
        }
        indexKnownToExist = true;
    }

    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new DomainException(ProblemType.CONFLICT, runningKey);
        }
        try {
            long started = System.nanoTime();
            String target = index.createIndex();
            index.markBuilding(target);
            try {
                // Every instance's indexer sees the building alias before the copy begins, and from then
                // on writes each change to the new index too: none made during the copy is missed.
                Thread.sleep(2 * AliasedIndex.BUILDING_CHECK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                index.discard(target);
                throw new IllegalStateException("interrupted while rebuilding the " + what + " index", e);
            }
            long mark = QuarkusTransaction.requiringNew().call(source::mark);
            long copied;
            try {
                copied = copy(target, mark);
                index.pointAliasAt(target);
            } catch (RuntimeException e) {
                index.discard(target); // never swapped in: searches still use the old index
                throw e;
            }
            catchUp(index.alias(), mark);
            indexKnownToExist = true;
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.infof("%s index %s built: %d documents in %d ms", what, target, copied, millis);
            return new Result(target, copied, millis);
        } finally {
            running.set(false);
        }
    }

    /** Copies every row into the new index, then what changed meanwhile; merges and refreshes it. */
    private long copy(String target, long mark) {
        long copied = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<Long> ids = QuarkusTransaction.requiringNew().call(() -> source.idsAfter(from, PAGE));
            if (ids.isEmpty()) {
                break;
            }
            copy(target, ids);
            copied += ids.size();
            afterId = ids.get(ids.size() - 1);
        }
        catchUp(target, mark);
        mergeIfPossible(target);
        index.refresh(target);
        return copied;
    }

    /** A complete index that could not be merged still serves; it is merged again later. */
    private void mergeIfPossible(String target) {
        try {
            index.mergeIntoOneSegment(target);
        } catch (RuntimeException e) {
            log.warnf("%s index %s not merged into one segment, swapped anyway: %s", what, target, e.getMessage());
        }
    }

    private void catchUp(String target, long mark) {
        List<Long> changed = QuarkusTransaction.requiringNew().call(() -> source.changedAfter(mark));
        for (int i = 0; i < changed.size(); i += PAGE) {
            copy(target, changed.subList(i, Math.min(changed.size(), i + PAGE)));
        }
    }

    private void copy(String target, List<Long> ids) {
        index.writeAll(target, QuarkusTransaction.requiringNew().call(() -> source.writesFor(ids)));
    }
}
