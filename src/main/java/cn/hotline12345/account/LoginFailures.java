package cn.hotline12345.account;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;

/**
 * Lets the login page say that a login failed. Quarkus answers a failed form login by sending the
 * browser back to the login page, the same as a first visit; a short-lived cookie set on that
 * answer tells the two apart.
 */
@Singleton
public class LoginFailures {

    public static final String COOKIE = "hotline-login-failed";

    void install(@Observes Router router) {
        router.post("/j_security_check").order(-900).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                String location = context.response().headers().get("Location");
                if (location != null && location.endsWith("/login")) {
                    context.response().addCookie(Cookie.cookie(COOKIE, "1").setPath("/login").setMaxAge(60)
                            .setHttpOnly(true));
                }
            });
            context.next();
        });
    }

    static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path("/login").maxAge(0).httpOnly(true).build();
    }
}
