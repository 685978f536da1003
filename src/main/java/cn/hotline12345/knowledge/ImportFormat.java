package cn.hotline12345.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.hotline12345.common.SpreadsheetText;
import cn.hotline12345.common.TextUpload;

/**
 * The exchange formats of the knowledge base, read as a stream of rows so a file of 100,000
 * entries never sits in memory whole. JSON: an array of entries shaped like the sample corpus
 * (knowledge-base/corpus). CSV: one entry per record, the body's sections as columns, keywords and
 * synonyms separated by "|".
 */
public enum ImportFormat {
    JSON, CSV;

    public static final List<String> CSV_COLUMNS = List.of("code", "title", "category", "unit", "keywords", "synonyms",
            "documentNumber", "effectiveFrom", "expiresOn", "region", "summary", "conditions", "materials", "steps",
            "fees", "timeLimit", "location", "legalBasis", "status");

    /** Fields an entry may carry; "status" is informative (exports write it), an import decides the state. */
    static final Set<String> JSON_FIELDS = Set.of("code", "title", "category", "unit", "keywords", "synonyms",
            "documentNumber", "effectiveFrom", "expiresOn", "region", "status", "body");

    /** One entry as written in the file, before any check; {@code problem} when it could not even be read. */
    public record Row(int line, Map<String, String> fields, List<String> keywords, List<String> synonyms,
            String problem) {

        public String field(String name) {
            return fields.get(name);
        }
    }

    /**
     * Thrown when the file as a whole is unreadable (not JSON, no header, not text): nothing more is
     * imported. It carries a message key and its arguments, never a parser's own words.
     */
    public static class Unreadable extends RuntimeException {
        private final String key;
        private final List<String> arguments;

        public Unreadable(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
        }

        public String key() {
            return key;
        }

        public List<String> arguments() {
            return arguments;
        }
    }

    public static ImportFormat of(String filename, String declared) {
        String name = (declared != null && !declared.isBlank() ? declared : filename == null ? "" : filename)
                .toLowerCase();
        if (name.endsWith("csv")) {
            return CSV;
        }
        if (name.endsWith("json")) {
            return JSON;
        }
        return null;
    }

    public Iterator<Row> rows(InputStream in) {
        Reader text;
        try {
            text = TextUpload.reader(in);
        } catch (TextUpload.Unreadable e) {
            throw new Unreadable(e.key());
        }
        return this == JSON ? jsonRows(text) : csvRows(text);
    }

    private static Iterator<Row> jsonRows(Reader in) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            JsonParser parser = mapper.getFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new Unreadable("knowledge.import.not-an-array");
            }
            return new Iterator<>() {
                private JsonToken next = advance();

                private JsonToken advance() {
                    try {
                        return parser.nextToken();
                    } catch (IOException e) {
                        throw unreadable(e, "knowledge.import.bad-json", parser.currentLocation().getLineNr());
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null && next != JsonToken.END_ARRAY;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node;
                    try {
                        node = mapper.readTree(parser);
                    } catch (IOException e) {
                        throw unreadable(e, "knowledge.import.bad-json", line);
                    }
                    next = advance();
                    return jsonRow(line, node);
                }
            };
        } catch (IOException e) {
            throw unreadable(e, "knowledge.import.bad-json", 1);
        }
    }

    /** The refusal of a file that broke while it was read: its encoding, or its syntax at a line. */
    private static Unreadable unreadable(Exception e, String key, int line) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof Unreadable unreadable) {
                return unreadable;
            }
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return new Unreadable("import.encoding");
            }
            cause = cause.getCause();
        }
        return new Unreadable(key, line);
    }

    static Row jsonRow(int line, JsonNode node) {
        if (!node.isObject()) {
            return new Row(line, Map.of(), List.of(), List.of(), "knowledge.import.not-an-object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!JSON_FIELDS.contains(name)) {
                return new Row(line, Map.of("code", node.path("code").asText("")), List.of(), List.of(),
                        "knowledge.import.unknown-field:" + name);
            }
        }
        for (String name : List.of("code", "title", "category", "unit", "documentNumber", "effectiveFrom", "expiresOn",
                "region")) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                fields.put(name, value.asText());
            }
        }
        JsonNode body = node.path("body");
        for (String section : EntryBody.SECTIONS) {
            JsonNode value = body.get(section);
            if (value != null && !value.isNull()) {
                fields.put(section, value.asText());
            }
        }
        return new Row(line, fields, words(node.get("keywords")), words(node.get("synonyms")), null);
    }

    private static List<String> words(JsonNode node) {
        List<String> words = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(word -> words.add(word.asText()));
        } else if (node != null && node.isTextual()) {
            words.addAll(split(node.asText()));
        }
        return words;
    }

    static List<String> split(String joined) {
        List<String> words = new ArrayList<>();
        if (joined != null) {
            for (String word : joined.split("[|｜]")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
        }
        return words;
    }

    private static Iterator<Row> csvRows(Reader reader) {
        try {
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).get().parse(reader);
            List<String> header = parser.getHeaderNames();
            for (String column : List.of("code", "title", "category", "unit", "effectiveFrom", "region", "summary")) {
                if (!header.contains(column)) {
                    throw new Unreadable("knowledge.import.missing-column", column);
                }
            }
            for (String column : header) {
                if (!CSV_COLUMNS.contains(column)) {
                    throw new Unreadable("knowledge.import.unknown-column", column);
                }
            }
            Iterator<CSVRecord> records = parser.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return records.hasNext();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw unreadable(e, "knowledge.import.bad-csv", (int) parser.getCurrentLineNumber() + 1);
                    }
                }

                @Override
                public Row next() {
                    CSVRecord record = records.next();
                    int line = (int) record.getRecordNumber() + 1;
                    if (!record.isConsistent()) {
                        return new Row(line, Map.of(), List.of(), List.of(), "knowledge.import.column-count");
                    }
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (String column : header) {
                        String value = SpreadsheetText.unguarded(record.get(column));
                        if (value != null && !value.isEmpty()) {
                            fields.put(column, value);
                        }
                    }
                    return new Row(line, fields, split(fields.get("keywords")), split(fields.get("synonyms")), null);
                }
            };
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e, "knowledge.import.bad-csv", 1);
        }
    }
}
