package cn.hotline12345.telephony;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * Places simulated calls on the Asterisk sandbox: an AMI Originate of a Local channel into the
 * inbound dialplan, whose other half plays the citizen (telephony/asterisk/sandbox). For tests, the
 * demo and the benchmarks; it needs the sandbox's generator user, which may only originate.
 *
 *   telephony/generate-calls.sh [--calls N] [--per-second R] [--abandon FRACTION] [--talk SECONDS]
 */
public final class CallGenerator implements AutoCloseable {

    /** One simulated call: who calls, what they press and how the agents behave for it. */
    public record Scenario(String callerNumber, String menuChoice, int staySeconds, Integer surveyDigit,
            List<String> agentsNotAnswering, int ringSeconds, int talkSeconds, String keyedDigits) {

        /** A caller who presses a choice and talks to the first agent for talkSeconds. */
        public static Scenario answered(String callerNumber, String menuChoice, int talkSeconds) {
            return new Scenario(callerNumber, menuChoice, 3600, null, List.of(), 1, talkSeconds, null);
        }

        /** A caller who hangs up after staySeconds while no agent answers. */
        public static Scenario abandoned(String callerNumber, String menuChoice, int staySeconds,
                List<String> allAgents) {
            return new Scenario(callerNumber, menuChoice, staySeconds, null, allAgents, 1, 0, null);
        }

        /** A caller who asks the progress of a work order (menu 3) and stays staySeconds. */
        public static Scenario progressLookup(String callerNumber, String orderNumber, int staySeconds) {
            return new Scenario(callerNumber, "3", staySeconds, null, List.of(), 1, 0, orderNumber);
        }

        public Scenario notAnsweredBy(List<String> extensions) {
            return new Scenario(callerNumber, menuChoice, staySeconds, surveyDigit, extensions, ringSeconds,
                    talkSeconds, keyedDigits);
        }

        public Scenario withSurvey(int digit) {
            return new Scenario(callerNumber, menuChoice, staySeconds, digit, agentsNotAnswering, ringSeconds,
                    talkSeconds, keyedDigits);
        }
    }

    public static final String INBOUND = "Local/12345@hotline-inbound";
    public static final String CALLER_CONTEXT = "hotline-sandbox-caller";

    private final ManagerConnection connection;

    public CallGenerator(String host, int port, String username, String secret) throws IOException {
        connection = new ManagerConnectionFactory(host, port, username, secret).createManagerConnection();
        try {
            connection.login("off");
        } catch (Exception e) {
            throw new IOException("cannot log in to the PBX at " + host + ":" + port + " as " + username + ": "
                    + e.getMessage(), e);
        }
    }

    /** Places the call and returns at once; the PBX plays it out. */
    public void place(Scenario scenario) throws IOException {
        OriginateAction originate = new OriginateAction();
        originate.setChannel(INBOUND);
        originate.setContext(CALLER_CONTEXT);
        originate.setExten("call");
        originate.setPriority(1);
        originate.setCallerId(scenario.callerNumber() + " <" + scenario.callerNumber() + ">");
        originate.setAsync(true);
        originate.setTimeout(30_000L);
        originate.setVariable("SIM_CHOICE", scenario.menuChoice());
        originate.setVariable("SIM_STAY", Integer.toString(scenario.staySeconds()));
        if (scenario.keyedDigits() != null) {
            originate.setVariable("SIM_DIGITS", scenario.keyedDigits());
        }
        if (scenario.surveyDigit() != null) {
            originate.setVariable("SIM_SURVEY", scenario.surveyDigit().toString());
        }
        // Inherited (__) down to the queue's calls to the agents.
        originate.setVariable("__SIM_NOANSWER", String.join(" ", scenario.agentsNotAnswering()));
        originate.setVariable("__SIM_RING", Integer.toString(scenario.ringSeconds()));
        originate.setVariable("__SIM_TALK", Integer.toString(scenario.talkSeconds()));
        try {
            ManagerResponse response = connection.sendAction(originate, 10_000);
            if (response instanceof ManagerError error) {
                throw new IOException("the PBX refused the call: " + error.getMessage());
            }
        } catch (org.asteriskjava.manager.TimeoutException e) {
            throw new IOException("the PBX did not answer the Originate in time", e);
        }
    }

    /** The names of the channels active on the PBX now (to check what a test or a demo set off). */
    public List<String> activeChannels() throws IOException {
        try {
            return connection.sendEventGeneratingAction(new org.asteriskjava.manager.action.CoreShowChannelsAction(), 10_000)
                    .getEvents().stream().filter(org.asteriskjava.manager.event.CoreShowChannelEvent.class::isInstance)
                    .map(e -> ((org.asteriskjava.manager.event.CoreShowChannelEvent) e).getChannel()).toList();
        } catch (org.asteriskjava.manager.EventTimeoutException e) {
            throw new IOException("the PBX did not list its channels in time", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.logoff();
        } catch (RuntimeException e) {
            // already disconnected
        }
    }

    /** Command line: a mix of answered and abandoned calls at a steady rate. */
    public static void main(String[] args) throws Exception {
        int calls = 10;
        double perSecond = 2;
        double abandon = 0.2;
        int talk = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--calls" -> calls = Integer.parseInt(args[i + 1]);
                case "--per-second" -> perSecond = Double.parseDouble(args[i + 1]);
                case "--abandon" -> abandon = Double.parseDouble(args[i + 1]);
                case "--talk" -> talk = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String secret = System.getenv("HOTLINE_CALLGEN_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("HOTLINE_CALLGEN_SECRET is not set: run telephony/generate-calls.sh");
        }
        int agents = Integer.parseInt(System.getenv().getOrDefault("HOTLINE_SANDBOX_AGENTS", "60"));
        List<String> everyAgent = new ArrayList<>();
        for (int ext = 8001; ext <= 8000 + agents; ext++) {
            everyAgent.add(Integer.toString(ext));
        }
        Random random = new Random();
        try (CallGenerator generator = new CallGenerator(System.getenv().getOrDefault("HOTLINE_AMI_HOST", "127.0.0.1"),
                Integer.parseInt(System.getenv().getOrDefault("HOTLINE_AMI_PORT", "5038")),
                System.getenv().getOrDefault("HOTLINE_CALLGEN_USERNAME", "hotline-callgen"), secret)) {
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                String number = String.format(Locale.ROOT, "1390757%04d", random.nextInt(10_000));
                String choice = random.nextInt(3) == 0 ? "2" : "1";
                Scenario scenario = random.nextDouble() < abandon
                        ? Scenario.abandoned(number, choice, 3 + random.nextInt(8), everyAgent)
                        : Scenario.answered(number, choice, talk / 2 + random.nextInt(talk + 1))
                                .withSurvey(1 + random.nextInt(3));
                generator.place(scenario);
                long due = started + (long) ((i + 1) * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            System.out.printf("placed %d calls%n", calls);
        }
    }
}
