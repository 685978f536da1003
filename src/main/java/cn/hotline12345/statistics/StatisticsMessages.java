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

    @Message("统计分析")
    String nav_statistics();

    @Message("考评")
    String nav_assessment();

    @Message("运行情况通报")
    String nav_bulletins();

    @Message("统计分析")
    String stats_title();

    @Message("开始日期")
    String period_from();

    @Message("结束日期")
    String period_to();

    @Message("本月")
    String period_this_month();

    @Message("上月")
    String period_last_month();

    @Message("本季度")
    String period_this_quarter();

    @Message("本年")
    String period_this_year();

    @Message("近 7 天")
    String period_last_7_days();

    @Message("区")
    String scope_district();

    @Message("分类")
    String scope_category();

    @Message("渠道")
    String scope_channel();

    @Message("类型")
    String scope_type();

    @Message("单位分组")
    String scope_group();

    @Message("全部")
    String all();

    @Message("统计")
    String show();

    @Message("导出 Excel")
    String export_xlsx();

    @Message("数据来自报表备库")
    String source_standby();

    @Message("数据来自主库")
    String source_primary();

    @Message("环比")
    String compare_previous();

    @Message("同比")
    String compare_last_year();

    @Message("话务")
    String section_calls();

    @Message("工单受理")
    String section_orders();

    @Message("成员单位办理情况")
    String section_units();

    @Message("热点、难点")
    String section_topics();

    @Message("人工服务来电")
    String calls_offered();

    @Message("接通")
    String calls_answered();

    @Message("接通率")
    String calls_answer_rate();

    @Message("15 秒接通率")
    String calls_service_level();

    @Message("放弃")
    String calls_abandoned();

    @Message("漏接回拨")
    String calls_called_back();

    @Message("平均等待（秒）")
    String calls_wait();

    @Message("平均通话（秒）")
    String calls_talk();

    @Message("来电满意度")
    String calls_survey();

    @Message("各时段来电")
    String calls_by_hour();

    @Message("受理工单")
    String orders_registered();

    @Message("直接办结率")
    String orders_direct();

    @Message("派发成员单位")
    String orders_dispatched();

    @Message("办结")
    String orders_closed();

    @Message("期末未办结")
    String orders_open();

    @Message("每日受理")
    String orders_by_day();

    @Message("按分类")
    String orders_by_category();

    @Message("按区")
    String orders_by_district();

    @Message("按时答复率")
    String units_on_time();

    @Message("及时签收率")
    String units_signed();

    @Message("满意率")
    String units_satisfaction();

    @Message("超期未办")
    String units_overdue();

    @Message("按时答复率排名（派单不少于 5 件）")
    String units_ranking();

    @Message("单位")
    String col_unit();

    @Message("分组")
    String col_group();

    @Message("派单")
    String col_dispatched();

    @Message("及时签收")
    String col_signed_on_time();

    @Message("答复")
    String col_replied();

    @Message("按时答复")
    String col_replied_on_time();

    @Message("退单")
    String col_returned();

    @Message("重办")
    String col_sent_back();

    @Message("催办")
    String col_urged();

    @Message("督办")
    String col_supervised();

    @Message("延期")
    String col_extended();

    @Message("回访")
    String col_called_back();

    @Message("满意")
    String col_satisfied();

    @Message("不满意")
    String col_dissatisfied();

    @Message("件数")
    String col_count();

    @Message("占比")
    String col_share();

    @Message("上期")
    String col_previous();

    @Message("环比")
    String col_change();

    @Message("排名")
    String col_rank();

    @Message("得分")
    String col_points();

    @Message("热点词")
    String col_word();

    @Message("分类")
    String col_topic();

    @Message("主要涉及区")
    String col_districts();

    @Message("主要承办单位")
    String col_units();

    @Message("增长较快的诉求")
    String topics_growing();

    @Message("热点词（较前期显著增多）")
    String topics_words();

    @Message("退回重办较多")
    String topics_sent_back();

    @Message("期末超期较多")
    String topics_overdue();

    @Message("不满意较多")
    String topics_dissatisfied();

    @Message("重复来电")
    String topics_repeat();

    @Message("暂无")
    String none();

    @Message("未排名")
    String not_ranked();

    @Message("查看工单")
    String view_orders();

    @Message("成员单位考评")
    String assess_title();

    @Message("考评月份")
    String assess_month();

    @Message("考评方案")
    String assess_scheme();

    @Message("第 {a0} 版")
    String assess_scheme_version(int a0);

    @Message("派单不少于 {a0} 件的单位参与排名")
    String assess_min_orders(int a0);

    @Message("红榜")
    String assess_red();

    @Message("黑榜")
    String assess_black();

    @Message("主要失分")
    String assess_costliest();

    @Message("第 {a0} 名（共 {a1} 个）")
    String assess_ranked_of(Integer a0, int a1);

    @Message("扣分与加分")
    String assess_adjustments();

    @Message("录入")
    String assess_adjust();

    @Message("指标")
    String assess_indicator();

    @Message("总分")
    String assess_indicator_total();

    @Message("分值（扣分为负）")
    String assess_points_delta();

    @Message("理由")
    String assess_reason();

    @Message("相关工单 ID（可选）")
    String assess_order_id();

    @Message("撤销")
    String assess_withdraw();

    @Message("录入人")
    String assess_by();

    @Message("考评得分卡")
    String scorecard_title();

    @Message("得分")
    String scorecard_points();

    @Message("分值")
    String scorecard_weight();

    @Message("实际")
    String scorecard_rate();

    @Message("失分")
    String scorecard_lost();

    @Message("近 12 个月")
    String scorecard_trend();

    @Message("失分工单")
    String scorecard_drill();

    @Message("本单位考评")
    String scorecard_mine();

    @Message("失分明细")
    String lost_title();

    @Message("时间")
    String lost_at();

    @Message("答复时限")
    String lost_due();

    @Message("考评方案设置")
    String scheme_title();

    @Message("方案名称")
    String scheme_name();

    @Message("参与排名最少派单数")
    String scheme_min_orders();

    @Message("红黑榜名额")
    String scheme_list_size();

    @Message("代码")
    String scheme_code();

    @Message("名称")
    String scheme_label();

    @Message("计分依据")
    String scheme_measure();

    @Message("分值")
    String scheme_weight();

    @Message("满分线")
    String scheme_full();

    @Message("零分线")
    String scheme_zero();

    @Message("修订说明")
    String scheme_note();

    @Message("保存为新版本")
    String scheme_save();

    @Message("历史版本")
    String scheme_versions();

    @Message("分值合计 100；比率填 0–1 之间的小数（0.95 即 95%）；越高越好的指标满分线高于零分线，越低越好的（回退率、重办率）低于零分线；人工扣分指标不填比率。")
    String scheme_hint();

    @Message("已保存")
    String saved();

    @Message("运行情况通报")
    String bulletins_title();

    @Message("编发")
    String bulletin_create();

    @Message("月份")
    String bulletin_month();

    @Message("文号")
    String bulletin_number();

    @Message("状态")
    String bulletin_state();

    @Message("草稿")
    String bulletin_draft();

    @Message("已发布（第 {a0} 版）")
    String bulletin_published(int a0);

    @Message("工作稿：发布后内容即冻结，此后修改须作为修订重新发布。")
    String bulletin_working_copy();

    @Message("数据统计于 {a0}")
    String bulletin_computed_at(String a0);

    @Message("重新统计")
    String bulletin_refresh();

    @Message("编写正文")
    String bulletin_narrative();

    @Message("导语")
    String bulletin_foreword();

    @Message("热点难点问题")
    String bulletin_hot_issues();

    @Message("经验做法")
    String bulletin_good_practice();

    @Message("存在问题")
    String bulletin_problems();

    @Message("保存")
    String bulletin_save();

    @Message("典型案例")
    String bulletin_cases();

    @Message("工单编号")
    String bulletin_case_number();

    @Message("点评")
    String bulletin_case_note();

    @Message("选为典型案例")
    String bulletin_case_add();

    @Message("移除")
    String bulletin_case_remove();

    @Message("发布")
    String bulletin_publish();

    @Message("修订说明（更正时必填）")
    String bulletin_publish_note();

    @Message("发布记录")
    String bulletin_revisions();

    @Message("PDF")
    String bulletin_download_pdf();

    @Message("Excel")
    String bulletin_download_xlsx();

    @Message("CSV")
    String bulletin_download_csv();

    @Message("预览 PDF")
    String bulletin_preview_pdf();

    @Message("暂无通报")
    String bulletin_none();

    @Message("最新通报")
    String bulletin_latest();

    @Message("本月草稿")
    String bulletin_draft_of();

    @Message("本单位版：成员单位表只列本单位，红黑榜为全市公布名单。")
    String bulletin_unit_edition();

    @Message("工单检索服务暂时无法连接：热点词与重复来电暂缺，其余数据不受影响。")
    String topics_index_unavailable();
}
