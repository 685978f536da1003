package cn.hotline12345.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.RequestLocale;
import cn.hotline12345.common.Texts;
import cn.hotline12345.unit.UnitLevel;

/** The language and wording rules of answers, without a server. */
class ErrorMappingRulesTest {

    @Test
    void pagesSpeakChineseUnlessEnglishWasChosen() {
        assertThat(RequestLocale.resolve(null, List.of(Locale.US), false)).isEqualTo(Texts.CHINESE);
        assertThat(RequestLocale.resolve("en", List.of(), false)).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.resolve(null, List.of(Locale.US), true)).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.resolve(null, List.of(Locale.FRENCH, Locale.SIMPLIFIED_CHINESE), true)).isEqualTo(Texts.CHINESE);
    }

    @Test
    void everyProblemTypeHasATitleInBothLanguages() {
        for (ProblemType type : ProblemType.values()) {
            String zh = Texts.title(Texts.CHINESE, type);
            String en = Texts.title(Locale.ENGLISH, type);
            assertThat(zh).as(type.name()).doesNotStartWith("problem.").isNotEqualTo(en);
            assertThat(en).as(type.name()).doesNotStartWith("problem.");
        }
    }

    @Test
    void refusalsAreWordedWithTheirArguments() {
        DomainException refusal = new DomainException(ProblemType.RULE_VIOLATION, "unit.has-active-children", "440600-D001", 3);
        assertThat(Texts.describe(Texts.CHINESE, refusal)).isEqualTo("单位 440600-D001 还有 3 个启用的下级单位，请先调整或停用下级单位。");
        assertThat(Texts.describe(Locale.ENGLISH, refusal)).contains("3 active subunits");
    }

    @Test
    void queryParametersOfTheWrongTypeNameTheParameter() {
        assertThat(Params.enumValue("level", UnitLevel.class, "town")).isEqualTo(UnitLevel.TOWN);
        assertThat(Params.enumValue("level", UnitLevel.class, "")).isNull();
        assertThatThrownBy(() -> Params.enumValue("level", UnitLevel.class, "PROVINCE"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors()).extracting("field").containsExactly("level"));
        assertThatThrownBy(() -> Params.longValue("parentId", "abc")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Params.intValue("page", "99999999999")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Params.booleanValue("active", "maybe")).isInstanceOf(DomainException.class);
    }
}
