package cn.hotline12345.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;

/** The shipped seed file itself: 405 units, five districts, 32 towns and streets, every rule kept. */
class MemberUnitSeedTest {

    static List<MemberUnitSeed.Row> shipped() throws IOException {
        try (InputStream in = MemberUnitSeedTest.class.getClassLoader().getResourceAsStream("db/seed/member_units.csv")) {
            return MemberUnitSeed.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSeedHolds405UnitsThatKeepTheRules() throws IOException {
        List<MemberUnitSeed.Row> rows = shipped();
        assertThat(rows).hasSize(405);
        MemberUnitSeed.check(rows);
        Map<UnitLevel, Long> byLevel = rows.stream().collect(Collectors.groupingBy(MemberUnitSeed.Row::level, Collectors.counting()));
        assertThat(byLevel.get(UnitLevel.TOWN)).isEqualTo(32);
        assertThat(rows.stream().filter(r -> r.kind() == UnitKind.GOVERNMENT).map(MemberUnitSeed.Row::name))
                .containsExactlyInAnyOrder("佛山市禅城区人民政府", "佛山市南海区人民政府", "佛山市顺德区人民政府",
                        "佛山市三水区人民政府", "佛山市高明区人民政府");
        assertThat(rows.stream().filter(r -> r.kind() == UnitKind.ENTERPRISE)).hasSizeGreaterThan(20);
    }

    @Test
    void refusesAChildListedBeforeItsParentAndDuplicates() {
        String header = MemberUnitSeed.HEADER + "\n";
        assertThatThrownBy(() -> MemberUnitSeed.check(MemberUnitSeed.parse(header
                + "A-1,甲,CITY,B-1,DEPARTMENT,\nB-1,乙,CITY,,DEPARTMENT,\n")))
                .hasMessageContaining("not listed before");
        assertThatThrownBy(() -> MemberUnitSeed.check(MemberUnitSeed.parse(header
                + "A-1,甲,CITY,,DEPARTMENT,\nA-1,乙,CITY,,DEPARTMENT,\n")))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> MemberUnitSeed.check(MemberUnitSeed.parse(header
                + "A-1,甲,CITY,,DEPARTMENT,\nT-1,镇,TOWN,A-1,TOWN_STREET,\n")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> MemberUnitSeed.parse("code,name\n")).hasMessageContaining("header");
    }
}
