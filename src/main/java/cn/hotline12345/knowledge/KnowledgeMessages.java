package cn.hotline12345.knowledge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The knowledge-base pages' strings ({kb:...} in templates). Chinese here; English in messages/kb_en.properties. */
@MessageBundle(value = "kb", locale = "zh-CN")
public interface KnowledgeMessages {

    @Message("修改")
    String action_EDIT();

    @Message("提交审核")
    String action_SUBMIT();

    @Message("审核通过并发布")
    String action_PUBLISH();

    @Message("退回修改")
    String action_REJECT();

    @Message("归档")
    String action_ARCHIVE();

    @Message("回滚")
    String action_ROLLBACK();

    @Message("全部")
    String all();

    @Message("答复了来电")
    String answered_caller();

    @Message("答复了来电，附加到工单")
    String attach();

    @Message("已附加")
    String attached();

    @Message("已附加的知识")
    String attached_title();

    @Message("编号")
    String code();

    @Message("编号（可不填，自动生成）")
    String code_optional();

    @Message("比较")
    String compare();

    @Message("从版本")
    String compare_from();

    @Message("到版本")
    String compare_to();

    @Message("第 {from} 版 → 第 {to} 版")
    String diff_title(int from, int to);

    @Message("文号")
    String document_number();

    @Message("修改知识条目")
    String edit_title();

    @Message("有效期")
    String effective();

    @Message("生效日期")
    String effective_from();

    @Message("知识条目")
    String entry();

    @Message("失效日期")
    String expires();

    @Message("{days} 天内失效的知识条目")
    String expiring_title(int days);

    @Message("导出 CSV")
    String export_csv();

    @Message("导出 JSON")
    String export_json();

    @Message("字段")
    String field();

    @Message("导入")
    String do_import();

    @Message("共 {rows} 行：新增 {created}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}。")
    String import_counts(int rows, int created, int updated, int unchanged, int rejected);

    @Message("文件（.csv 或 .json）")
    String import_file();

    @Message("按编号匹配：同一文件再次导入不会产生重复；有改动的行生成新版本。格式见 knowledge-base/README.md。")
    String import_help();

    @Message("导入后直接发布")
    String import_publish();

    @Message("导入结果")
    String import_report();

    @Message("导入导出知识条目")
    String import_title();

    @Message("包括不在有效期内的条目")
    String include_not_in_force();

    @Message("关键词")
    String keywords();

    @Message("关键词（用 | 分隔）")
    String keywords_hint();

    @Message("行")
    String line();

    @Message("当前发布")
    String live();

    @Message("知识采编")
    String manage_title();

    @Message("新建知识条目")
    String new_entry();

    @Message("两个版本内容相同。")
    String no_changes();

    @Message("长期有效")
    String no_expiry();

    @Message("没有找到相关知识。")
    String no_results();

    @Message("不在有效期内")
    String not_in_force();

    @Message("责任单位")
    String owner();

    @Message("责任单位")
    String owner_code();

    @Message("知识库检索")
    String panel_title();

    @Message("已发布第 {version} 版，有待审核的修改")
    String pending_changes(int version);

    @Message("建议内容")
    String proposal_text();

    @Message("纠错建议")
    String proposals();

    @Message("提出纠错建议")
    String propose();

    @Message("提交建议")
    String propose_submit();

    @Message("待处理")
    String proposal_OPEN();

    @Message("已采纳")
    String proposal_ACCEPTED();

    @Message("未采纳")
    String proposal_DECLINED();

    @Message("采纳")
    String proposal_accept();

    @Message("不采纳")
    String proposal_decline();

    @Message("发布 {version}")
    String published_short(int version);

    @Message("市民的问题")
    String question();

    @Message("原因")
    String reason();

    @Message("适用区域")
    String region();

    @Message("与本工单相关")
    String related();

    @Message("回滚到第几版")
    String rollback_to();

    @Message("保存（生成新版本）")
    String save();

    @Message("修改说明")
    String save_note();

    @Message("检索")
    String search();

    @Message("输入市民的问题，如：社保卡丢了怎么补")
    String search_placeholder();

    @Message("知识库检索")
    String search_title();

    @Message("答复口径")
    String section_summary();

    @Message("办理条件")
    String section_conditions();

    @Message("所需材料")
    String section_materials();

    @Message("办理流程")
    String section_steps();

    @Message("收费标准")
    String section_fees();

    @Message("办理时限")
    String section_timeLimit();

    @Message("办理地点")
    String section_location();

    @Message("法律依据")
    String section_legalBasis();

    @Message("标题")
    String section_title();

    @Message("分类")
    String section_category();

    @Message("责任单位")
    String section_unit();

    @Message("适用区域")
    String section_region();

    @Message("关键词")
    String section_keywords();

    @Message("同义词")
    String section_synonyms();

    @Message("文号")
    String section_documentNumber();

    @Message("生效日期")
    String section_effectiveFrom();

    @Message("失效日期")
    String section_expiresOn();

    @Message("市民的说法 / 同义词（用 | 分隔）")
    String synonyms_hint();

    @Message("已记录，谢谢")
    String thanks();

    @Message("标题")
    String title();

    @Message("标题或编号")
    String title_or_code();

    @Message("找到 {total} 条，用时 {took} 毫秒")
    String total(long total, long took);

    @Message("知识库检索暂时不可用，请稍后再试。")
    String unavailable();

    @Message("最后修改")
    String updated();

    @Message("答复次数")
    String usage();

    @Message("版本")
    String version();

    @Message("第 {n} 版")
    String version_n(int n);

    @Message("历史版本")
    String versions();

    @Message("审核流程")
    String workflow();

    @Message("发布说明")
    String note_publish();

    @Message("退回理由（必填）")
    String note_reject();

    @Message("归档原因")
    String note_archive();

    @Message("处理意见")
    String note_decision();

    @Message("修改说明")
    String note_version();

    @Message("本工单未附加知识条目。")
    String none_attached();
}
