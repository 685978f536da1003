package cn.hotline12345.account;

import cn.hotline12345.web.ErrorResponses;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import cn.hotline12345.account.AccountAuthenticator;
import cn.hotline12345.identity.CurrentUser;
import cn.hotline12345.account.DemoAccounts;
import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.RequestLocale;

/** Login form (posted to Quarkus' /j_security_check), logout, and the language switch. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean loggedOut, List<DemoAccounts.Demo> demoAccounts,
                String demoPassword);
    }

    /** Where the language switch may send the reader back to: a path of this site, nothing else. */
    private static final java.util.regex.Pattern LOCAL_PATH = java.util.regex.Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%=&?-]*");

    @Inject
    CurrentUser currentUser;

    @Inject
    HotlineConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountAuthenticator authenticator;

    @GET
    @Path("login")
    public Response login(@RestQuery boolean logout, @RestCookie(LoginFailures.COOKIE) String failed) {
        if (currentUser.isLoggedIn()) {
            return Response.seeOther(URI.create("/")).build();
        }
        boolean demo = config.demoData();
        return Response.ok(Templates.login(failed != null, logout, demo ? DemoAccounts.ACCOUNTS : List.of(),
                demo ? DemoAccounts.PASSWORD : null)).cookie(LoginFailures.cleared()).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            authenticator.endSession(identity);
        }
        NewCookie expired = new NewCookie.Builder(ErrorResponses.SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login?logout=true")).cookie(expired).build();
    }

    @GET
    @Path("lang/{tag}")
    public Response language(@RestPath String tag, @RestQuery String back) {
        String target = back != null && LOCAL_PATH.matcher(back).matches() ? back : "/";
        NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE)
                .value(RequestLocale.fromTag(tag).toLanguageTag()).path("/").maxAge(365 * 24 * 3600).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
