package cn.hotline12345.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt hashing, plus a short memory of verifications that succeeded. An API client sending
 * HTTP Basic on every request would otherwise pay a full bcrypt round (tens of ms of CPU) each time.
 * The memory is keyed by a digest of the stored hash and the password, so a password change or
 * reset invalidates it at once; nothing in it can be turned back into a password.
 */
public class PasswordHasher {

    private static final int MEMORY_SIZE = 10_000;

    private final int cost;
    private final Duration memoryTtl;
    private final Clock clock;
    private final Map<String, Instant> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MEMORY_SIZE;
        }
    };

    /** A hash of nothing anybody knows, checked when a username is unknown so that takes as long as a wrong password. */
    private final String decoyHash;

    public PasswordHasher(int cost, Duration memoryTtl, Clock clock) {
        this.cost = cost;
        this.memoryTtl = memoryTtl;
        this.clock = clock;
        this.decoyHash = hash(java.util.UUID.randomUUID().toString());
    }

    /** Spends the time of one verification and fails: for unknown usernames. */
    public boolean matchesNothing(String password) {
        BcryptUtil.matches(password == null ? "" : password, decoyHash);
        return false;
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        String key = digest(storedHash, password);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(key);
            if (until != null && until.isAfter(now)) {
                return true;
            }
        }
        boolean ok = BcryptUtil.matches(password, storedHash);
        if (ok) {
            synchronized (verified) {
                verified.put(key, now.plus(memoryTtl));
            }
        }
        return ok;
    }

    private static String digest(String storedHash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
