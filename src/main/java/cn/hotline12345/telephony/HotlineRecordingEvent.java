package cn.hotline12345.telephony;

import org.asteriskjava.manager.event.UserEvent;

/** UserEvent(HotlineRecording,File: PATH) from the inbound dialplan: where the call is recorded. */
public class HotlineRecordingEvent extends UserEvent {

    private static final long serialVersionUID = 1L;

    private String file;
    private String linkedid;

    public HotlineRecordingEvent(Object source) {
        super(source);
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getLinkedid() {
        return linkedid;
    }

    public void setLinkedid(String linkedid) {
        this.linkedid = linkedid;
    }
}
