package cn.hotline12345.sla;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The holiday calendar's strings ({cal:...} in templates). Chinese here; English in messages/cal_en.properties. */
@MessageBundle(value = "cal", locale = "zh-CN")
public interface CalendarMessages {

    @Message("节假日")
    String nav_holidays();

    @Message("法定节假日与调休")
    String title();

    @Message("按国务院办公厅每年秋季公布的安排，录入次年的法定节假日（放假）和周末调休上班日。按工作时间计算办理时限时，只有录入了的年份才按工作日计算；跨入未录入年份的时限按自然时间估算，并在工单上标明。")
    String intro();

    @Message("{years} 年的法定节假日和调休上班日尚未录入：跨入该年的办理时限只能按自然时间估算。")
    String missing(String years);

    @Message("去录入")
    String enter_now();

    @Message("年份")
    String year();

    @Message("放假天数")
    String holidays();

    @Message("调休上班天数")
    String workdays();

    @Message("最后修改")
    String updated();

    @Message("录入新的年份")
    String new_year();

    @Message("打开")
    String open();

    @Message("{year} 年节假日安排")
    String year_title(int year);

    @Message("尚未录入")
    String not_entered();

    @Message("每行一天：日期,类型,名称。类型写 HOLIDAY（或“放假”“休”）或 WORKDAY（或“上班”“班”），例如 {year}-10-01,HOLIDAY,国庆节。")
    String format_hint(int year);

    @Message("安排")
    String days_text();

    @Message("保存整年安排")
    String save();

    @Message("从文件导入（UTF-8 或 GBK 编码的 CSV，替换整年安排）")
    String import_file();

    @Message("导入")
    String import_action();

    @Message("日期")
    String date();

    @Message("类型")
    String kind();

    @Message("名称")
    String name();

    @Message("星期")
    String weekday();

    @Message("放假")
    String kind_HOLIDAY();

    @Message("调休上班")
    String kind_WORKDAY();

    @Message("时限为估算")
    String estimated();

    @Message("该时限跨入尚未录入节假日的年份，已按自然时间估算。")
    String estimated_hint();
}
