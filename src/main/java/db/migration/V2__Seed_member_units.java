package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import cn.hotline12345.unit.MemberUnitSeed;

/**
 * Loads the 405 member units from db/seed/member_units.csv, checking each against the same
 * hierarchy rules the application enforces. The checksum covers the data file, so an edit to a
 * landed seed is caught like an edit to a landed SQL migration.
 */
public class V2__Seed_member_units extends BaseJavaMigration {

    static final String SEED = "db/seed/member_units.csv";

    @Override
    public void migrate(Context context) throws Exception {
        List<MemberUnitSeed.Row> rows = MemberUnitSeed.parse(SeedFiles.text(SEED));
        MemberUnitSeed.check(rows);
        Connection connection = context.getConnection();
        Map<String, Long> ids = new HashMap<>();
        String insert = "insert into member_unit (code, name, level, kind, parent_id, contact_phone) values (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
            for (MemberUnitSeed.Row row : rows) {
                statement.setString(1, row.code());
                statement.setString(2, row.name());
                statement.setString(3, row.level().name());
                statement.setString(4, row.kind().name());
                if (row.parentCode() == null) {
                    statement.setNull(5, Types.BIGINT);
                } else {
                    statement.setLong(5, ids.get(row.parentCode()));
                }
                statement.setString(6, row.contactPhone());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    ids.put(row.code(), keys.getLong(1));
                }
            }
        }
    }

    @Override
    public Integer getChecksum() {
        return SeedFiles.checksum(SEED);
    }
}
