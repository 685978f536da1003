package cn.hotline12345.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masking.phone("075782768276")).isEqualTo("075*****8276");
        assertThat(Masking.phone("12345")).isEqualTo("***45");
    }

    @Test
    void namesKeepTheirSurnameAndTitle() {
        assertThat(Masking.name("张女士")).isEqualTo("张女士");
        assertThat(Masking.name("李建国先生")).isEqualTo("李先生");
        assertThat(Masking.name("王小明")).isEqualTo("王某");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳某");
    }

    @Test
    void numbersAndTheNameInAFreeTextAreMasked() {
        String text = "王小明来电，手机13912345678，座机0757-82768276，身份证440602199001011234，要求回电。";
        assertThat(Masking.text(text, "王小明")).isEqualTo(
                "王某来电，手机139****5678，座机0757-****8276，身份证440602********1234，要求回电。");
        assertThat(Masking.text("订单号20261203000123不是电话", null)).isEqualTo("订单号20261203000123不是电话");
    }

    @Test
    void numbersWrittenOtherwiseAreMaskedToo() {
        assertThat(Masking.text("电话+8613912345678或86 139 1234 5678，或138-1234-5678", null))
                .isEqualTo("电话+86139****5678或86 139****5678，或138****5678");
        assertThat(Masking.text("座机(0757)83331234，本地83331234，旧身份证440602900101123", null))
                .isEqualTo("座机(0757)****1234，本地****1234，旧身份证440602********123");
        assertThat(Masking.text("手机１３９１２３４５６７８", null)).isEqualTo("手机139****5678");
    }
}
