package cn.hotline12345.telephony;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The connection to the PBX's manager interface. One supervisor thread owns it: takes the
 * leadership (only one app instance reads AMI), logs in, pings to keep it alive, and after a loss
 * connects again with a growing pause. The library's own reconnection is stopped each time, so
 * there is never more than one connection and one set of reader threads.
 */
@ApplicationScoped
public class AmiConnector {

    private static final Logger LOG = Logger.getLogger(AmiConnector.class);

    /** The advisory lock key of the AMI leadership ("12345AMI"). */
    private static final long LEADER_KEY = 0x3132333435414D49L;

    public enum State {
        /** Telephony is switched off. */
        DISABLED,
        /** Another instance reads AMI; this one waits to take over. */
        STANDBY,
        CONNECTING,
        CONNECTED,
        /** The connection was lost or refused; the next attempt is scheduled. */
        RECONNECTING
    }

    @Inject
    TelephonyConfig config;

    @Inject
    CallEventIngest ingest;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Inject
    Reconciler reconciler;

    @Inject
    AgentStates agentStates;

    private volatile State state = State.DISABLED;
    private volatile Instant since = Instant.now();
    private volatile String lastError;
    private volatile boolean lost;
    private volatile ManagerConnection connection;
    private ScheduledExecutorService supervisor;
    private LeaderLock leadership;
    private PbxEvents events;
    private Duration backoff;
    private ScheduledFuture<?> pending;
    private volatile Instant awayUntil = Instant.MIN;
    private Instant lastReconciled = Instant.MIN;

    void onStart(@Observes StartupEvent event) {
        meters.gauge("hotline.telephony.ami.connected", this, c -> c.state == State.CONNECTED ? 1 : 0);
        if (!config.enabled()) {
            return;
        }
        if (config.ami().secret().isEmpty()) {
            LOG.warn("telephony is on but hotline.telephony.ami.secret is not set: not connecting to the PBX");
            return;
        }
        events = new PbxEvents(config.inboundContext());
        leadership = new LeaderLock(dataSource, LEADER_KEY);
        backoff = config.ami().reconnectMin();
        supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ami-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        moveTo(State.CONNECTING);
        schedule(Duration.ZERO);
    }

    public State state() {
        return state;
    }

    public Instant since() {
        return since;
    }

    public String lastError() {
        return lastError;
    }

    /** One step of the supervisor; schedules the next. */
    private void tick() {
        Duration next = config.ami().keepAlive();
        try {
            if (Instant.now().isBefore(awayUntil)) {
                moveTo(State.RECONNECTING);
                drop();
                lost = false;
                next = Duration.between(Instant.now(), awayUntil);
            } else if (!leadership.hold()) {
                drop();
                moveTo(State.STANDBY);
                next = config.leaderPoll();
            } else if (connection == null || lost) {
                drop();
                next = connect();
            } else if (!alive()) {
                LOG.warn("the PBX did not answer a ping: connecting again");
                drop();
                next = connect();
            } else if (Instant.now().isAfter(lastReconciled.plus(config.reconcileEvery()))) {
                reconcile();
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "telephony supervisor step failed");
            next = config.ami().reconnectMin();
        }
        schedule(lost ? Duration.ZERO : next);
    }

    private Duration connect() {
        if (state == State.STANDBY) {
            moveTo(State.CONNECTING);
        }
        TelephonyConfig.Ami ami = config.ami();
        ManagerConnection candidate = new CheckedAmiConnection(ami.host(), ami.port(), ami.username(),
                ami.secret().orElseThrow(), meters.counter("hotline.telephony.ami.garbled.lines"));
        // Pings are answered every keep-alive period: three missed periods of silence mean a dead socket.
        candidate.setSocketReadTimeout((int) ami.keepAlive().multipliedBy(3).toMillis());
        candidate.registerUserEventClass(HotlineMenuEvent.class);
        candidate.registerUserEventClass(HotlineRecordingEvent.class);
        // Events of an earlier connection (a late DisconnectEvent from its reader) must not touch this one.
        candidate.addEventListener(event -> onEvent(candidate, event));
        try {
            lost = false;
            candidate.login("on");
            connection = candidate;
            backoff = ami.reconnectMin();
            lastError = null;
            moveTo(State.CONNECTED);
            LOG.infof("connected to the PBX manager interface at %s:%d as %s", ami.host(), ami.port(),
                    ami.username());
            reconcile();
            return ami.keepAlive();
        } catch (Exception e) {
            stop(candidate);
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            moveTo(State.RECONNECTING);
            Duration wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(ami.reconnectMax()) > 0 ? ami.reconnectMax()
                    : backoff.multipliedBy(2);
            LOG.warnf("cannot log in to the PBX at %s:%d (%s); next try in %d ms", ami.host(), ami.port(), lastError,
                    wait.toMillis());
            return wait;
        }
    }

    /**
     * Closes the gap of the time away (calls, and the agents' states as the queues list them); a
     * failure is logged and tried again at the next period.
     */
    private void reconcile() {
        lastReconciled = Instant.now();
        try {
            reconciler.reconcile(connection);
            connection.sendEventGeneratingAction(new QueueStatusAction(), config.ami().timeout().toMillis()).getEvents()
                    .forEach(e -> events.agentState(e).ifPresent(agentStates::apply));
        } catch (Exception e) {
            LOG.warnf("reconciliation with the PBX failed: %s", e.getMessage());
        }
    }

    /**
     * For PBX maintenance (an Asterisk restart or upgrade): lets go of the connection and stays away
     * for a while, then connects again and reconciles what happened meanwhile, as after a network cut.
     */
    void holdOff(Duration away) {
        awayUntil = Instant.now().plus(away);
        lost = true;
        moveTo(State.RECONNECTING);
        schedule(Duration.ZERO);
    }

    private boolean alive() {
        try {
            ManagerResponse pong = connection.sendAction(new PingAction(), config.ami().timeout().toMillis());
            return pong != null && !(pong instanceof ManagerError);
        } catch (Exception e) {
            return false;
        }
    }

    private void onEvent(ManagerConnection source, ManagerEvent event) {
        if (event instanceof DisconnectEvent) {
            if (source == connection && !lost && state == State.CONNECTED) {
                LOG.warn("the connection to the PBX manager interface was lost");
                lost = true;
                moveTo(State.RECONNECTING);
                reschedule(Duration.ZERO);
            }
            return;
        }
        events.from(event).ifPresent(ingest::accept);
        events.agentState(event).ifPresent(agentStates::apply);
    }

    private void drop() {
        if (connection != null) {
            stop(connection);
            connection = null;
        }
    }

    /** Logs off, which also ends the library's own reconnection attempts. */
    private static void stop(ManagerConnection connection) {
        try {
            connection.logoff();
        } catch (RuntimeException e) {
            // already gone
        }
    }

    /** The supervisor's single chain of steps: a new schedule replaces the pending one. */
    private synchronized void schedule(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!supervisor.isShutdown()) {
            pending = supervisor.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Brings the next step forward (a lost connection), unless a step is running: it sees the loss itself. */
    private synchronized void reschedule(Duration delay) {
        if (pending != null && pending.cancel(false)) {
            pending = supervisor.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void moveTo(State next) {
        if (state != next) {
            state = next;
            since = Instant.now();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (supervisor == null) {
            return;
        }
        supervisor.shutdownNow();
        drop();
        leadership.release();
    }
}
