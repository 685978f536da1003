package cn.hotline12345.telephony;

/** The PBX events a call record is built from. */
public enum PbxEventKind {
    /** A channel created in the inbound context: a call to 12345 begins. */
    CALL_START,
    /** The caller's menu choice (UserEvent HotlineMenu). */
    MENU,
    /** Where the call is recorded (UserEvent HotlineRecording). */
    RECORDING,
    QUEUE_JOIN,
    QUEUE_ABANDON,
    AGENT_CALLED,
    AGENT_RING_NO_ANSWER,
    AGENT_CONNECT,
    AGENT_COMPLETE,
    HANGUP,
    /** A call detail record of one channel (cdr_manager, with the call's Linkedid mapped in). */
    CDR,
    /**
     * Made by the adapter, not the PBX: after a disconnect the call was no longer on the PBX, so it
     * ended while nobody listened (at the latest at this time).
     */
    RECONCILED_END
}
