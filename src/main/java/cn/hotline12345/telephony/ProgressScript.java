package cn.hotline12345.telephony;

import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.workorder.WorkOrder;

/**
 * FastAGI "progress": the caller keys in a work-order number (ending with #) and hears its state
 * (the prompt hotline/progress-STATE, e.g. progress-dispatched). The state is left in the channel
 * variable HOTLINE_ORDER_STATE (NOT_FOUND when there is no such order) for the dialplan. Only the
 * state is told: an order's content is never read out to a caller.
 */
public class ProgressScript implements AgiScript {

    private static final int MAX_DIGITS = 20;
    private static final long WAIT_MILLIS = 10_000;

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String prompt = request.getParameter("prompt");
        String number = prompt == null || prompt.isBlank() ? keyedIn(channel)
                : channel.getData(prompt, WAIT_MILLIS, MAX_DIGITS);
        Optional<String> state = number == null || number.isBlank() ? Optional.empty()
                : QuarkusTransaction.requiringNew().call(() -> WorkOrder.<WorkOrder>find("number", number.strip())
                        .firstResultOptional().map(o -> o.state.name()));
        String said = state.orElse("NOT_FOUND");
        channel.setVariable("HOTLINE_ORDER", number == null ? "" : number.strip());
        channel.setVariable("HOTLINE_ORDER_STATE", said);
        channel.streamFile("hotline/progress-" + said.toLowerCase().replace('_', '-'));
    }

    /** Digits up to # without a prompt (a PBX without recorded prompts, like the sandbox). */
    private static String keyedIn(AgiChannel channel) throws AgiException {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < MAX_DIGITS) {
            char digit = channel.waitForDigit((int) WAIT_MILLIS);
            if (digit == 0 || digit == '#') {
                break;
            }
            digits.append(digit);
        }
        return digits.toString();
    }
}
