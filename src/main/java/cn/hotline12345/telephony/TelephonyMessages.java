package cn.hotline12345.telephony;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The telephony strings ({tel:...} in templates). Chinese here; English in messages/tel_en.properties. */
@MessageBundle(value = "tel", locale = "zh-CN")
public interface TelephonyMessages {

    @Message("来电弹屏")
    String pop_title();

    @Message("来电号码")
    String pop_caller();

    @Message("按键")
    String pop_menu();

    @Message("以往来电")
    String pop_past_calls();

    @Message("未办结工单")
    String pop_open_orders();

    @Message("无")
    String pop_none();

    @Message("登记工单")
    String pop_register();

    @Message("关闭")
    String pop_close();

    @Message("放弃")
    String pop_abandoned();

    @Message("通话")
    String talk();

    @Message("等待")
    String waited();

    @Message("秒")
    String seconds();

    @Message("分机")
    String extension();

    @Message("1 咨询")
    String menu_1();

    @Message("2 投诉求助")
    String menu_2();

    @Message("3 工单查询")
    String menu_3();

    @Message("关联来电")
    String call_linked();

    @Message("本工单由来电登记")
    String call_registered_from();

    @Message("回拨列表")
    String callbacks_title();

    @Message("排队时挂断的来电。点“回拨”后您的分机先振铃，接起后系统拨打市民号码。")
    String callbacks_hint();

    @Message("回拨")
    String callbacks_call();

    @Message("已接通您的分机，正在拨打市民")
    String callbacks_done();

    @Message("外呼失败")
    String callbacks_failed();

    @Message("空闲")
    String status_IDLE();

    @Message("振铃")
    String status_RINGING();

    @Message("通话中")
    String status_ON_CALL();

    @Message("未签入")
    String status_UNAVAILABLE();

    @Message("示忙")
    String paused();

    @Message("示忙")
    String pause();

    @Message("取消示忙")
    String resume();

    @Message("用我的分机呼叫（回访）")
    String dial_caller();

    @Message("您的分机已接起，正在拨打")
    String dial_done();
}
