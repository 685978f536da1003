package cn.hotline12345.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Unit names as dispatchers abbreviate them, polyphonic characters read by the word they are in. */
class PinyinInitialsTest {

    @Test
    void initialsFollowTheWordsOfTheName() {
        assertThat(PinyinInitials.of("佛山市人力资源和社会保障局")).isEqualTo("fssrlzyhshbzj");
        assertThat(PinyinInitials.of("禅城区人民政府")).isEqualTo("ccqrmzf");
        assertThat(PinyinInitials.of("顺德区乐从镇")).isEqualTo("sdqlcz");
        assertThat(PinyinInitials.of("中国银行佛山分行")).isEqualTo("zgyhfsfh");
    }

    @Test
    void lettersAndDigitsStayAndPunctuationGoes() {
        assertThat(PinyinInitials.of("12345热线（市级）")).isEqualTo("12345rxsj");
        assertThat(PinyinInitials.of("")).isEmpty();
        assertThat(PinyinInitials.of(null)).isEmpty();
    }
}
