package cn.hotline12345.telephony;

import java.time.Instant;
import java.util.List;

/**
 * What the agent's screen shows the moment a call connects: who calls, their past calls and open
 * work orders, and where to register a new order linked to this call.
 */
public record ScreenPop(String linkedId, String extension, String callerNumber, String menuChoice, String queue,
        Instant answeredAt, List<PastCall> pastCalls, List<OpenOrder> openOrders, String registerUrl) {

    public record PastCall(Instant startedAt, String queue, Integer talkSeconds, boolean abandoned,
            String agentExtension) {
    }

    public record OpenOrder(long id, String number, String summary, String state, Instant registeredAt) {
    }
}
