package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import cn.hotline12345.common.CsvRows;
import cn.hotline12345.common.Strings;

/** Loads the work-order topic tree (household registration, social insurance, housing, ...) from db/seed/categories.csv. */
public class V4__Seed_categories extends BaseJavaMigration {

    static final String SEED = "db/seed/categories.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        String insert = "insert into category (code, name, parent_id) values (?, ?, ?)";
        try (PreparedStatement statement = context.getConnection().prepareStatement(insert,
                Statement.RETURN_GENERATED_KEYS)) {
            for (String[] row : CsvRows.parse(SeedFiles.text(SEED), "code,name,parent_code")) {
                statement.setString(1, row[0]);
                statement.setString(2, row[1]);
                String parent = Strings.blankToNull(row[2]);
                if (parent == null) {
                    statement.setNull(3, Types.BIGINT);
                } else if (!ids.containsKey(parent)) {
                    throw new IllegalStateException(row[0] + ": parent " + parent + " not listed before it");
                } else {
                    statement.setLong(3, ids.get(parent));
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    ids.put(row[0], keys.getLong(1));
                }
            }
        }
    }

    @Override
    public Integer getChecksum() {
        return SeedFiles.checksum(SEED);
    }
}
