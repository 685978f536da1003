package cn.hotline12345.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What changed between two versions of an entry, field by field, only the fields that differ. */
public final class EntryDiff {

    public record FieldChange(String field, List<TextDiff.Piece> pieces) {
    }

    private EntryDiff() {
    }

    /**
     * @param names turns a content's references into readable text (category, unit and region
     *              names) so a reader sees "人社局 → 医保局", not two ids
     */
    public static List<FieldChange> between(EntryContent before, EntryContent after,
            Function<EntryContent, Map<String, String>> names) {
        Map<String, String> a = fields(before, names);
        Map<String, String> b = fields(after, names);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : a.keySet()) {
            if (!a.get(field).equals(b.get(field))) {
                changes.add(new FieldChange(field, TextDiff.diff(a.get(field), b.get(field))));
            }
        }
        return changes;
    }

    static Map<String, String> fields(EntryContent content, Function<EntryContent, Map<String, String>> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> resolved = names.apply(content);
        fields.put("title", content.title());
        fields.putAll(content.body().sections());
        fields.put("category", resolved.getOrDefault("category", String.valueOf(content.categoryId())));
        fields.put("unit", resolved.getOrDefault("unit", String.valueOf(content.ownerUnitId())));
        fields.put("region", resolved.getOrDefault("region", content.regionCode()));
        fields.put("keywords", String.join("、", content.keywords()));
        fields.put("synonyms", String.join("、", content.synonyms()));
        fields.put("documentNumber", content.documentNumber() == null ? "" : content.documentNumber());
        fields.put("effectiveFrom", content.effectiveFrom().toString());
        fields.put("expiresOn", content.expiresOn() == null ? "" : content.expiresOn().toString());
        return fields;
    }
}
