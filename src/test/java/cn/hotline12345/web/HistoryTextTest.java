package cn.hotline12345.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.hotline12345.knowledge.KnowledgeAction;
import cn.hotline12345.workorder.WorkOrderAction;

/** History lines read in words, in both languages, for every action a history can hold. */
class HistoryTextTest {

    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Test
    void everyOrderAndKnowledgeActionHasWordsInBothLanguages() {
        List<String> codes = Stream.concat(
                Stream.concat(Stream.of("REGISTER", "MERGED_IN", "CALL_SURVEY"),
                        Stream.of(WorkOrderAction.values()).map(Enum::name)),
                Stream.concat(Stream.of("CREATE", "IMPORT", "PROPOSE", "PROPOSAL_ACCEPTED", "PROPOSAL_DECLINED", "ATTACH"),
                        Stream.of(KnowledgeAction.values()).map(Enum::name)).map(code -> "KNOWLEDGE_" + code))
                .toList();
        for (String code : codes) {
            String chinese = HistoryText.action(CHINESE, code);
            String english = HistoryText.action(Locale.ENGLISH, code);
            assertThat(chinese).as(code).isNotEqualTo(code).matches(".*\\p{IsHan}.*");
            assertThat(english).as(code).isNotEqualTo(code).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void auditDetailsNameTheirFieldsAndValues() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("role", "UNIT_HANDLER");
        after.put("unit", "440600-D015");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", Map.of("role", "ADMIN"));
        details.put("after", after);
        assertThat(HistoryText.action(CHINESE, "account.updated")).isEqualTo("修改账号");
        assertThat(HistoryText.details(CHINESE, details))
                .isEqualTo("修改前：（角色：系统管理员）；修改后：（角色：成员单位经办人；单位：440600-D015）");
        assertThat(HistoryText.details(Locale.ENGLISH, details))
                .isEqualTo("before: (role: administrator); after: (role: member-unit handler; unit: 440600-D015)");
    }

    @Test
    void whatHasNoWordsYetShowsAsRecorded() {
        assertThat(HistoryText.action(CHINESE, "something.new")).isEqualTo("something.new");
        assertThat(HistoryText.details(CHINESE, Map.of("newField", "X1"))).isEqualTo("newField：X1");
    }
}
