package cn.hotline12345.common;

import java.util.List;

/** A requested page: zero-based, size clamped so no client can ask for the whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || (long) p * MAX_SIZE > Integer.MAX_VALUE) {
            throw badParameter("page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw badParameter("size");
        }
        return new PageRequest(p, s);
    }

    private static DomainException badParameter(String name) {
        return new DomainException(ProblemType.BAD_PARAMETER,
                List.of(new FieldError(name, "problem.page." + name)), "problem.page." + name, MAX_SIZE);
    }
}
