package cn.hotline12345.telephony;

import org.asteriskjava.manager.event.UserEvent;

/** UserEvent(HotlineMenu,Choice: N) from the inbound dialplan: the caller's menu choice. */
public class HotlineMenuEvent extends UserEvent {

    private static final long serialVersionUID = 1L;

    private String choice;
    private String linkedid;

    public HotlineMenuEvent(Object source) {
        super(source);
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getLinkedid() {
        return linkedid;
    }

    public void setLinkedid(String linkedid) {
        this.linkedid = linkedid;
    }
}
