package cn.hotline12345.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the statistics, assessment and bulletin pages and documents ({stat:...}).
 * Chinese here; English in messages/stat_en.properties.
 */
@MessageBundle(value = "stat", locale = "zh-CN")
public interface StatisticsMessages {

    @Message("市直部门")
    String UnitGroup_CITY_DEPARTMENT();

    @Message("区人民政府")
    String UnitGroup_DISTRICT_GOVERNMENT();

    @Message("区直部门")
    String UnitGroup_DISTRICT_DEPARTMENT();

    @Message("镇街")
    String UnitGroup_TOWN_STREET();

    @Message("公共服务企业")
    String UnitGroup_ENTERPRISE();

    @Message("按时答复率")
    String Measure_REPLIED_ON_TIME_RATE();

    @Message("及时签收率")
    String Measure_SIGNED_ON_TIME_RATE();

    @Message("满意率")
    String Measure_SATISFACTION_RATE();

    @Message("回访率")
    String Measure_CALLBACK_RATE();

    @Message("回退率")
    String Measure_RETURN_RATE();

    @Message("重办率")
    String Measure_SENT_BACK_RATE();

    @Message("超期未办率")
    String Measure_OVERDUE_RATE();

    @Message("人工扣分")
    String Measure_MANUAL();
}
