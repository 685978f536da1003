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
}
