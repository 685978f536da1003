package cn.hotline12345.telephony;

import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.jboss.logging.Logger;

import cn.hotline12345.workorder.Satisfaction;

/**
 * FastAGI "survey": after the agent hangs up, the caller presses 1, 2 or 3 (two tries of five
 * seconds, after the prompt named by the dialplan, if any), and the answer is stored on the call
 * and its work orders.
 */
public class SurveyScript implements AgiScript {

    private static final Logger LOG = Logger.getLogger(SurveyScript.class);
    private static final int TRIES = 2;
    private static final int WAIT_MILLIS = 5_000;

    private final CallSurveys surveys;

    SurveyScript(CallSurveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String linkedId = channel.getFullVariable("${CHANNEL(linkedid)}");
        String prompt = request.getParameter("prompt");
        Optional<Satisfaction> answer = Optional.empty();
        for (int i = 0; i < TRIES && answer.isEmpty(); i++) {
            char digit = 0;
            if (prompt != null && !prompt.isBlank()) {
                digit = channel.streamFile(prompt, "123");
            }
            if (digit == 0) {
                digit = channel.waitForDigit(WAIT_MILLIS);
            }
            answer = SurveyAnswers.of(digit);
        }
        if (answer.isPresent()) {
            boolean stored = surveys.record(linkedId, answer.get());
            LOG.debugf("survey of call %s: %s%s", linkedId, answer.get(), stored ? "" : " (not stored: unknown or answered)");
        }
        channel.hangup();
    }
}
