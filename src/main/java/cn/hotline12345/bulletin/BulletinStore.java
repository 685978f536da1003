package cn.hotline12345.bulletin;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Bulletin documents to and from their JSON columns. Figures carry computed rates beside the counts
 * (for the API); reading back ignores them, since the records compute them again from the counts.
 */
@ApplicationScoped
public class BulletinStore {

    @Inject
    ObjectMapper quarkusJson;

    private ObjectMapper json;

    @PostConstruct
    void configure() {
        json = quarkusJson.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> tree(Object value) {
        return json.convertValue(value, Map.class);
    }

    <T> T read(Map<String, Object> tree, Class<T> type) {
        return json.convertValue(tree, type);
    }

    /** The newest published revision of a month's bulletin, if there is one. */
    public Optional<BulletinContent> latestPublished(YearMonth month) {
        return Bulletin.byMonth(month.atDay(1)).filter(Bulletin::isPublished)
                .flatMap(b -> BulletinRevision.one(b.id, b.publishedRevision))
                .map(r -> read(r.content, BulletinContent.class));
    }

    List<BulletinContent.Case> cases(long bulletinId) {
        return BulletinCase.of(bulletinId).stream().map(c -> read(c.content, BulletinContent.Case.class)).toList();
    }
}
