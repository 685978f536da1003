package cn.hotline12345.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditEvent;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.QueryString;
import cn.hotline12345.common.Strings;
import cn.hotline12345.common.Texts;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;
import cn.hotline12345.topic.Category;

/** The knowledge-base pages: agent search, the entry page, editing with versions, review, import. */
@Path("/knowledge")
@Produces(MediaType.TEXT_HTML)
public class KnowledgePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, KnowledgeSearch.Results results, List<Category> categories,
                List<KnowledgeReferences.RegionOption> regions);

        static native TemplateInstance entry(KnowledgeViews.Entry entry, List<KnowledgeViews.Proposal> proposals,
                List<AuditEvent> history, boolean mayPropose, boolean mayUse, List<String> errors, boolean saved);

        static native TemplateInstance manage(PageResult<KnowledgeViews.Summary> result, String state, String q,
                String pagingQuery, List<KnowledgeState> states);

        static native TemplateInstance form(Long id, Integer version, EntryForm form, List<Category> categories,
                List<KnowledgeReferences.RegionOption> regions, List<String> errors);

        static native TemplateInstance versions(KnowledgeViews.Entry entry, List<KnowledgeViews.Version> versions,
                KnowledgeViews.Diff diff);

        static native TemplateInstance expiring(List<KnowledgeViews.Summary> entries, int days);

        static native TemplateInstance proposals(PageResult<KnowledgeViews.Proposal> result, String state,
                String links, List<String> errors);

        static native TemplateInstance importPage(KnowledgeAdminResource.ImportAnswer report, List<String> errors,
                boolean mayPublish);
    }

    /** The search page's filters as the agent set them. */
    public record SearchForm(String q, String categoryId, String region, boolean inForce, int page) {

        static final int PAGE_SIZE = 10;

        public String query(int toPage) {
            return QueryString.of("q", q, "categoryId", categoryId, "region", region, "inForce",
                    inForce ? null : "false", "page", toPage == 0 ? null : String.valueOf(toPage));
        }

        public boolean hasNext(long total) {
            return (long) (page + 1) * PAGE_SIZE < total && page < 50;
        }
    }

    /** The editor's form, as typed (so a refused save shows it again). */
    public record EntryForm(String code, String title, Map<String, String> sections, String categoryId,
            String ownerUnitCode, String keywords, String synonyms, String documentNumber, String effectiveFrom,
            String expiresOn, String regionCode, String note) {

        public String section(String name) {
            return sections.getOrDefault(name, "");
        }
    }

    @Inject
    KnowledgeService knowledge;

    @Inject
    KnowledgeSearch search;

    @Inject
    KnowledgeImport importer;

    @Inject
    KnowledgeConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    Validator validator;

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.KB_EDITOR,
            Role.Names.KB_REVIEWER, Role.Names.MANAGER, Role.Names.ADMIN})
    public TemplateInstance searchPage(@RestQuery String q, @RestQuery String categoryId, @RestQuery String region,
            @RestQuery String inForce, @RestQuery String page) {
        Boolean inForceOnly = Params.booleanValue("inForce", inForce);
        Integer pageNo = Params.intValue("page", page);
        SearchForm form = new SearchForm(Strings.blankToNull(q), Strings.blankToNull(categoryId),
                Strings.blankToNull(region), inForceOnly == null || inForceOnly,
                Math.max(0, Math.min(50, pageNo == null ? 0 : pageNo)));
        KnowledgeSearch.Results results = null;
        if (form.q() != null || form.categoryId() != null || form.region() != null) {
            if (form.region() != null && !Regions.wellFormed(form.region())) {
                throw Params.bad("region", form.region());
            }
            results = search.search(new SearchCriteria(form.q(), Params.longValue("categoryId", form.categoryId()),
                    null, form.region(), form.inForce(), search.today(), form.page() * SearchForm.PAGE_SIZE,
                    SearchForm.PAGE_SIZE));
        }
        return Templates.search(form, results, Category.all(), KnowledgeReferences.load().regionOptions(
                KnowledgeViews.CITY_NAME));
    }

    @GET
    @Path("/entries/{id}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.UNIT_HANDLER, Role.Names.KB_EDITOR,
            Role.Names.KB_REVIEWER, Role.Names.MANAGER, Role.Names.ADMIN})
    public TemplateInstance entryPage(@RestPath long id, @RestQuery boolean saved) {
        return entryView(id, List.of(), saved);
    }

    private TemplateInstance entryView(long id, List<String> errors, boolean saved) {
        KnowledgeEntry entry = knowledge.get(id);
        KnowledgeViews.Entry view = knowledge.view(entry);
        boolean own = currentUser.is(Role.UNIT_HANDLER) && Long.valueOf(entry.ownerUnitId).equals(currentUser.unitId());
        boolean editorial = knowledge.seesDrafts(entry);
        return Templates.entry(view, editorial ? knowledge.proposalsOf(id).stream().map(KnowledgeViews.Proposal::of)
                .toList() : List.of(), editorial ? knowledge.workflowHistory(id) : List.of(), own,
                entry.live() && (currentUser.is(Role.AGENT) || currentUser.is(Role.SUPERVISOR)), errors, saved);
    }

    @GET
    @Path("/manage")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    public TemplateInstance manage(@RestQuery String state, @RestQuery String q, @RestQuery String page) {
        KnowledgeState chosen = Params.enumValue("state", KnowledgeState.class, state);
        KnowledgeReferences references = KnowledgeReferences.load();
        var result = knowledge.list(new KnowledgeService.Filter(chosen, q, null, null),
                PageRequest.of(Params.intValue("page", page), PageRequest.DEFAULT_SIZE))
                .map(entry -> KnowledgeViews.Summary.of(entry, references));
        return Templates.manage(result, state, q, QueryString.of("state", state, "q", q),
                List.of(KnowledgeState.values()));
    }

    @GET
    @Path("/entries/new")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public TemplateInstance newEntry() {
        EntryForm blank = new EntryForm(null, null, Map.of(), null, null, null, null, null,
                search.today().toString(), null, Regions.CITY, null);
        return formPage(null, null, blank, List.of());
    }

    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public Response create(@RestForm String code, @RestForm String title, @RestForm String summary,
            @RestForm String conditions, @RestForm String materials, @RestForm String steps, @RestForm String fees,
            @RestForm String timeLimit, @RestForm String location, @RestForm String legalBasis,
            @RestForm String categoryId, @RestForm String ownerUnitCode, @RestForm String keywords,
            @RestForm String synonyms, @RestForm String documentNumber, @RestForm String effectiveFrom,
            @RestForm String expiresOn, @RestForm String regionCode, @RestForm String note) {
        EntryForm form = new EntryForm(code, title, sections(summary, conditions, materials, steps, fees, timeLimit,
                location, legalBasis), categoryId, ownerUnitCode, keywords, synonyms, documentNumber, effectiveFrom,
                expiresOn, regionCode, note);
        return FormSubmission.submit(() -> entryUri(knowledge.create(request(form, null)).id),
                errors -> formPage(null, null, form, errors), page.locale());
    }

    @GET
    @Path("/entries/{id}/edit")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public TemplateInstance editEntry(@RestPath long id) {
        KnowledgeEntry entry = knowledge.get(id);
        KnowledgeReferences references = KnowledgeReferences.load();
        MemberUnit unit = references.unit(entry.ownerUnitId);
        EntryForm form = new EntryForm(entry.code, entry.title, entry.body, String.valueOf(entry.categoryId),
                unit == null ? null : unit.code, String.join("|", entry.keywords), String.join("|", entry.synonyms),
                entry.documentNumber, entry.effectiveFrom.toString(),
                entry.expiresOn == null ? null : entry.expiresOn.toString(), entry.regionCode, null);
        return formPage(id, entry.version, form, List.of());
    }

    @POST
    @Path("/entries/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public Response update(@RestPath long id, @RestForm String title, @RestForm String summary,
            @RestForm String conditions, @RestForm String materials, @RestForm String steps, @RestForm String fees,
            @RestForm String timeLimit, @RestForm String location, @RestForm String legalBasis,
            @RestForm String categoryId, @RestForm String ownerUnitCode, @RestForm String keywords,
            @RestForm String synonyms, @RestForm String documentNumber, @RestForm String effectiveFrom,
            @RestForm String expiresOn, @RestForm String regionCode, @RestForm String note, @RestForm String version) {
        EntryForm form = new EntryForm(null, title, sections(summary, conditions, materials, steps, fees, timeLimit,
                location, legalBasis), categoryId, ownerUnitCode, keywords, synonyms, documentNumber, effectiveFrom,
                expiresOn, regionCode, note);
        Integer seen = Params.intValue("version", version);
        return FormSubmission.submit(() -> entryUri(knowledge.update(id, request(form, seen)).id),
                errors -> formPage(id, seen, form, errors), page.locale());
    }

    @POST
    @Path("/entries/{id}/{action: submit|publish|reject|archive}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public Response step(@RestPath long id, @RestPath String action, @RestForm String version,
            @RestForm String note) {
        Integer seen = Params.intValue("version", version);
        return act(id, () -> switch (action) {
            case "submit" -> knowledge.submit(id, valid(new KnowledgeRequests.Step(seen, note)));
            case "publish" -> knowledge.publish(id, valid(new KnowledgeRequests.Step(seen, note)));
            case "reject" -> knowledge.reject(id, valid(new KnowledgeRequests.Reject(seen, note)));
            default -> knowledge.archive(id, valid(new KnowledgeRequests.Step(seen, note)));
        });
    }

    @POST
    @Path("/entries/{id}/rollback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public Response rollback(@RestPath long id, @RestForm String version, @RestForm String toVersion) {
        return act(id, () -> knowledge.rollback(id, valid(new KnowledgeRequests.Rollback(
                Params.intValue("version", version), Params.intValue("toVersion", toVersion), null))));
    }

    @POST
    @Path("/entries/{id}/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.Names.UNIT_HANDLER)
    public Response propose(@RestPath long id, @RestForm String text) {
        return FormSubmission.submit(() -> {
            knowledge.propose(id, valid(new KnowledgeRequests.Propose(text)));
            return entryUri(id);
        }, errors -> entryView(id, errors, false), page.locale());
    }

    @GET
    @Path("/entries/{id}/versions")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    public TemplateInstance versions(@RestPath long id, @RestQuery String from, @RestQuery String to) {
        List<KnowledgeViews.Version> versions = knowledge.versions(id).stream().map(KnowledgeViews.Version::of).toList();
        Integer a = Params.intValue("from", from);
        Integer b = Params.intValue("to", to);
        if (a == null && b == null && versions.size() > 1) {
            b = versions.get(0).versionNo();
            a = versions.get(1).versionNo();
        }
        KnowledgeViews.Diff diff = a != null && b != null ? knowledge.diff(id, a, b) : null;
        return Templates.versions(knowledge.view(id), versions, diff);
    }

    @GET
    @Path("/expiring")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    public TemplateInstance expiring() {
        KnowledgeReferences references = KnowledgeReferences.load();
        return Templates.expiring(knowledge.expiring().stream().map(e -> KnowledgeViews.Summary.of(e, references))
                .toList(), config.expiringWithinDays());
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN, Role.Names.UNIT_HANDLER})
    public TemplateInstance proposals(@RestQuery String state, @RestQuery String page) {
        ProposalState chosen = Params.enumValue("state", ProposalState.class, state);
        return proposalsPage(chosen == null ? ProposalState.OPEN : chosen, Params.intValue("page", page), List.of());
    }

    private TemplateInstance proposalsPage(ProposalState state, Integer pageNo, List<String> errors) {
        return Templates.proposals(knowledge.proposals(state, PageRequest.of(pageNo, PageRequest.DEFAULT_SIZE))
                .map(KnowledgeViews.Proposal::of), state.name(), QueryString.of("state", state.name()), errors);
    }

    @POST
    @Path("/proposals/{id}/{decision: accept|decline}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER})
    public Response decide(@RestPath long id, @RestPath String decision, @RestForm String version,
            @RestForm String note) {
        return FormSubmission.submit(() -> {
            knowledge.decide(id, decision.equals("accept"), valid(new KnowledgeRequests.Decide(
                    Params.intValue("version", version), note)));
            return URI.create("/knowledge/proposals");
        }, errors -> proposalsPage(ProposalState.OPEN, 0, errors), page.locale());
    }

    @GET
    @Path("/import")
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN})
    public TemplateInstance importForm() {
        return Templates.importPage(null, List.of(), !currentUser.is(Role.KB_EDITOR));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.KB_EDITOR, Role.Names.KB_REVIEWER, Role.Names.ADMIN})
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String publish) throws IOException {
        boolean mayPublish = !currentUser.is(Role.KB_EDITOR);
        ImportFormat format = file == null ? null : ImportFormat.of(file.fileName(), null);
        if (format == null) {
            return Response.status(400).entity(Templates.importPage(null, List.of(Texts.format(page.locale(),
                    "import.no-file")), mayPublish)).build();
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            KnowledgeImport.Report report = importer.run(in, format, publish != null);
            return Response.ok(Templates.importPage(KnowledgeAdminResource.ImportAnswer.of(report, page.locale()),
                    List.of(), mayPublish)).build();
        } catch (DomainException refusal) {
            return Response.status(refusal.type().status()).entity(Templates.importPage(null,
                    List.of(Texts.describe(page.locale(), refusal)), mayPublish)).build();
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    private Response act(long id, Supplier<KnowledgeEntry> step) {
        return FormSubmission.step(step::get, entryUri(id), errors -> entryView(id, errors, false), page.locale());
    }

    private TemplateInstance formPage(Long id, Integer version, EntryForm form, List<String> errors) {
        return Templates.form(id, version, form, Category.all(), KnowledgeReferences.load().regionOptions(
                KnowledgeViews.CITY_NAME), errors);
    }

    private KnowledgeRequests.Save request(EntryForm form, Integer version) {
        return valid(new KnowledgeRequests.Save(Strings.blankToNull(form.code()), form.title(),
                EntryBody.of(form.sections()), Params.longValue("categoryId", form.categoryId()),
                MemberUnit.idOfCode(form.ownerUnitCode()), ImportFormat.split(form.keywords()),
                ImportFormat.split(form.synonyms()), form.documentNumber(), Params.dateValue("effectiveFrom",
                        form.effectiveFrom()), Params.dateValue("expiresOn", form.expiresOn()), form.regionCode(),
                form.note(), version));
    }

    private static Map<String, String> sections(String summary, String conditions, String materials, String steps,
            String fees, String timeLimit, String location, String legalBasis) {
        Map<String, String> sections = new java.util.LinkedHashMap<>();
        String[] values = {summary, conditions, materials, steps, fees, timeLimit, location, legalBasis};
        for (int i = 0; i < EntryBody.SECTIONS.length; i++) {
            sections.put(EntryBody.SECTIONS[i], Strings.blankToEmpty(values[i]));
        }
        return sections;
    }

    private <T> T valid(T request) {
        return FormSubmission.validated(validator, request);
    }

    private static URI entryUri(long id) {
        return URI.create("/knowledge/entries/" + id + "?saved=true");
    }
}
