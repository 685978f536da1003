package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Identities proven in the last few seconds, so that a burst of requests (an agent searching the
 * knowledge base while the citizen talks) does not read the account from PostgreSQL each time.
 * Only successes are kept; a change to an account (or a unit's deactivation) on this instance
 * forgets at once, a change on another instance is seen when the entry expires. Plain Java.
 */
public class IdentityCache {

    private static final int SIZE = 10_000;

    private record Entry(String username, SecurityIdentity identity, Instant until) {
    }

    private final Duration ttl;
    /** Bumped by every forgetting, so an identity read from the database before it is not kept after it. */
    private long generation;
    private final Clock clock;
    /** Mixed into password digests, so the keys mean nothing outside this process. */
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > SIZE;
        }
    };

    public IdentityCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The key of a username and password (HTTP Basic); the password is kept only as a salted digest. */
    public String passwordKey(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return "p:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a session cookie's principal (username and password epoch). */
    public static String sessionKey(String principal) {
        return "s:" + principal;
    }

    public Optional<SecurityIdentity> get(String key) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null) {
                return Optional.empty();
            }
            if (!entry.until().isAfter(now)) {
                entries.remove(key);
                return Optional.empty();
            }
            return Optional.of(entry.identity());
        }
    }

    /** To be read before the account is: {@link #remember} keeps nothing proven before a forgetting. */
    public long generation() {
        synchronized (entries) {
            return generation;
        }
    }

    /**
     * Keeps an identity proven from the account as it was at {@code seenGeneration}, unless an
     * account has changed since; returns it either way.
     */
    public SecurityIdentity remember(String key, SecurityIdentity identity, long seenGeneration) {
        String username = identity.getAttribute(CurrentUser.USERNAME);
        if (!ttl.isZero() && username != null) {
            synchronized (entries) {
                if (generation == seenGeneration) {
                    entries.put(key, new Entry(username, identity, clock.instant().plus(ttl)));
                }
            }
        }
        return identity;
    }

    /** Forgets every identity of an account, however it was proven. */
    public void forget(String username) {
        synchronized (entries) {
            generation++;
            entries.values().removeIf(entry -> entry.username().equals(username));
        }
    }

    /** Forgets every identity (a unit was deactivated: its handlers may no longer log in). */
    public void forgetAll() {
        synchronized (entries) {
            generation++;
            entries.clear();
        }
    }
}
