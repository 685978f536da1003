package cn.hotline12345.telephony;

/** What an agent's phone is doing, from the queue's device state codes. */
public enum AgentStatus {
    IDLE,
    RINGING,
    ON_CALL,
    UNAVAILABLE;

    /** Asterisk's device states: 1 not in use, 2 in use, 3 busy, 4 invalid, 5 unavailable, 6 ringing, 7 ring in use, 8 on hold. */
    public static AgentStatus ofDeviceState(Integer code) {
        if (code == null) {
            return UNAVAILABLE;
        }
        return switch (code) {
            case 1 -> IDLE;
            case 2, 3, 7, 8 -> ON_CALL;
            case 6 -> RINGING;
            default -> UNAVAILABLE;
        };
    }
}
