package cn.hotline12345.account;

import cn.hotline12345.identity.Role;
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

import cn.hotline12345.audit.AuditEvent;
import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.QueryString;
import cn.hotline12345.unit.MemberUnit;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;

/** Administrators' pages for accounts: create, change role or unit, reset passwords, lock. */
@Path("/admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageResult<Account> result, String q, String role, List<Role> roles,
                String links);

        static native TemplateInstance form(List<String> errors, String username, String displayName, String role,
                String unitCode, List<Role> roles);

        static native TemplateInstance detail(Account account, List<AuditEvent> history, List<String> errors,
                boolean saved, List<Role> roles);
    }

    private static final List<Role> ROLES = List.of(Role.values());

    @Inject
    AccountService accounts;

    @Inject
    Validator validator;

    @Inject
    PageContext page;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String role, @RestQuery String page) {
        var filter = new AccountService.Filter(q, Params.enumValue("role", Role.class, role), null);
        var result = accounts.search(filter, PageRequest.of(Params.intValue("page", page), PageRequest.DEFAULT_SIZE));
        return Templates.list(result, q, role, ROLES, QueryString.of("q", q, "role", role));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return Templates.form(List.of(), "", "", Role.AGENT.name(), "", ROLES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String role,
            @RestForm String unitCode, @RestForm String password) {
        return FormSubmission.submit(() -> {
            Account account = accounts.create(FormSubmission.validated(validator, new AccountRequests.Create(username,
                    displayName, Params.enumValue("role", Role.class, role), MemberUnit.idOfCode(unitCode), password)));
            return saved(account.id);
        }, errors -> Templates.form(errors, username, displayName, role, unitCode, ROLES), page.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@RestPath long id, @RestQuery boolean saved) {
        return detailPage(id, List.of(), saved);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @RestForm String displayName, @RestForm String role,
            @RestForm String unitCode, @RestForm String version) {
        return act(id, () -> accounts.update(id, FormSubmission.validated(validator, new AccountRequests.Update(
                displayName, Params.enumValue("role", Role.class, role), MemberUnit.idOfCode(unitCode),
                Params.intValue("version", version)))));
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@RestPath long id, @RestForm String newPassword) {
        return act(id, () -> accounts.resetPassword(id,
                FormSubmission.validated(validator, new AccountRequests.ResetPassword(newPassword))));
    }

    @POST
    @Path("/{id}/lock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lock(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> accounts.lock(id, FormSubmission.validated(validator,
                new AccountRequests.ChangeLock(Params.intValue("version", version), reason))));
    }

    @POST
    @Path("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@RestPath long id, @RestForm String reason, @RestForm String version) {
        return act(id, () -> accounts.unlock(id, FormSubmission.validated(validator,
                new AccountRequests.ChangeLock(Params.intValue("version", version), reason))));
    }

    private Response act(long id, Runnable action) {
        return FormSubmission.step(action, saved(id), errors -> detailPage(id, errors, false), page.locale());
    }

    private static URI saved(long id) {
        return URI.create("/admin/accounts/" + id + "?saved=true");
    }

    private TemplateInstance detailPage(long id, List<String> errors, boolean saved) {
        return Templates.detail(accounts.get(id), AuditEvent.forEntity(AccountService.AUDIT_TYPE, id, 50), errors,
                saved, ROLES);
    }
}
