package cn.hotline12345.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.common.SpreadsheetText;
import cn.hotline12345.topic.Category;

/**
 * Writes every entry's latest version in the import formats, page by page, so an export imported
 * again changes nothing.
 */
@ApplicationScoped
public class KnowledgeExport {

    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(OutputStream out, ImportFormat format) throws IOException {
        KnowledgeReferences references = QuarkusTransaction.requiringNew().call(KnowledgeReferences::load);
        if (format == ImportFormat.JSON) {
            writeJson(out, references);
        } else {
            writeCsv(out, references);
        }
    }

    private void writeJson(OutputStream out, KnowledgeReferences references) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.writeStartArray();
            long afterId = 0;
            for (List<KnowledgeEntry> page = page(afterId); !page.isEmpty(); page = page(afterId)) {
                for (KnowledgeEntry entry : page) {
                    json.writeTree(jsonEntry(entry, references));
                    afterId = entry.id;
                }
                json.flush();
            }
            json.writeEndArray();
        }
    }

    static ObjectNode jsonEntry(KnowledgeEntry entry, KnowledgeReferences references) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", entry.code);
        node.put("title", entry.title);
        Category category = references.category(entry.categoryId);
        node.put("category", category == null ? null : category.code);
        MemberUnit unit = references.unit(entry.ownerUnitId);
        node.put("unit", unit == null ? null : unit.code);
        entry.keywords.forEach(node.putArray("keywords")::add);
        entry.synonyms.forEach(node.putArray("synonyms")::add);
        node.put("documentNumber", entry.documentNumber);
        node.put("effectiveFrom", entry.effectiveFrom.toString());
        node.put("expiresOn", entry.expiresOn == null ? null : entry.expiresOn.toString());
        node.put("region", entry.regionCode);
        node.put("status", entry.state.name());
        ObjectNode body = node.putObject("body");
        EntryBody.of(entry.body).sections().forEach(body::put);
        return node;
    }

    private void writeCsv(OutputStream out, KnowledgeReferences references) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(ImportFormat.CSV_COLUMNS.toArray(String[]::new)).get())) {
            long afterId = 0;
            for (List<KnowledgeEntry> page = page(afterId); !page.isEmpty(); page = page(afterId)) {
                for (KnowledgeEntry entry : page) {
                    csv.printRecord(csvRecord(entry, references).stream().map(SpreadsheetText::guarded).toList());
                    afterId = entry.id;
                }
                csv.flush();
            }
        }
    }

    private static List<String> csvRecord(KnowledgeEntry entry, KnowledgeReferences references) {
        Category category = references.category(entry.categoryId);
        MemberUnit unit = references.unit(entry.ownerUnitId);
        EntryBody body = EntryBody.of(entry.body);
        List<String> record = new ArrayList<>();
        record.add(entry.code);
        record.add(entry.title);
        record.add(category == null ? "" : category.code);
        record.add(unit == null ? "" : unit.code);
        record.add(String.join("|", entry.keywords));
        record.add(String.join("|", entry.synonyms));
        record.add(entry.documentNumber == null ? "" : entry.documentNumber);
        record.add(entry.effectiveFrom.toString());
        record.add(entry.expiresOn == null ? "" : entry.expiresOn.toString());
        record.add(entry.regionCode);
        body.sections().values().forEach(record::add);
        record.add(entry.state.name());
        return record;
    }

    private static List<KnowledgeEntry> page(long afterId) {
        return QuarkusTransaction.requiringNew().call(() -> KnowledgeEntry.<KnowledgeEntry>find(
                "id > ?1 order by id", afterId).page(0, PAGE).list());
    }
}
