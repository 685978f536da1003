package cn.hotline12345.account;

import cn.hotline12345.identity.Role;
import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cn.hotline12345.common.PageRequest;
import cn.hotline12345.common.PageResult;
import cn.hotline12345.common.Params;

/** Account administration over HTTP: administrators only. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Accounts", description = "Users, roles, password resets and locks")
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "List accounts", description = "Filters: q (username or name), role, unitId; paged.")
    public PageResult<AccountView> list(@RestQuery String q, @RestQuery String role, @RestQuery String unitId,
            @RestQuery String page, @RestQuery String size) {
        var filter = new AccountService.Filter(q, Params.enumValue("role", Role.class, role),
                Params.longValue("unitId", unitId));
        return accounts.search(filter, PageRequest.of(Params.intValue("page", page), Params.intValue("size", size)))
                .map(AccountView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account")
    public AccountView get(@RestPath long id) {
        return AccountView.of(accounts.get(id));
    }

    @POST
    @Operation(summary = "Create an account")
    public Response create(@Valid @NotNull AccountRequests.Create request) {
        AccountView created = AccountView.of(accounts.create(request));
        return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change name, role or unit")
    public AccountView update(@RestPath long id, @Valid @NotNull AccountRequests.Update request) {
        return AccountView.of(accounts.update(id, request));
    }

    @POST
    @Path("/{id}/password")
    @Operation(summary = "Reset a password")
    public AccountView resetPassword(@RestPath long id, @Valid @NotNull AccountRequests.ResetPassword request) {
        return AccountView.of(accounts.resetPassword(id, request));
    }

    @POST
    @Path("/{id}/lock")
    @Operation(summary = "Lock an account")
    public AccountView lock(@RestPath long id, @Valid @NotNull AccountRequests.ChangeLock request) {
        return AccountView.of(accounts.lock(id, request));
    }

    @POST
    @Path("/{id}/unlock")
    @Operation(summary = "Unlock an account")
    public AccountView unlock(@RestPath long id, @Valid @NotNull AccountRequests.ChangeLock request) {
        return AccountView.of(accounts.unlock(id, request));
    }
}
