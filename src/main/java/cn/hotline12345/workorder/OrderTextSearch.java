package cn.hotline12345.workorder;

import java.time.Instant;
import java.util.List;

import cn.hotline12345.common.PageRequest;

/**
 * Finds orders by text (number, caller number, words of the summary, the citizen's words, the
 * address) with the list's other filters: answered by the order index in Elasticsearch, so that no
 * list scans millions of orders with LIKE. Implemented by the orderindex feature.
 */
public interface OrderTextSearch {

    /** One page of matching order ids, newest first, and how many match in all. */
    record Hits(List<Long> ids, long total) {
    }

    /** {@code unitId}: only orders currently with that unit (a unit handler's own). */
    Hits search(WorkOrderQueries.Filter filter, Long unitId, Instant now, PageRequest page);
}
