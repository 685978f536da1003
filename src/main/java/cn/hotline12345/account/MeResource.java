package cn.hotline12345.account;

import cn.hotline12345.identity.CurrentUser;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Accounts")
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Who am I")
    public AccountView me() {
        return AccountView.of(accounts.get(currentUser.accountId()));
    }

    @POST
    @Path("/password")
    @Operation(summary = "Change my password")
    public AccountView changePassword(@Valid @NotNull AccountRequests.ChangeOwnPassword request) {
        return AccountView.of(accounts.changeOwnPassword(request));
    }
}
