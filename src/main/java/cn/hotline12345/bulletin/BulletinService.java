package cn.hotline12345.bulletin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditLog;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.Masking;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Strings;
import cn.hotline12345.workorder.Dispatch;
import cn.hotline12345.workorder.WorkOrder;

/**
 * The monthly bulletin: a manager creates the month's draft with every computed section, writes the
 * narrative, picks typical cases, and publishes; publishing freezes the whole document as a
 * revision. A correction is the next revision, with a note; every revision is kept. Managers see the
 * working copy; supervisors and member units see what was published (a unit: its own line of the
 * unit tables, and the red and black lists).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BulletinService {

    @Inject
    BulletinFigures figures;

    @Inject
    BulletinStore store;

    @Inject
    BulletinConfig config;

    @Inject
    HotlineConfig hotline;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public record Summary(long id, YearMonth month, String number, String title, int publishedRevision,
            Instant figuresComputedAt, Instant updatedAt, int version) {

        public boolean published() {
            return publishedRevision > 0;
        }

        static Summary of(Bulletin b) {
            return new Summary(b.id, YearMonth.from(b.month), b.number, b.title, b.publishedRevision,
                    b.figuresComputedAt, b.updatedAt, b.version);
        }
    }

    public record RevisionInfo(int revision, String note, String publishedBy, Instant publishedAt) {

        static RevisionInfo of(BulletinRevision r) {
            return new RevisionInfo(r.revision, r.note, r.publishedBy, r.publishedAt);
        }
    }

    /** A bulletin as its reader may see it: the working copy for managers, else the newest published revision. */
    public record View(Summary summary, BulletinContent content, boolean workingCopy, List<RevisionInfo> revisions) {
    }

    /** Every bulletin for managers; the published ones for everyone else. */
    public List<Summary> list() {
        return Bulletin.summaries(currentUser.is(Role.MANAGER) ? 0 : 1).stream()
                .map(r -> new Summary((Long) r[0], YearMonth.from((LocalDate) r[1]), (String) r[2], (String) r[3],
                        (Integer) r[4], (Instant) r[5], (Instant) r[6], (Integer) r[7]))
                .toList();
    }

    @Transactional
    public Summary create(YearMonth month) {
        YearMonth now = YearMonth.now(clock.withZone(hotline.timeZone()));
        if (month.isAfter(now)) {
            throw invalid("month", "bulletin.future-month");
        }
        if (Bulletin.byMonth(month.atDay(1)).isPresent()) {
            throw new DomainException(ProblemType.CONFLICT, "bulletin.exists", month.toString());
        }
        BulletinContent.Figures computed = figures.compute(month);
        Bulletin b = new Bulletin();
        b.month = month.atDay(1);
        b.number = "%s〔%d〕%d号".formatted(config.numberPrefix(), month.getYear(), month.getMonthValue());
        b.title = "%s%d年%d月运行情况通报".formatted(config.issuer(), month.getYear(), month.getMonthValue());
        b.narrative = store.tree(BulletinContent.Narrative.EMPTY);
        b.figures = store.tree(computed);
        b.figuresComputedAt = computed.computedAt();
        b.createdBy = currentUser.actorName();
        b.createdAt = clock.instant();
        touch(b);
        b.persist();
        em.flush(); // two managers creating the same month: the second fails here on the unique month
        audit.record("bulletin.created", "bulletin", b.id, Map.of("month", month.toString(), "number", b.number));
        return Summary.of(b);
    }

    public View view(long id) {
        Bulletin b = find(id);
        List<RevisionInfo> revisions = BulletinRevision.of(b.id).stream().map(RevisionInfo::of).toList();
        if (currentUser.is(Role.MANAGER)) {
            return new View(Summary.of(b), workingCopy(b), true, revisions);
        }
        return new View(Summary.of(b), revision(b, b.publishedRevision), false, revisions);
    }

    /** A published revision, in the reader's edition. */
    public BulletinContent revision(long id, int revision) {
        return revision(find(id), revision);
    }

    /** The working copy as a document, as it would be published now (managers). */
    public BulletinContent workingCopy(long id) {
        Bulletin b = find(id);
        requireManager();
        return workingCopy(b);
    }

    @Transactional
    public Summary narrative(long id, BulletinRequests.Narrative request) {
        return narrative(editable(id, request.version()), new BulletinContent.Narrative(
                Strings.blankToEmpty(request.foreword()), Strings.blankToEmpty(request.hotIssues()),
                Strings.blankToEmpty(request.goodPractice()), Strings.blankToEmpty(request.problems())));
    }

    Summary narrative(Bulletin b, BulletinContent.Narrative narrative) {
        b.narrative = store.tree(narrative);
        return saved(b, "bulletin.narrative-saved", Map.of());
    }

    /** Counts every section again from the hotline's records as they are now. */
    @Transactional
    public Summary refresh(long id, BulletinRequests.Step request) {
        Bulletin b = editable(id, request.version());
        BulletinContent.Figures computed = figures.compute(YearMonth.from(b.month));
        b.figures = store.tree(computed);
        b.figuresComputedAt = computed.computedAt();
        return saved(b, "bulletin.figures-refreshed", Map.of());
    }

    @Transactional
    public Summary addCase(long id, BulletinRequests.AddCase request) {
        return addCase(editable(id, request.version()), request.workOrderId(), Strings.blankToEmpty(request.note()));
    }

    Summary addCase(Bulletin b, long workOrderId, String note) {
        WorkOrder order = WorkOrder.findWithRelations(workOrderId);
        YearMonth month = YearMonth.from(b.month);
        if (order == null || !YearMonth.from(order.registeredAt.atZone(hotline.timeZone())).equals(month)) {
            throw invalid("workOrderId", "bulletin.case-not-of-month");
        }
        if (BulletinCase.count("bulletinId = ?1 and workOrderId = ?2", b.id, order.id) > 0) {
            throw new DomainException(ProblemType.CONFLICT, "bulletin.case-taken", order.number);
        }
        BulletinCase picked = new BulletinCase();
        picked.bulletinId = b.id;
        picked.workOrderId = order.id;
        picked.position = (int) BulletinCase.count("bulletinId", b.id) + 1;
        picked.content = store.tree(masked(order, note));
        picked.persist();
        return saved(b, "bulletin.case-added", Map.of("order", order.number));
    }

    @Transactional
    public Summary removeCase(long id, long workOrderId, BulletinRequests.Step request) {
        Bulletin b = editable(id, request.version());
        BulletinCase picked = BulletinCase.find("bulletinId = ?1 and workOrderId = ?2", b.id, workOrderId).firstResult();
        if (picked == null) {
            throw DomainException.notFound("bulletin.case", workOrderId);
        }
        picked.delete();
        return saved(b, "bulletin.case-removed", Map.of("order", picked.workOrderId));
    }

    @Transactional
    public Summary publish(long id, BulletinRequests.Publish request) {
        return publish(editable(id, request.version()), Strings.blankToNull(request.note()));
    }

    Summary publish(Bulletin b, String note) {
        int revision = b.publishedRevision + 1;
        if (revision > 1 && note == null) {
            throw invalid("note", "bulletin.correction-note");
        }
        BulletinContent content = workingCopy(b);
        BulletinContent frozen = new BulletinContent(content.number(), content.title(), content.month(),
                LocalDate.now(clock.withZone(hotline.timeZone())), revision, note, content.figures(), content.narrative(),
                content.cases());
        BulletinRevision published = new BulletinRevision();
        published.bulletinId = b.id;
        published.revision = revision;
        published.content = store.tree(frozen);
        published.note = note;
        published.publishedBy = currentUser.actorName();
        published.publishedAt = clock.instant();
        published.persist();
        b.publishedRevision = revision;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revision", revision);
        details.put("number", b.number);
        return saved(b, "bulletin.published", details);
    }

    // --- helpers ------------------------------------------------------------------------------

    private BulletinContent workingCopy(Bulletin b) {
        return new BulletinContent(b.number, b.title, YearMonth.from(b.month), null, b.publishedRevision + 1, null,
                store.read(b.figures, BulletinContent.Figures.class),
                store.read(b.narrative, BulletinContent.Narrative.class), store.cases(b.id));
    }

    private BulletinContent revision(Bulletin b, int revision) {
        BulletinRevision r = BulletinRevision.one(b.id, revision)
                .orElseThrow(() -> DomainException.notFound("bulletin.revision", revision));
        BulletinContent content = store.read(r.content, BulletinContent.class);
        return currentUser.is(Role.UNIT_HANDLER) ? content.forUnit(currentUser.unitId()) : content;
    }

    /** A bulletin the reader may see: managers any, everyone else only published ones (404 for drafts). */
    private Bulletin find(long id) {
        Bulletin b = Bulletin.findById(id);
        if (b == null || (!b.isPublished() && !currentUser.is(Role.MANAGER))) {
            throw DomainException.notFound("bulletin", id);
        }
        return b;
    }

    private Bulletin editable(long id, int version) {
        requireManager();
        Bulletin b = find(id);
        if (b.version != version) {
            throw new DomainException(ProblemType.STALE_VERSION, "bulletin.stale", b.version);
        }
        return b;
    }

    private void requireManager() {
        if (!currentUser.is(Role.MANAGER)) {
            throw new DomainException(ProblemType.FORBIDDEN, "bulletin.managers-only");
        }
    }

    private Summary saved(Bulletin b, String action, Map<String, Object> details) {
        touch(b);
        em.flush(); // two managers saving the same version: the second fails here
        audit.record(action, "bulletin", b.id, details);
        return Summary.of(b);
    }

    private void touch(Bulletin b) {
        b.updatedBy = currentUser.actorName();
        b.updatedAt = clock.instant();
    }

    /** The case as the bulletin shows it: no name, number or identity of the citizen. */
    private BulletinContent.Case masked(WorkOrder order, String note) {
        String reply = Dispatch.ofOrder(order.id).stream().filter(d -> d.replyText != null)
                .reduce((first, second) -> second).map(d -> d.replyText).orElse(order.answer);
        String name = order.callerName;
        String unit = order.leadUnit == null ? "" : order.leadUnit.name;
        return new BulletinContent.Case(order.id, order.number, order.category.name, unit,
                Masking.text(order.summary, name), Masking.text(order.citizenText, name),
                reply == null ? "" : Masking.text(reply, name), note);
    }

    private static DomainException invalid(String field, String key) {
        return new DomainException(ProblemType.RULE_VIOLATION, List.of(new FieldError(field, key)), key, field);
    }

}
