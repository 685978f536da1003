package cn.hotline12345.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.PostgresResource;

/**
 * The test run starts from an empty database (PostgresResource drops and recreates it), so these
 * checks prove the migrations apply from nothing and leave a consistent registry.
 */
@QuarkusTest
class SeedAndSchemaTest {

    /** Units other tests add carry codes starting with T-; the seed's are administrative codes. */
    static final String SEED = "code !~ '^T-'";

    @Inject
    Flyway flyway;

    @Test
    void everyMigrationAppliedOnTheFreshDatabase() {
        assertThat(Db.single("select current_database()")).isEqualTo(PostgresResource.DATABASE);
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).extracting(MigrationInfo::getVersion).extracting(Object::toString).contains("1", "2");
        assertThat(applied).allMatch(info -> info.getState() == MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSeedHolds405ActiveUnitsInAConsistentHierarchy() {
        assertThat(Db.count("select count(*) from member_unit where active and " + SEED)).isEqualTo(405);
        assertThat(Db.count("select count(*) from member_unit where level = 'TOWN' and " + SEED)).isEqualTo(32);
        assertThat(Db.count("select count(*) from member_unit where kind = 'GOVERNMENT' and level = 'DISTRICT' and parent_id is null")).isEqualTo(5);
        // A parent is the same level or one above, never below, never two above.
        assertThat(Db.count("""
                select count(*) from member_unit c join member_unit p on p.id = c.parent_id
                 where array_position(array['CITY','DISTRICT','TOWN'], c.level) - array_position(array['CITY','DISTRICT','TOWN'], p.level) not in (0, 1)
                """)).isZero();
        // Every town hangs under a district government; every chain ends at a top unit without a cycle.
        assertThat(Db.count("""
                select count(*) from member_unit t join member_unit p on p.id = t.parent_id
                 where t.level = 'TOWN' and not (p.level = 'DISTRICT' and p.kind = 'GOVERNMENT')
                """)).isZero();
        assertThat(Db.count("""
                with recursive chain(id, parent_id, depth) as (
                    select id, parent_id, 0 from member_unit
                    union all
                    select chain.id, p.parent_id, chain.depth + 1 from chain join member_unit p on p.id = chain.parent_id
                     where chain.depth < 20)
                select count(*) from chain where depth >= 20
                """)).isZero();
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        assertThat(Db.count("select count(*) from audit_event")).isPositive();
        assertThatThrownBy(() -> Db.count("with d as (delete from audit_event returning 1) select count(*) from d"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Db.count("with u as (update audit_event set actor = 'x' returning 1) select count(*) from u"))
                .hasStackTraceContaining("append-only");
    }
}
