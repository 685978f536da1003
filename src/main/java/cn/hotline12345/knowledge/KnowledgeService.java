package cn.hotline12345.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;

/**
 * The editing workflow of knowledge entries: every save a new version, review before agents see
 * it, rollback, the owners' expiry list and their proposals. Every change that alters what agents
 * find writes an outbox row in the same transaction, so the index follows even after an outage.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class KnowledgeService {

    static final String AUDIT_TYPE = "knowledge_entry";

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    HotlineConfig hotline;

    @Inject
    KnowledgeConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Event<KnowledgeIndexer.Changed> changed;

    /** Filters of the editors' list; each optional. */
    public record Filter(KnowledgeState state, String text, Long categoryId, Long unitId) {
    }

    public KnowledgeEntry create(KnowledgeRequests.Save request) {
        requireWriter();
        EntryContent content = checked(request, KnowledgeReferences.load());
        String code = request.code() == null ? nextCode() : request.code().strip();
        if (KnowledgeEntry.byCode(code) != null) {
            throw new DomainException(ProblemType.CONFLICT, List.of(new FieldError("code", "knowledge.code-taken")),
                    "knowledge.code-taken", code);
        }
        KnowledgeEntry entry = newEntry(code, content, clock.instant());
        saveVersion(entry, "CREATE", request.note());
        audit.record("KNOWLEDGE_CREATE", AUDIT_TYPE, entry.id, Map.of("code", code, "title", entry.title));
        return entry;
    }

    /** Creates an entry in state DRAFT at version 1, without the audit record (the caller writes it). */
    KnowledgeEntry newEntry(String code, EntryContent content, Instant now) {
        KnowledgeEntry entry = new KnowledgeEntry();
        entry.code = code;
        entry.state = KnowledgeState.DRAFT;
        entry.headVersion = 0;
        entry.setContent(content);
        entry.createdAt = now;
        entry.createdBy = currentUser.actorName();
        entry.updatedAt = now;
        entry.updatedBy = entry.createdBy;
        return entry;
    }

    public KnowledgeEntry update(long id, KnowledgeRequests.Save request) {
        if (request.version() == null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("version", "knowledge.version-needed")),
                    "knowledge.version-needed");
        }
        KnowledgeEntry entry = current(id, request.version());
        if (request.code() != null && !request.code().strip().equals(entry.code)) {
            throw new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError("code", "knowledge.code-fixed")),
                    "knowledge.code-fixed");
        }
        EntryContent content = checked(request, KnowledgeReferences.load());
        if (content.hash().equals(entry.contentHash)) {
            return entry;
        }
        entry.state = KnowledgeWorkflow.next(entry.state, KnowledgeAction.EDIT, currentUser.role(), entry.everPublished());
        entry.setContent(content);
        touch(entry);
        saveVersion(entry, "EDIT", request.note());
        audit.record("KNOWLEDGE_EDIT", AUDIT_TYPE, entry.id, Map.of("version", entry.headVersion));
        return entry;
    }

    public KnowledgeEntry submit(long id, KnowledgeRequests.Step request) {
        return step(id, request.version(), KnowledgeAction.SUBMIT, request.note());
    }

    public KnowledgeEntry publish(long id, KnowledgeRequests.Step request) {
        return step(id, request.version(), KnowledgeAction.PUBLISH, request.note());
    }

    public KnowledgeEntry reject(long id, KnowledgeRequests.Reject request) {
        return step(id, request.version(), KnowledgeAction.REJECT, request.note());
    }

    public KnowledgeEntry archive(long id, KnowledgeRequests.Step request) {
        return step(id, request.version(), KnowledgeAction.ARCHIVE, request.note());
    }

    public KnowledgeEntry rollback(long id, KnowledgeRequests.Rollback request) {
        KnowledgeEntry entry = current(id, request.version());
        KnowledgeVersion target = KnowledgeVersion.one(id, request.toVersion());
        if (target == null) {
            throw new DomainException(ProblemType.RULE_VIOLATION,
                    List.of(new FieldError("toVersion", "knowledge.version-unknown")), "knowledge.version-unknown",
                    request.toVersion());
        }
        entry.state = KnowledgeWorkflow.next(entry.state, KnowledgeAction.ROLLBACK, currentUser.role(),
                entry.everPublished());
        entry.setContent(target.content());
        touch(entry);
        saveVersion(entry, "ROLLBACK", Strings.blankToNull(request.note()) == null
                ? "rollback to version " + request.toVersion() : request.note());
        entry.publishedVersion = entry.headVersion;
        audit.record("KNOWLEDGE_ROLLBACK", AUDIT_TYPE, entry.id,
                Map.of("toVersion", request.toVersion(), "version", entry.headVersion));
        indexLater(entry);
        return entry;
    }

    private KnowledgeEntry step(long id, int version, KnowledgeAction action, String note) {
        KnowledgeEntry entry = current(id, version);
        KnowledgeState from = entry.state;
        boolean wasLive = entry.live();
        entry.state = KnowledgeWorkflow.next(from, action, currentUser.role(), entry.everPublished());
        if (action == KnowledgeAction.PUBLISH) {
            entry.publishedVersion = entry.headVersion;
        } else if (action == KnowledgeAction.ARCHIVE) {
            // An archived entry comes back only through review: nothing of it stays publishable.
            entry.publishedVersion = null;
        }
        touch(entry);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", entry.state.name());
        details.put("version", entry.headVersion);
        if (Strings.blankToNull(note) != null) {
            details.put("note", note.strip());
        }
        audit.record("KNOWLEDGE_" + action.name(), AUDIT_TYPE, entry.id, details);
        if (wasLive || entry.live()) {
            indexLater(entry);
        }
        return entry;
    }

    public KnowledgeEntry get(long id) {
        KnowledgeEntry entry = KnowledgeEntry.findById(id);
        if (entry == null || !mayRead(entry)) {
            throw DomainException.notFound("knowledge", id);
        }
        return entry;
    }

    /**
     * Editors and reviewers read every entry, a unit handler its own unit's; everyone reads what is
     * published.
     */
    boolean mayRead(KnowledgeEntry entry) {
        Role role = currentUser.role();
        if (KnowledgeWorkflow.mayWrite(role) || role == Role.ADMIN) {
            return true;
        }
        if (role == Role.UNIT_HANDLER && Long.valueOf(entry.ownerUnitId).equals(currentUser.unitId())) {
            return true;
        }
        return entry.live();
    }

    /** Whether the reader sees the head (work in progress) or only the published version. */
    public boolean seesDrafts(KnowledgeEntry entry) {
        Role role = currentUser.role();
        return KnowledgeWorkflow.mayWrite(role) || role == Role.ADMIN
                || (role == Role.UNIT_HANDLER && Long.valueOf(entry.ownerUnitId).equals(currentUser.unitId()));
    }

    /** The entry as the reader may see it (see {@link KnowledgeViews.Entry#of}). */
    public KnowledgeViews.Entry view(long id) {
        return view(get(id));
    }

    public KnowledgeViews.Entry view(KnowledgeEntry entry) {
        boolean drafts = seesDrafts(entry);
        if (drafts) {
            return KnowledgeViews.Entry.of(entry, entry.content(), entry.headVersion, true, currentUser.role(),
                    KnowledgeReferences.load(), today());
        }
        int shown = entry.publishedVersion;
        EntryContent content = KnowledgeVersion.one(entry.id, shown).content();
        return KnowledgeViews.Entry.of(entry, content, shown, false, currentUser.role(), KnowledgeReferences.load(),
                today());
    }

    public KnowledgeViews.Diff diff(long id, int from, int to) {
        EntryContent before = version(id, from).content();
        EntryContent after = version(id, to).content();
        KnowledgeReferences references = KnowledgeReferences.load();
        return new KnowledgeViews.Diff(from, to,
                EntryDiff.between(before, after, content -> KnowledgeViews.names(content, references)));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(hotline.timeZone()));
    }

    /**
     * Every saved version for those who see drafts (editors, reviewers, the owning unit); for
     * anyone else only the published version: a draft's author, time and note are not theirs to read.
     */
    public List<KnowledgeVersion> versions(long id) {
        KnowledgeEntry entry = get(id);
        List<KnowledgeVersion> all = KnowledgeVersion.ofEntry(id);
        if (seesDrafts(entry)) {
            return all;
        }
        return all.stream().filter(v -> Integer.valueOf(v.versionNo).equals(entry.publishedVersion)).toList();
    }

    /** One version; readers who see only published content get only the published version. */
    public KnowledgeVersion version(long id, int versionNo) {
        KnowledgeEntry entry = get(id);
        KnowledgeVersion version = KnowledgeVersion.one(id, versionNo);
        if (version == null || (!seesDrafts(entry) && !Integer.valueOf(versionNo).equals(entry.publishedVersion))) {
            throw DomainException.notFound("knowledge-version", versionNo);
        }
        return version;
    }

    public PageResult<KnowledgeEntry> list(Filter filter, PageRequest page) {
        requireEditorialReader();
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.state() != null) {
            where.append(" and state = :state");
            parameters.and("state", filter.state());
        }
        if (Strings.blankToNull(filter.text()) != null) {
            where.append(" and (lower(title) like :text escape '\\' or lower(code) like :text escape '\\')");
            parameters.and("text", Strings.containing(filter.text()));
        }
        if (filter.categoryId() != null) {
            where.append(" and categoryId = :category");
            parameters.and("category", filter.categoryId());
        }
        Long unitId = currentUser.is(Role.UNIT_HANDLER) ? currentUser.unitId() : filter.unitId();
        if (unitId != null) {
            where.append(" and ownerUnitId = :unit");
            parameters.and("unit", unitId);
        }
        // The review queue reads oldest first; every other list newest first.
        String order = filter.state() == KnowledgeState.IN_REVIEW ? " order by updatedAt, id" : " order by updatedAt desc, id desc";
        var query = KnowledgeEntry.<KnowledgeEntry>find(where + order, parameters);
        return PageResult.of(query, page);
    }

    /** Entries that stop being in force within the configured days; a unit handler sees its own. */
    public List<KnowledgeEntry> expiring() {
        requireEditorialReader();
        LocalDate today = today();
        long unit = currentUser.is(Role.UNIT_HANDLER) ? currentUser.unitId() : 0L;
        return KnowledgeEntry.expiring(today, today.plusDays(config.expiringWithinDays()), unit);
    }

    /** What waits on the editors and reviewers: the counts on their workbench, each the list it links to. */
    public record Workbench(long drafts, long inReview, long expiring, long openProposals) {
    }

    public Workbench workbench() {
        requireEditorialReader();
        LocalDate today = today();
        return new Workbench(KnowledgeEntry.count("state", KnowledgeState.DRAFT),
                KnowledgeEntry.count("state", KnowledgeState.IN_REVIEW),
                KnowledgeEntry.count("expiresOn between ?1 and ?2 and state <> ?3", today,
                        today.plusDays(config.expiringWithinDays()), KnowledgeState.ARCHIVED),
                KnowledgeProposal.count("state", ProposalState.OPEN));
    }

    public KnowledgeProposal propose(long entryId, KnowledgeRequests.Propose request) {
        KnowledgeEntry entry = get(entryId);
        if (!currentUser.is(Role.UNIT_HANDLER) || !Long.valueOf(entry.ownerUnitId).equals(currentUser.unitId())) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.propose-own-only");
        }
        KnowledgeProposal proposal = new KnowledgeProposal();
        proposal.entryId = entry.id;
        proposal.unitId = entry.ownerUnitId;
        proposal.text = request.text().strip();
        proposal.state = ProposalState.OPEN;
        proposal.proposedBy = currentUser.actorName();
        proposal.proposedAt = clock.instant();
        proposal.persist();
        audit.record("KNOWLEDGE_PROPOSE", AUDIT_TYPE, entry.id, Map.of("proposal", proposal.id));
        return proposal;
    }

    public KnowledgeProposal decide(long proposalId, boolean accept, KnowledgeRequests.Decide request) {
        requireWriter();
        KnowledgeProposal proposal = KnowledgeProposal.findById(proposalId);
        if (proposal == null) {
            throw DomainException.notFound("knowledge-proposal", proposalId);
        }
        if (proposal.version != request.version()) {
            throw new DomainException(ProblemType.STALE_VERSION, "knowledge.proposal-stale");
        }
        if (proposal.state != ProposalState.OPEN) {
            throw new DomainException(ProblemType.CONFLICT, "knowledge.proposal-decided");
        }
        proposal.state = accept ? ProposalState.ACCEPTED : ProposalState.DECLINED;
        proposal.decidedBy = currentUser.actorName();
        proposal.decidedAt = clock.instant();
        proposal.decisionNote = Strings.blankToNull(request.note());
        audit.record("KNOWLEDGE_PROPOSAL_" + proposal.state, AUDIT_TYPE, proposal.entryId,
                Map.of("proposal", proposal.id));
        return proposal;
    }

    public PageResult<KnowledgeProposal> proposals(ProposalState state, PageRequest page) {
        requireEditorialReader();
        long unit = currentUser.is(Role.UNIT_HANDLER) ? currentUser.unitId() : 0L;
        return PageResult.of(KnowledgeProposal.find("#KnowledgeProposal.list", state, unit), page);
    }

    public List<KnowledgeProposal> proposalsOf(long entryId) {
        KnowledgeEntry entry = get(entryId);
        return seesDrafts(entry) ? KnowledgeProposal.find("#KnowledgeProposal.ofEntry", entryId).list() : List.of();
    }

    /** The reasons a reviewer gave when sending the entry back, newest first. */
    public List<cn.hotline12345.audit.AuditEvent> workflowHistory(long entryId) {
        get(entryId);
        return cn.hotline12345.audit.AuditEvent.forEntity(AUDIT_TYPE, entryId, 50);
    }

    // --- rules shared by the steps ---------------------------------------------------------

    EntryContent checked(KnowledgeRequests.Save request, KnowledgeReferences references) {
        EntryContent content = content(request);
        List<FieldError> problems = references.problems(content);
        if (!problems.isEmpty()) {
            throw new DomainException(ProblemType.RULE_VIOLATION, problems, problems.get(0).message());
        }
        return content;
    }

    /** What a valid save stores: text stripped, the keyword lists without blanks or repeats. */
    static EntryContent content(KnowledgeRequests.Save request) {
        return new EntryContent(request.title().strip(), request.body(), request.categoryId(), request.ownerUnitId(),
                trimmed(request.keywords()), trimmed(request.synonyms()), Strings.blankToNull(request.documentNumber()),
                request.effectiveFrom(), request.expiresOn(), request.regionCode().strip());
    }

    static List<String> trimmed(List<String> words) {
        if (words == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String word : words) {
            String value = Strings.blankToNull(word);
            if (value != null && !result.contains(value)) {
                result.add(value);
            }
        }
        return result;
    }

    private KnowledgeEntry current(long id, int expectedVersion) {
        KnowledgeEntry entry = get(id);
        if (entry.version != expectedVersion) {
            throw new DomainException(ProblemType.STALE_VERSION, "knowledge.stale",
                    KnowledgeWorkflow.label(entry.state), entry.version);
        }
        return entry;
    }

    void saveVersion(KnowledgeEntry entry, String action, String note) {
        entry.headVersion += 1;
        if (entry.id == null) {
            entry.persist();
        }
        KnowledgeVersion version = new KnowledgeVersion();
        version.entryId = entry.id;
        version.versionNo = entry.headVersion;
        version.snapshot = entry.content().toJson();
        version.action = action;
        version.note = Strings.blankToNull(note);
        version.savedAt = entry.updatedAt;
        version.savedBy = currentUser.actorName();
        version.persist();
    }

    private void touch(KnowledgeEntry entry) {
        entry.updatedAt = clock.instant();
        entry.updatedBy = currentUser.actorName();
    }

    void indexLater(KnowledgeEntry entry) {
        KnowledgeOutbox.enqueue(entry.id, clock.instant());
        changed.fire(new KnowledgeIndexer.Changed());
    }

    private String nextCode() {
        Number next = (Number) KnowledgeEntry.getEntityManager().createNativeQuery("select nextval('knowledge_code_seq')")
                .getSingleResult();
        return "KB-" + next.longValue();
    }

    private void requireWriter() {
        if (!KnowledgeWorkflow.mayWrite(currentUser.role())) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.action-forbidden",
                    KnowledgeWorkflow.label(KnowledgeAction.EDIT));
        }
    }

    private void requireEditorialReader() {
        Role role = currentUser.role();
        if (!KnowledgeWorkflow.mayWrite(role) && role != Role.ADMIN && role != Role.UNIT_HANDLER) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.editorial-only");
        }
    }
}
