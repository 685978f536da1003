package cn.hotline12345.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything an editor writes about an entry: what one version holds. Saved whole as the version's
 * snapshot; its hash tells an import whether a row changes anything.
 */
public record EntryContent(
        String title,
        EntryBody body,
        long categoryId,
        long ownerUnitId,
        List<String> keywords,
        List<String> synonyms,
        String documentNumber,
        LocalDate effectiveFrom,
        LocalDate expiresOn,
        String regionCode) {

    /** Snapshots and hashes are written by this one mapper, so the same content always hashes alike. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public EntryContent {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    public boolean inForce(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(this)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntryContent fromJson(String json) {
        try {
            return JSON.readValue(json, EntryContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable snapshot", e);
        }
    }
}
