package cn.hotline12345.statistics;

import java.util.Map;

/** The conditions a scope puts on an order (aliased), and their parameters. */
final class OrderScope {

    private OrderScope() {
    }

    static String conditions(Scope scope, String o) {
        StringBuilder sql = new StringBuilder();
        if (scope.districtUnitId() != null) {
            sql.append(" and ").append(o).append(".district_unit_id = :district");
        }
        if (scope.categoryId() != null) {
            sql.append(" and ").append(o).append(".category_id = any(:categories)");
        }
        if (scope.channel() != null) {
            sql.append(" and ").append(o).append(".channel = :channel");
        }
        if (scope.type() != null) {
            sql.append(" and ").append(o).append(".type = :type");
        }
        return sql.toString();
    }

    static void parameters(Scope scope, java.util.Collection<Long> categories, Map<String, Object> into) {
        if (scope.districtUnitId() != null) {
            into.put("district", scope.districtUnitId());
        }
        if (scope.categoryId() != null) {
            into.put("categories", categories);
        }
        if (scope.channel() != null) {
            into.put("channel", scope.channel());
        }
        if (scope.type() != null) {
            into.put("type", scope.type());
        }
    }
}
