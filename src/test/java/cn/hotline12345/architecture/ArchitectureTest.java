package cn.hotline12345.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature boundaries (docs/architecture.md): features depend on each other one way only, and the
 * shared packages (common, identity, web, search, topic) know no feature.
 */
class ArchitectureTest {

    static final String[] SHARED = {"cn.hotline12345.common..", "cn.hotline12345.identity..", "cn.hotline12345.web..",
            "cn.hotline12345.search..", "cn.hotline12345.topic.."};

    static final String[] FEATURES = {"cn.hotline12345.account..", "cn.hotline12345.assessment..",
            "cn.hotline12345.audit..", "cn.hotline12345.bulletin..", "cn.hotline12345.demo..", "cn.hotline12345.home..",
            "cn.hotline12345.knowledge..", "cn.hotline12345.orderindex..", "cn.hotline12345.routing..",
            "cn.hotline12345.sla..", "cn.hotline12345.statistics..", "cn.hotline12345.telephony..",
            "cn.hotline12345.unit..", "cn.hotline12345.workorder.."};

    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.hotline12345");

    static ArchRule noCyclesBetween(String packages) {
        return slices().matching(packages).should().beFreeOfCycles();
    }

    @Test
    void featuresDependOnEachOtherOneWayOnly() {
        assertThat(PRODUCT.size()).as("classes imported").isGreaterThan(200);
        noCyclesBetween("cn.hotline12345.(*)..").check(PRODUCT);
    }

    @Test
    void sharedPackagesKnowNoFeature() {
        noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(PRODUCT);
    }

    /** The cycle rule is not empty: two test packages that use each other break it. */
    @Test
    void aCycleIsCaught() {
        JavaClasses planted = new ClassFileImporter().importPackages("cn.hotline12345.architecture.cycle");
        assertThat(noCyclesBetween("cn.hotline12345.architecture.cycle.(*)..").evaluate(planted).hasViolation())
                .isTrue();
    }
}
