package cn.hotline12345.common;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of a longer list, with what a client needs to ask for the next one. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    /** Counts the query's rows and fetches the requested page of them. */
    public static <E> PageResult<E> of(PanacheQuery<E> query, PageRequest request) {
        long total = query.count();
        List<E> items = query.page(Page.of(request.page(), request.size())).list();
        return new PageResult<>(items, total, request.page(), request.size());
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
