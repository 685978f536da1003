package cn.hotline12345.knowledge;

import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.topic.Category;

/**
 * Bulk import from CSV or JSON. Every row is checked like an editor's save; good rows load, bad
 * rows are reported with their line and reason. Rows are matched to entries by code, so importing
 * the same file again changes nothing; a changed row becomes a new version. Each batch of rows
 * commits on its own: an interrupted import, run again, finishes the job without duplicates.
 */
@ApplicationScoped
public class KnowledgeImport {

    static final int BATCH = 1000;
    /** Reported problems are capped; the counts still cover every row. */
    static final int MAX_REPORTED = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Event<KnowledgeIndexer.Changed> changed;

    public record Problem(int line, String code, String field, String messageKey, List<String> arguments) {
    }

    public record Report(String format, int rows, int created, int updated, int unchanged, int rejected,
            boolean published, List<Problem> problems) {
    }

    /** A checked row: the content to save under its code. */
    record Candidate(int line, String code, EntryContent content) {
    }

    /** An import by the current user: editors load drafts, reviewers and administrators may publish. */
    public Report run(InputStream in, ImportFormat format, boolean publish) {
        Role role = currentUser.role();
        if (role != Role.KB_EDITOR && role != Role.KB_REVIEWER && role != Role.ADMIN) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.import-forbidden");
        }
        if (publish && role == Role.KB_EDITOR) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.import-publish-forbidden");
        }
        return load(in, format, publish);
    }

    /** The import itself, for callers that have checked who may run it (the demo corpus at start-up). */
    Report load(InputStream in, ImportFormat format, boolean publish) {
        KnowledgeReferences references = QuarkusTransaction.requiringNew().call(KnowledgeReferences::load);
        Iterator<ImportFormat.Row> rows;
        try {
            rows = format.rows(in);
        } catch (ImportFormat.Unreadable e) {
            throw new DomainException(ProblemType.VALIDATION, e.key(), e.arguments().toArray());
        }
        Counts counts = new Counts();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Candidate> batch = new ArrayList<>(BATCH);
        String actor = currentUser.actorName();
        try {
            while (rows.hasNext()) {
                ImportFormat.Row row = rows.next();
                counts.rows++;
                List<Problem> rowProblems = new ArrayList<>();
                Candidate candidate = check(row, references, rowProblems);
                if (candidate != null) {
                    Integer first = seen.putIfAbsent(candidate.code(), row.line());
                    if (first != null) {
                        rowProblems.add(new Problem(row.line(), candidate.code(), "code",
                                "knowledge.import.duplicate-code", List.of(String.valueOf(first))));
                        candidate = null;
                    }
                }
                if (candidate == null) {
                    counts.rejected++;
                    for (Problem problem : rowProblems) {
                        if (problems.size() < MAX_REPORTED) {
                            problems.add(problem);
                        }
                    }
                    continue;
                }
                batch.add(candidate);
                if (batch.size() == BATCH) {
                    save(batch, publish, actor, counts);
                    batch.clear();
                }
            }
        } catch (ImportFormat.Unreadable e) {
            // Rows before the damage are loaded (and reported); the rest of the file is not read.
            problems.add(new Problem(counts.rows + 1, null, null, e.key(), e.arguments()));
            counts.rejected++;
        }
        save(batch, publish, actor, counts);
        Report report = new Report(format.name(), counts.rows, counts.created, counts.updated, counts.unchanged,
                counts.rejected, publish, problems);
        QuarkusTransaction.requiringNew().run(() -> audit.record("KNOWLEDGE_IMPORT", KnowledgeService.AUDIT_TYPE, "import",
                Map.of("format", report.format(), "rows", report.rows(), "created", report.created(), "updated",
                        report.updated(), "unchanged", report.unchanged(), "rejected", report.rejected(),
                        "published", publish)));
        return report;
    }

    private static final class Counts {
        int rows;
        int created;
        int updated;
        int unchanged;
        int rejected;
    }

    /** Import columns by the name of the field a save names in its refusals. */
    private static final Map<String, String> COLUMNS = Map.of("categoryId", "category", "ownerUnitId", "unit",
            "regionCode", "region");

    /**
     * The row as content, or null with its problems added. The row is read into the request an
     * editor's save sends and checked by the same rules ({@link KnowledgeRequests.Save} and
     * {@link KnowledgeReferences#problems}); only reading codes and dates from text is the import's own.
     * Each column is reported once, with the first problem found.
     */
    Candidate check(ImportFormat.Row row, KnowledgeReferences references, List<Problem> problems) {
        String code = Strings.blankToNull(row.field("code"));
        if (row.problem() != null) {
            String[] parts = row.problem().split(":", 2);
            problems.add(new Problem(row.line(), code, null, parts[0], parts.length > 1 ? List.of(parts[1]) : List.of()));
            return null;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (var field : row.fields().entrySet()) {
            if (field.getValue() != null && field.getValue().indexOf('\u0000') >= 0) {
                found.putIfAbsent(field.getKey(), "knowledge.import.nul");
            }
        }
        if (!found.isEmpty()) {
            report(row, code, found, problems);
            return null; // no column can store the character; the rest of the row is not worth checking
        }
        if (code == null) {
            found.put("code", "knowledge.import.required");
        }
        Category category = references.categoryByCode(row.field("category"));
        if (category == null) {
            found.put("category", "knowledge.import.unknown-category");
        }
        MemberUnit unit = references.unitByCode(row.field("unit"));
        if (unit == null) {
            found.put("unit", "knowledge.import.unknown-unit");
        }
        LocalDate effectiveFrom = date(row, "effectiveFrom", found);
        LocalDate expiresOn = date(row, "expiresOn", found);
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : EntryBody.SECTIONS) {
            sections.put(section, row.field(section));
        }
        KnowledgeRequests.Save save = new KnowledgeRequests.Save(code, row.field("title"), EntryBody.of(sections),
                category == null ? 0L : category.id, unit == null ? 0L : unit.id, KnowledgeService.trimmed(row.keywords()),
                KnowledgeService.trimmed(row.synonyms()),
                row.field("documentNumber"), effectiveFrom, expiresOn, Strings.blankToEmpty(row.field("region")), null,
                null);
        for (ConstraintViolation<KnowledgeRequests.Save> violation : validator.validate(save)) {
            found.putIfAbsent(column(violation), problemKey(violation));
        }
        if (found.isEmpty()) {
            EntryContent content = KnowledgeService.content(save);
            for (var problem : references.problems(content)) {
                found.putIfAbsent(COLUMNS.getOrDefault(problem.field(), problem.field()), problem.message());
            }
            if (found.isEmpty()) {
                return new Candidate(row.line(), code, content);
            }
        }
        report(row, code, found, problems);
        return null;
    }

    private static void report(ImportFormat.Row row, String code, Map<String, String> found, List<Problem> problems) {
        found.forEach((column, key) -> problems.add(new Problem(row.line(), code, column, key, List.of())));
    }

    /** The column a refusal is about: a section of the body by its own name, a list by the list's. */
    private static String column(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> {
            if (node.getName() != null) {
                names.add(node.getName());
            }
        });
        String field = names.isEmpty() ? "" : names.get(0).equals("body") && names.size() > 1 ? names.get(1) : names.get(0);
        return COLUMNS.getOrDefault(field, field);
    }

    private static String problemKey(ConstraintViolation<?> violation) {
        String column = column(violation);
        if (column.equals("keywords") || column.equals("synonyms")) {
            return "knowledge.import.too-many-words";
        }
        return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> "knowledge.import.required";
            case "Pattern" -> "knowledge.import.bad-code";
            default -> "knowledge.import.too-long";
        };
    }

    private static LocalDate date(ImportFormat.Row row, String field, Map<String, String> found) {
        String value = Strings.blankToNull(row.field(field));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            found.put(field, "knowledge.import.bad-date");
            return null;
        }
    }

    // --- writing a batch --------------------------------------------------------------------

    private void save(List<Candidate> batch, boolean publish, String actor, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        int[] result = QuarkusTransaction.requiringNew().call(() -> saveBatch(batch, publish, actor));
        counts.created += result[0];
        counts.updated += result[1];
        counts.unchanged += result[2];
        if (result[3] > 0) {
            changed.fire(new KnowledgeIndexer.Changed());
        }
    }

    /** An entry the batch names that already exists. */
    private record Known(long id, boolean live, String hash) {
    }

    /** An entry this batch wrote: its id, its new head version and whether agents could find it before. */
    private record Saved(long id, int version, Candidate candidate, boolean wasLive) {
    }

    /** Inserts new entries and versions changed ones with a few set-based statements; returns counts. */
    private int[] saveBatch(List<Candidate> batch, boolean publish, String actor) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Known> existing = existing(connection, batch);
            List<Candidate> fresh = new ArrayList<>();
            List<Candidate> changedRows = new ArrayList<>();
            int unchanged = 0;
            for (Candidate candidate : batch) {
                Known known = existing.get(candidate.code());
                if (known == null) {
                    fresh.add(candidate);
                } else if (candidate.content().hash().equals(known.hash())) {
                    unchanged++;
                } else {
                    changedRows.add(candidate);
                }
            }
            List<Saved> saved = new ArrayList<>();
            saved.addAll(insert(connection, fresh, publish, actor, now));
            saved.addAll(update(connection, changedRows, existing, publish, actor, now));
            insertVersions(connection, saved, actor, now);
            int indexed = enqueue(connection, saved, publish, now);
            return new int[] {fresh.size(), changedRows.size(), unchanged, indexed};
        }
    }

    private Map<String, Known> existing(Connection connection, List<Candidate> batch) throws SQLException {
        Map<String, Known> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, code, content_hash, published_version is not null and state <> 'ARCHIVED'
                  from knowledge_entry where code = any(?)""")) {
            select.setArray(1, connection.createArrayOf("varchar", batch.stream().map(Candidate::code).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    existing.put(rows.getString(2), new Known(rows.getLong(1), rows.getBoolean(4), rows.getString(3)));
                }
            }
        }
        return existing;
    }

    private List<Saved> insert(Connection connection, List<Candidate> fresh, boolean publish, String actor,
            Instant now) throws SQLException {
        if (fresh.isEmpty()) {
            return List.of();
        }
        String state = publish ? KnowledgeState.PUBLISHED.name() : KnowledgeState.DRAFT.name();
        List<Saved> saved = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into knowledge_entry (code, state, head_version, published_version, title, body, category_id,
                    owner_unit_id, keywords, synonyms, document_number, effective_from, expires_on, region_code,
                    content_hash, created_at, created_by, updated_at, updated_by)
                select x.code, ?, 1, ?, x.title, x.body::jsonb, x.category, x.unit, x.keywords::jsonb, x.synonyms::jsonb,
                       x.document_number, x.effective_from, x.expires_on, x.region, x.hash, ?, ?, ?, ?
                  from unnest(?::varchar[], ?::varchar[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
                              ?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[])
                       as x(code, title, body, category, unit, keywords, synonyms, document_number,
                            effective_from, expires_on, region, hash)
                returning id, code""")) {
            insert.setString(1, state);
            if (publish) {
                insert.setInt(2, 1);
            } else {
                insert.setNull(2, java.sql.Types.INTEGER);
            }
            Timestamp at = Timestamp.from(now);
            insert.setTimestamp(3, at);
            insert.setString(4, actor);
            insert.setTimestamp(5, at);
            insert.setString(6, actor);
            bindContents(connection, insert, 7, fresh);
            Map<String, Candidate> byCode = new HashMap<>();
            fresh.forEach(candidate -> byCode.put(candidate.code(), candidate));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    saved.add(new Saved(rows.getLong(1), 1, byCode.get(rows.getString(2)), false));
                }
            }
        }
        return saved;
    }

    private List<Saved> update(Connection connection, List<Candidate> changedRows, Map<String, Known> existing,
            boolean publish, String actor, Instant now) throws SQLException {
        if (changedRows.isEmpty()) {
            return List.of();
        }
        List<Saved> saved = new ArrayList<>();
        Long[] entryIds = changedRows.stream().map(c -> existing.get(c.code()).id()).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement("""
                update knowledge_entry e
                   set title = x.title, body = x.body::jsonb, category_id = x.category, owner_unit_id = x.unit,
                       keywords = x.keywords::jsonb, synonyms = x.synonyms::jsonb, document_number = x.document_number,
                       effective_from = x.effective_from, expires_on = x.expires_on, region_code = x.region,
                       content_hash = x.hash, head_version = e.head_version + 1,
                       state = case when ? then 'PUBLISHED' else 'DRAFT' end,
                       published_version = case when ? then e.head_version + 1
                                                when e.state = 'ARCHIVED' then null else e.published_version end,
                       updated_at = ?, updated_by = ?, version = e.version + 1
                  from unnest(?::varchar[], ?::varchar[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[],
                              ?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[], ?::bigint[])
                       as x(code, title, body, category, unit, keywords, synonyms, document_number, effective_from,
                            expires_on, region, hash, id)
                 where e.id = x.id
                returning e.id, e.head_version, e.code""")) {
            update.setBoolean(1, publish);
            update.setBoolean(2, publish);
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, actor);
            int next = bindContents(connection, update, 5, changedRows);
            update.setArray(next, connection.createArrayOf("bigint", entryIds));
            Map<String, Candidate> byCode = new HashMap<>();
            changedRows.forEach(candidate -> byCode.put(candidate.code(), candidate));
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(3);
                    saved.add(new Saved(rows.getLong(1), rows.getInt(2), byCode.get(code), existing.get(code).live()));
                }
            }
        }
        return saved;
    }

    /** Binds the contents as twelve column arrays from parameter {@code first}; returns the next index. */
    private static int bindContents(Connection connection, PreparedStatement statement, int first,
            List<Candidate> rows) throws SQLException {
        int n = rows.size();
        String[] codes = new String[n];
        String[] titles = new String[n];
        String[] bodies = new String[n];
        Long[] categories = new Long[n];
        Long[] units = new Long[n];
        String[] keywords = new String[n];
        String[] synonyms = new String[n];
        String[] documentNumbers = new String[n];
        Date[] effective = new Date[n];
        Date[] expires = new Date[n];
        String[] regions = new String[n];
        String[] hashes = new String[n];
        for (int i = 0; i < n; i++) {
            Candidate row = rows.get(i);
            EntryContent content = row.content();
            codes[i] = row.code();
            titles[i] = content.title();
            bodies[i] = json(content.body().sections());
            categories[i] = content.categoryId();
            units[i] = content.ownerUnitId();
            keywords[i] = json(content.keywords());
            synonyms[i] = json(content.synonyms());
            documentNumbers[i] = content.documentNumber();
            effective[i] = Date.valueOf(content.effectiveFrom());
            expires[i] = content.expiresOn() == null ? null : Date.valueOf(content.expiresOn());
            regions[i] = content.regionCode();
            hashes[i] = content.hash();
        }
        Object[][] columns = {codes, titles, bodies, categories, units, keywords, synonyms, documentNumbers, effective,
                expires, regions, hashes};
        String[] types = {"varchar", "varchar", "text", "bigint", "bigint", "text", "text", "varchar", "date", "date",
                "varchar", "varchar"};
        int index = first;
        for (int c = 0; c < columns.length; c++) {
            Array array = connection.createArrayOf(types[c], columns[c]);
            statement.setArray(index++, array);
        }
        return index;
    }

    private void insertVersions(Connection connection, List<Saved> saved, String actor, Instant now)
            throws SQLException {
        if (saved.isEmpty()) {
            return;
        }
        Long[] entryIds = new Long[saved.size()];
        Integer[] versions = new Integer[saved.size()];
        String[] snapshots = new String[saved.size()];
        for (int i = 0; i < saved.size(); i++) {
            entryIds[i] = saved.get(i).id();
            versions[i] = saved.get(i).version();
            snapshots[i] = saved.get(i).candidate().content().toJson();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into knowledge_entry_version (entry_id, version_no, snapshot, action, saved_at, saved_by)
                select x.entry_id, x.version_no, x.snapshot::jsonb, 'IMPORT', ?, ?
                  from unnest(?::bigint[], ?::int[], ?::text[]) as x(entry_id, version_no, snapshot)""")) {
            insert.setTimestamp(1, Timestamp.from(now));
            insert.setString(2, actor);
            insert.setArray(3, connection.createArrayOf("bigint", entryIds));
            insert.setArray(4, connection.createArrayOf("int4", versions));
            insert.setArray(5, connection.createArrayOf("text", snapshots));
            insert.executeUpdate();
        }
    }

    /** Outbox rows for entries whose searchable state changed; returns how many. */
    private int enqueue(Connection connection, List<Saved> saved, boolean publish, Instant now) throws SQLException {
        Long[] ids = saved.stream().filter(entry -> publish || entry.wasLive()).map(Saved::id).toArray(Long[]::new);
        if (ids.length == 0) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into knowledge_outbox (entry_id, enqueued_at) select unnest(?::bigint[]), ?""")) {
            insert.setArray(1, connection.createArrayOf("bigint", ids));
            insert.setTimestamp(2, Timestamp.from(now));
            insert.executeUpdate();
        }
        return ids.length;
    }

    private static String json(Object value) {
        try {
            return EntryContent.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
