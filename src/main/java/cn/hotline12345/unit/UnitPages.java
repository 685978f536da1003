package cn.hotline12345.unit;

import java.net.URI;
import java.util.List;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.common.Strings;
import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditEvent;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.QueryString;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;

/** Administrators' pages for the unit registry. The forms call the same service as the API. */
@Path("/admin/units")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UnitPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<MemberUnit> result, String q, String level, String kind,
                String active, String links);

        static native TemplateInstance form(List<String> errors, String code, String name, String level, String kind,
                String parentCode, String contactPhone);

        static native TemplateInstance detail(MemberUnit unit, List<MemberUnit> children, List<AuditEvent> history,
                List<String> errors, boolean saved);
    }

    @Inject
    MemberUnitService units;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String level, @RestQuery String kind,
            @RestQuery String active, @RestQuery String page) {
        var filter = new MemberUnitService.Filter(q, Params.enumValue("level", UnitLevel.class, level),
                Params.enumValue("kind", UnitKind.class, kind), null, Params.booleanValue("active", active));
        var result = units.search(filter, PageRequest.of(Params.intValue("page", page), PageRequest.DEFAULT_SIZE));
        return Templates.list(result, q, level, kind, active,
                QueryString.of("q", q, "level", level, "kind", kind, "active", active));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return Templates.form(List.of(), "", "", "DISTRICT", "DEPARTMENT", "", "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String level,
            @RestForm String kind, @RestForm String parentCode, @RestForm String contactPhone) {
        return FormSubmission.submit(() -> {
            MemberUnit unit = units.create(FormSubmission.validated(validator, new UnitRequests.Create(code, name,
                    Params.enumValue("level", UnitLevel.class, level), Params.enumValue("kind", UnitKind.class, kind),
                    MemberUnit.idOfCode(parentCode), Strings.blankToNull(contactPhone))));
            return saved(unit.id);
        }, errors -> Templates.form(errors, code, name, level, kind, parentCode, contactPhone), page.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath long id, @RestQuery boolean saved) {
        return detailPage(id, List.of(), saved);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String name, @RestForm String level, @RestForm String kind,
            @RestForm String contactPhone, @RestForm String version) {
        return act(id, () -> units.update(id, FormSubmission.validated(validator, new UnitRequests.Update(name,
                Params.enumValue("level", UnitLevel.class, level), Params.enumValue("kind", UnitKind.class, kind),
                Strings.blankToNull(contactPhone),
                Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestForm String parentCode, @RestForm String version) {
        return act(id, () -> units.move(id, FormSubmission.validated(validator,
                new UnitRequests.Move(MemberUnit.idOfCode(parentCode), Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> units.deactivate(id, FormSubmission.validated(validator,
                new UnitRequests.ChangeActive(Params.intValue("version", version), reason))));
    }

    @POST
    @Path("/{id}/activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> units.activate(id, FormSubmission.validated(validator,
                new UnitRequests.ChangeActive(Params.intValue("version", version), reason))));
    }

    private Response act(long id, Runnable action) {
        return FormSubmission.step(action, saved(id), errors -> detailPage(id, errors, false), page.locale());
    }

    private static URI saved(long id) {
        return URI.create("/admin/units/" + id + "?saved=true");
    }


    private TemplateInstance detailPage(long id, List<String> errors, boolean saved) {
        MemberUnit unit = units.get(id);
        return Templates.detail(unit, MemberUnit.childrenOf(id),
                AuditEvent.forEntity(MemberUnitService.AUDIT_TYPE, id, 50), errors, saved);
    }
}
