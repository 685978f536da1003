package cn.hotline12345.telephony;

/** Where a call is, as far as its events tell. */
public enum CallState {
    /** In the welcome and menu. */
    IVR,
    /** Waiting in a queue for an agent. */
    QUEUED,
    /** Talking to an agent. */
    CONNECTED,
    /** The caller has hung up. */
    ENDED
}
