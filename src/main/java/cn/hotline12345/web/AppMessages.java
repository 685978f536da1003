package cn.hotline12345.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every string a page shows. Chinese here; English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    @Message("12345 政务服务热线")
    String app_title();

    @Message("佛山市 12345 政务服务热线工单系统")
    String app_subtitle();

    // Navigation
    @Message("首页")
    String nav_home();

    @Message("成员单位")
    String nav_units();

    @Message("账号管理")
    String nav_accounts();

    @Message("接口文档")
    String nav_api();

    @Message("退出")
    String nav_logout();

    @Message("English")
    String nav_other_language();

    @Message("en")
    String nav_other_language_tag();

    @Message("当前用户")
    String nav_signed_in_as();

    // Login
    @Message("登录")
    String login_title();

    @Message("用户名")
    String login_username();

    @Message("密码")
    String login_password();

    @Message("登录")
    String login_submit();

    @Message("用户名或密码错误，或账号已被锁定。")
    String login_error();

    @Message("您已安全退出。")
    String login_logged_out();

    @Message("演示账号（密码均为 {password}）")
    String login_demo_accounts(String password);

    // Roles
    @Message("话务员")
    String Role_AGENT();

    @Message("班长")
    String Role_SUPERVISOR();

    @Message("成员单位经办人")
    String Role_UNIT_HANDLER();

    @Message("知识库编辑")
    String Role_KB_EDITOR();

    @Message("知识库审核员")
    String Role_KB_REVIEWER();

    @Message("管理人员")
    String Role_MANAGER();

    @Message("系统管理员")
    String Role_ADMIN();

    // Unit levels and kinds
    @Message("市级")
    String UnitLevel_CITY();

    @Message("区级")
    String UnitLevel_DISTRICT();

    @Message("镇街级")
    String UnitLevel_TOWN();

    @Message("政府")
    String UnitKind_GOVERNMENT();

    @Message("职能部门")
    String UnitKind_DEPARTMENT();

    @Message("镇街")
    String UnitKind_TOWN_STREET();

    @Message("公共服务企业")
    String UnitKind_ENTERPRISE();

    // Home pages
    @Message("工作台")
    String home_title();

    @Message("您好，{name}")
    String home_greeting(String name);

    @Message("暂无数据")
    String panel_empty();

    @Message("今日来电")
    String panel_agent_calls();

    @Message("我今天登记的工单")
    String panel_agent_orders();

    @Message("知识库检索")
    String panel_agent_knowledge();

    @Message("待派单")
    String panel_supervisor_dispatch();

    @Message("待审核答复")
    String panel_supervisor_review();

    @Message("延期与挂起申请")
    String panel_supervisor_extensions();

    @Message("超时工单")
    String panel_supervisor_overdue();

    @Message("待回访")
    String panel_supervisor_callbacks();

    @Message("本月受理")
    String month_registered();

    @Message("本月办结")
    String month_closed();

    @Message("按时答复率")
    String month_on_time();

    @Message("满意率（满意与基本满意）")
    String month_satisfaction();

    @Message("本单位信息")
    String panel_unit_info();

    @Message("待签收工单")
    String panel_unit_to_sign();

    @Message("即将超时（22 小时答复时限）")
    String panel_unit_due_soon();

    @Message("待审核知识条目")
    String panel_editor_review();

    @Message("即将失效的条目")
    String panel_editor_expiring();

    @Message("本月运行概况")
    String panel_manager_month();

    @Message("运行情况通报")
    String panel_manager_bulletin();

    @Message("启用的成员单位")
    String panel_admin_units();

    @Message("账号")
    String panel_admin_accounts();

    @Message("管理")
    String panel_manage();

    // Units
    @Message("成员单位")
    String units_title();

    @Message("新增单位")
    String units_new();

    @Message("编码")
    String unit_code();

    @Message("名称")
    String unit_name();

    @Message("层级")
    String unit_level();

    @Message("类型")
    String unit_kind();

    @Message("上级单位")
    String unit_parent();

    @Message("联系电话")
    String unit_phone();

    @Message("状态")
    String unit_status();

    @Message("启用")
    String unit_active();

    @Message("停用")
    String unit_inactive();

    @Message("下级单位")
    String unit_children();

    @Message("无")
    String none();

    @Message("全部")
    String all();

    @Message("查询")
    String search();

    @Message("关键字")
    String keyword();

    @Message("保存")
    String save();

    @Message("取消")
    String cancel();

    @Message("已保存。")
    String saved();

    @Message("共 {total} 条，第 {page} / {pages} 页")
    String paging(long total, int page, int pages);

    @Message("输入单位名称、编码或拼音首字母")
    String unit_picker_hint();

    @Message("未找到单位")
    String unit_unknown();

    @Message("待审批的延期与挂起申请")
    String queues_requests_title();

    @Message("超时工单")
    String queues_overdue_title();

    @Message("待回访工单")
    String queues_callbacks_title();

    @Message("申请类型")
    String queue_kind();

    @Message("申请理由")
    String queue_reason();

    @Message("申请延至")
    String queue_requested_due();

    @Message("当前答复期限")
    String queue_current_due();

    @Message("申请人")
    String queue_requested_by();

    @Message("去审批")
    String queue_decide();

    @Message("超时")
    String queue_overdue_by();

    @Message("签收")
    String queue_signed();

    @Message("超时工单最多的单位")
    String queue_units();

    @Message("答复审核通过")
    String queue_reviewed_at();

    @Message("已等待")
    String queue_waited();

    @Message("来电号码")
    String queue_caller();

    @Message("同意回访")
    String queue_consent();

    @Message("去回访")
    String queue_call_back();

    @Message("办理结果")
    String queue_outcome();

    @Message("是")
    String yes();

    @Message("否")
    String no();

    @Message("{hours} 小时 {minutes} 分")
    String time_elapsed(long hours, long minutes);

    @Message("工作队列")
    String nav_queues();

    @Message("本单位知识")
    String nav_kb_own_unit();

    @Message("已签收")
    String inbox_signed();

    @Message("草稿")
    String panel_editor_drafts();

    @Message("请选择")
    String choose();

    @Message("没有符合条件的记录")
    String paging_empty();

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("调整上级")
    String unit_move();

    @Message("上级单位编码（留空为顶级）")
    String unit_move_parent_code();

    @Message("停用单位")
    String unit_deactivate();

    @Message("重新启用")
    String unit_activate();

    @Message("原因")
    String reason();

    @Message("单位只停用、不删除：历史工单和记录保持完整。")
    String unit_never_deleted();

    @Message("操作记录")
    String history();

    @Message("时间")
    String time();

    @Message("操作人")
    String actor();

    @Message("操作")
    String action();

    // Accounts
    @Message("账号管理")
    String accounts_title();

    @Message("新建账号")
    String accounts_new();

    @Message("用户名")
    String account_username();

    @Message("姓名")
    String account_display_name();

    @Message("角色")
    String account_role();

    @Message("所属单位")
    String account_unit();

    @Message("所属单位（仅成员单位经办人）")
    String account_unit_code();

    @Message("初始密码")
    String account_password();

    @Message("最近登录")
    String account_last_login();

    @Message("已锁定")
    String account_locked();

    @Message("正常")
    String account_ok();

    @Message("重置密码")
    String account_reset_password();

    @Message("新密码")
    String account_new_password();

    @Message("锁定账号")
    String account_lock();

    @Message("解除锁定")
    String account_unlock();

    // Errors
    @Message("出错了")
    String error_title();

    @Message("请求编号")
    String error_request_id();

    @Message("返回首页")
    String error_back_home();

    // Work orders
    @Message("工单")
    String nav_orders();

    @Message("登记工单")
    String nav_new_order();

    @Message("本单位工单")
    String nav_inbox();

    @Message("工单列表")
    String orders_title();

    @Message("登记工单")
    String order_new_title();

    @Message("本单位待办工单")
    String inbox_title();

    @Message("工单编号")
    String order_number();

    @Message("状态")
    String order_state();

    @Message("类型")
    String order_type();

    @Message("来源")
    String order_channel();

    @Message("分类")
    String order_category();

    @Message("来电号码")
    String order_caller_number();

    @Message("市民姓名")
    String order_caller_name();

    @Message("匿名")
    String order_anonymous();

    @Message("同意回访")
    String order_callback_consent();

    @Message("所在区")
    String order_district();

    @Message("所在镇街")
    String order_town();

    @Message("详细地址")
    String order_address();

    @Message("市民诉求（原话）")
    String order_citizen_text();

    @Message("话务员摘要")
    String order_summary();

    @Message("主办单位")
    String order_lead_unit();

    @Message("登记时间")
    String order_registered_at();

    @Message("答复时限")
    String order_reply_due();

    @Message("签收时限")
    String order_sign_due();

    @Message("剩余时间")
    String order_time_left();

    @Message("剩余 {hours} 小时 {minutes} 分")
    String time_left(long hours, long minutes);

    @Message("已超时 {hours} 小时 {minutes} 分")
    String time_overdue(long hours, long minutes);

    @Message("已挂起")
    String order_paused();

    @Message("催办 {count} 次")
    String order_urged(int count);

    @Message("办理单位")
    String order_dispatches();

    @Message("协办")
    String order_co_unit();

    @Message("主办")
    String order_lead();

    @Message("按时")
    String on_time();

    @Message("超时")
    String late();

    @Message("办理过程")
    String order_history();

    @Message("延期与挂起申请")
    String order_requests();

    @Message("直接答复并办结")
    String action_answer();

    @Message("答复内容")
    String field_answer();

    @Message("派单")
    String action_dispatch();

    @Message("主办单位")
    String field_lead_unit_code();

    @Message("协办单位（可多个）")
    String field_co_unit_codes();

    @Message("派单说明")
    String field_dispatch_note();

    @Message("回访记录")
    String field_callback_note();

    @Message("催办意见")
    String field_urge_note();

    @Message("签收")
    String action_sign();

    @Message("退单")
    String action_return();

    @Message("退单理由")
    String field_return_reason();

    @Message("答复")
    String action_reply();

    @Message("答复意见")
    String field_reply_text();

    @Message("办理结果")
    String field_outcome();

    @Message("审核通过")
    String action_accept();

    @Message("退回重办")
    String action_send_back();

    @Message("退回理由")
    String field_send_back_reason();

    @Message("回访")
    String action_callback();

    @Message("满意度")
    String field_satisfaction();

    @Message("办结")
    String action_close();

    @Message("催办")
    String action_urge();

    @Message("申请延期")
    String action_request_extension();

    @Message("申请延至")
    String field_extension_until();

    @Message("申请挂起")
    String action_request_pause();

    @Message("恢复计时")
    String action_resume();

    @Message("同意")
    String action_approve();

    @Message("不同意")
    String action_refuse();

    @Message("备注")
    String field_decision_note();

    @Message("理由")
    String field_reason();

    @Message("待处理")
    String panel_count_suffix();

    @Message("查看")
    String view();

    @Message("督办")
    String order_supervised();

    @Message("登记日期从")
    String filter_from();

    @Message("至")
    String filter_to();

    @Message("已合并到工单")
    String order_merged_into();

    @Message("可能重复的工单")
    String order_possible_duplicates();

    @Message("合并到此单")
    String action_merge();

    @Message("重新办理")
    String action_reopen();

    @Message("督办")
    String action_supervise();

    @Message("建议主办单位（点击填入）：")
    String routing_suggestions();

    @Message("规则：")
    String routing_rule();

    @Message("历史：办结同类工单 %s 件")
    String routing_history();

    @Message("已受理")
    String WorkOrderState_REGISTERED();

    @Message("已派单")
    String WorkOrderState_DISPATCHED();

    @Message("已签收")
    String WorkOrderState_SIGNED();

    @Message("已退单")
    String WorkOrderState_RETURNED();

    @Message("已答复")
    String WorkOrderState_REPLIED();

    @Message("审核通过")
    String WorkOrderState_REVIEWED();

    @Message("已回访")
    String WorkOrderState_CALLED_BACK();

    @Message("已办结")
    String WorkOrderState_CLOSED();

    @Message("咨询")
    String WorkOrderType_CONSULTATION();

    @Message("投诉")
    String WorkOrderType_COMPLAINT();

    @Message("求助")
    String WorkOrderType_HELP();

    @Message("建议")
    String WorkOrderType_SUGGESTION();

    @Message("举报")
    String WorkOrderType_REPORT();

    @Message("表扬")
    String WorkOrderType_PRAISE();

    @Message("电话")
    String Channel_PHONE();

    @Message("网络")
    String Channel_WEB();

    @Message("来访")
    String Channel_WALK_IN();

    @Message("其他")
    String Channel_OTHER();

    @Message("满意")
    String Satisfaction_SATISFIED();

    @Message("基本满意")
    String Satisfaction_BASICALLY_SATISFIED();

    @Message("不满意")
    String Satisfaction_DISSATISFIED();

    @Message("联系不上")
    String Satisfaction_UNREACHABLE();

    @Message("已解决")
    String ReplyOutcome_RESOLVED();

    @Message("已解释说明")
    String ReplyOutcome_EXPLAINED();

    @Message("无法解决")
    String ReplyOutcome_NOT_RESOLVABLE();

    @Message("延期")
    String Kind_EXTENSION();

    @Message("挂起")
    String Kind_PAUSE();

    @Message("待审批")
    String State_PENDING();

    @Message("已同意")
    String State_APPROVED();

    @Message("不同意")
    String State_REFUSED();

    // Knowledge base (the pages' own strings are in KnowledgeMessages)
    @Message("知识库")
    String nav_knowledge();

    @Message("知识采编")
    String nav_kb_manage();

    @Message("待审核")
    String nav_kb_review();

    @Message("即将失效")
    String nav_kb_expiring();

    @Message("纠错建议")
    String nav_kb_proposals();

    @Message("导入导出")
    String nav_kb_import();

    @Message("草稿")
    String KnowledgeState_DRAFT();

    @Message("待审核")
    String KnowledgeState_IN_REVIEW();

    @Message("已发布")
    String KnowledgeState_PUBLISHED();

    @Message("已归档")
    String KnowledgeState_ARCHIVED();

    @Message("待处理的纠错建议")
    String panel_editor_proposals();
}
