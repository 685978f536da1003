package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Reads the seed data files of the Java migrations; their checksum covers the file, so an edit is caught. */
final class SeedFiles {

    private SeedFiles() {
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    static int checksum(String path) {
        CRC32 crc = new CRC32();
        crc.update(bytes(path));
        return (int) crc.getValue();
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing seed file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
