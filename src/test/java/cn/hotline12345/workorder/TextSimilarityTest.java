package cn.hotline12345.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void similarComplaintsScoreHighAndUnrelatedOnesLow() {
        assertThat(TextSimilarity.of("小区门口路灯坏了两周", "小区门口的路灯坏了两个星期")).isGreaterThan(0.35);
        assertThat(TextSimilarity.of("小区门口路灯坏了", "咨询社保卡补办流程")).isLessThan(0.1);
        assertThat(TextSimilarity.of("同一句话", "同一句话")).isEqualTo(1.0);
        assertThat(TextSimilarity.of("", "路灯")).isZero();
        assertThat(TextSimilarity.of(null, "路灯")).isZero();
    }

    @Test
    void punctuationAndCaseDoNotCount() {
        assertThat(TextSimilarity.of("WiFi信号差！", "wifi信号差")).isEqualTo(1.0);
    }
}
