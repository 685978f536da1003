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

    @Message("我登记的工单")
    String panel_agent_orders();

    @Message("知识库检索")
    String panel_agent_knowledge();

    @Message("待派单")
    String panel_supervisor_dispatch();

    @Message("待审核答复")
    String panel_supervisor_review();

    @Message("延期申请")
    String panel_supervisor_extensions();

    @Message("超时工单")
    String panel_supervisor_overdue();

    @Message("本单位信息")
    String panel_unit_info();

    @Message("待签收工单")
    String panel_unit_to_sign();

    @Message("即将超时（22 小时答复时限）")
    String panel_unit_due_soon();

    @Message("待审核知识条目")
    String panel_editor_review();

    @Message("30 天内失效的条目")
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

    @Message("所属单位编码（仅成员单位经办人）")
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
}
