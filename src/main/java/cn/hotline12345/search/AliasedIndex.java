package cn.hotline12345.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.tasks.GetTasksResponse;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * An Elasticsearch index reached only through its alias, rebuilt behind it. Documents carry their
 * row's version as an external version, so a late or repeated write of an older state is refused
 * by Elasticsearch itself: whatever order the writes arrive in, the newest state stays. The
 * knowledge base and the work orders each have one.
 */
public abstract class AliasedIndex {

    private static final Duration MERGE_POLL = Duration.ofMillis(250);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Inject
    protected ElasticsearchClient client;

    /** One write: a document at a version, or its removal at a version. */
    public record Write(long entryId, long version, ObjectNode document) {

        public boolean isDelete() {
            return document == null;
        }
    }

    /** Runs work against the index: an unreachable Elasticsearch is a 503 for the caller, not a server error. */
    public <T> T whileReachable(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, unavailableKey());
        }
    }

    /** The alias searches and writes go to. */
    public abstract String alias();

    /** How long an instance trusts what it last saw of a rebuild in progress. */
    static final Duration BUILDING_CHECK = Duration.ofSeconds(1);

    private volatile long buildingCheckedAt;
    private volatile boolean building;

    /** The alias of an index being rebuilt, while it is: every instance writes there too. */
    public String buildingAlias() {
        return alias() + "-building";
    }

    /**
     * Writes the changes the outbox announced: to the alias, and while a rebuild runs (on any
     * instance) to the index being built as well, so that it misses no change made during the copy.
     */
    public void writeLive(List<Write> writes) {
        writeAll(alias(), writes);
        if (building()) {
            List<String> failures = write(buildingAlias(), writes);
            // The rebuild may have swapped the alias a moment ago: the building alias is gone then.
            if (!failures.isEmpty() && building()) {
                throw new IllegalStateException("the index being rebuilt refused " + failures.size()
                        + " documents, first: " + failures.get(0));
            }
        }
    }

    private boolean building() {
        long now = System.nanoTime();
        if (now - buildingCheckedAt > BUILDING_CHECK.toNanos()) {
            try {
                building = client.indices().existsAlias(e -> e.name(buildingAlias())).value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buildingCheckedAt = now;
        }
        return building;
    }

    /** Gives the index being built the building alias, so every instance's indexer writes there too. */
    public void markBuilding(String index) {
        try {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(buildingAlias()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops an index that was being built and will not be used. */
    public void discard(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover index costs disk only, and the next rebuild makes its own
        }
    }

    /** Settings and mappings of a new index. */
    protected abstract ObjectNode definition();

    /** The message key of the refusal while the index cannot be searched (503). */
    protected abstract String unavailableKey();

    public boolean aliasExists() {
        try {
            return client.indices().existsAlias(e -> e.name(alias())).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The concrete indices behind the alias (one, except for an instant during a swap). */
    public Set<String> indicesBehindAlias() {
        try {
            if (!aliasExists()) {
                return Set.of();
            }
            return client.indices().getAlias(g -> g.name(alias())).aliases().keySet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty index with the shipped mappings and the configured analysis; returns its name. */
    public String createIndex() {
        String name = alias() + "-" + LocalDateTime.now().format(SUFFIX);
        String definition = definition().toString();
        try {
            client.indices().create(c -> c.index(name).withJson(new StringReader(definition)));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the alias at the index in one atomic step and drops the indices it pointed at before. */
    public void pointAliasAt(String index) {
        Set<String> previous = indicesBehindAlias();
        try {
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true)));
                // The index being built stops being written to as such; the alias now takes its writes.
                u.actions(a -> a.remove(r -> r.index(index).alias(buildingAlias()).mustExist(false)));
                for (String old : previous) {
                    if (!old.equals(index)) {
                        u.actions(a -> a.remove(remove -> remove.index(old).alias(alias())));
                    }
                }
                return u;
            });
            for (String old : previous) {
                if (!old.equals(index)) {
                    client.indices().delete(d -> d.index(old));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the writes to an index (or the alias) in one bulk request. A refusal because Elasticsearch
     * already has a newer version is success; any other failure is returned.
     */
    public List<String> write(String target, List<Write> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        List<BulkOperation> operations = new ArrayList<>(writes.size());
        for (Write write : writes) {
            String id = Long.toString(write.entryId());
            if (write.isDelete()) {
                operations.add(BulkOperation.of(b -> b.delete(d -> d.index(target).id(id).version(write.version())
                        .versionType(VersionType.External))));
            } else {
                operations.add(BulkOperation.of(b -> b.index(i -> i.index(target).id(id).version(write.version())
                        .versionType(VersionType.External).document(write.document()))));
            }
        }
        try {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            List<String> failures = new ArrayList<>();
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null && item.status() != 409) {
                        failures.add(item.id() + ": " + item.error().reason());
                    }
                }
            }
            return failures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #write}, failing on any document Elasticsearch refused for a reason other than a newer version. */
    public void writeAll(String target, List<Write> writes) {
        List<String> failures = write(target, writes);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Elasticsearch refused " + failures.size() + " documents, first: "
                    + failures.get(0));
        }
    }

    public void refresh(String target) {
        try {
            client.indices().refresh(r -> r.index(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lucene segments of an index (or the alias): each one is searched separately, so fewer is faster. */
    public long segments(String target) {
        try {
            return client.indices().stats(s -> s.index(target).metric("segments")).all().primaries().segments()
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges an index (or the alias) into one segment. A search then reads one set of postings
     * instead of one per segment: on 100,000 entries a question costs less than half. Segments stay
     * far below the 5 GB that would keep later merges from touching them, so writes may go on.
     */
    public void mergeIntoOneSegment(String target) {
        try {
            // As a task, polled: a merge of a large index outlasts the client's socket timeout.
            String task = client.indices().forcemerge(f -> f.index(target).maxNumSegments(1L).waitForCompletion(false))
                    .task();
            while (task != null) {
                GetTasksResponse state = client.tasks().get(g -> g.taskId(task));
                if (state.completed()) {
                    if (state.error() != null) {
                        throw new IllegalStateException("merge of " + target + " failed: " + state.error().reason());
                    }
                    return;
                }
                Thread.sleep(MERGE_POLL.toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while merging " + target, e);
        }
    }

    public long count() {
        try {
            return client.count(c -> c.index(alias())).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a search. An unreachable cluster, or an index still being built for the first time, is a
     * 503 for the agent, not a server error.
     */
    public SearchResponse<ObjectNode> search(ObjectNode body) {
        String json = body.toString();
        try {
            return client.search(s -> s.withJson(new StringReader(json)).index(alias()), ObjectNode.class);
        } catch (IOException e) {
            throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, unavailableKey());
        } catch (ElasticsearchException e) {
            // Missing while first built, overloaded (429) or failing (5xx): the search is unavailable for now.
            if (e.status() == 404 || e.status() == 429 || e.status() >= 500) {
                throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, unavailableKey());
            }
            throw e;
        }
    }
}
