package cn.hotline12345.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.telephony.CallGenerator;
import cn.hotline12345.telephony.CallRecord;

/** Places calls on the real Asterisk sandbox and waits for their records. */
public final class Calls {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private Calls() {
    }

    /** A caller number no other test uses. */
    public static String newCallerNumber() {
        return String.format("1380%07d", NEXT.incrementAndGet() % 10_000_000);
    }

    public static CallGenerator generator() throws IOException {
        Map<String, String> sandbox = AsteriskResource.sandbox();
        return new CallGenerator(sandbox.get("HOTLINE_AMI_HOST"), Integer.parseInt(sandbox.get("HOTLINE_AMI_PORT")),
                sandbox.get("HOTLINE_CALLGEN_USERNAME"), sandbox.get("HOTLINE_CALLGEN_SECRET"));
    }

    /** Every sandbox agent's extension (8001...). */
    public static List<String> allAgents() {
        List<String> agents = new ArrayList<>();
        for (int ext = 8001; ext <= 8060; ext++) {
            agents.add(Integer.toString(ext));
        }
        return agents;
    }

    /** Every sandbox agent but these: for a call only they may answer (when busy, it waits for them). */
    public static List<String> allAgentsBut(String... answering) {
        List<String> others = new ArrayList<>(allAgents());
        others.removeAll(List.of(answering));
        return others;
    }

    /** The records of a caller's calls, newest first. */
    public static List<CallRecord> ofCaller(String number) {
        return QuarkusTransaction.requiringNew().call(() -> CallRecord.<CallRecord>find("#CallRecord.ofCaller", number)
                .list());
    }

    /** Waits until the caller has calls that all satisfy the condition; returns them. */
    public static List<CallRecord> await(String number, int calls, Predicate<CallRecord> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CallRecord> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = ofCaller(number);
            if (seen.size() >= calls && seen.stream().allMatch(condition)) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("calls of " + number + " did not reach the expected state within " + timeout
                + "; records: " + seen.stream().map(c -> c.linkedId + " " + c.state + " agent " + c.agentExtension)
                        .toList());
    }
}
