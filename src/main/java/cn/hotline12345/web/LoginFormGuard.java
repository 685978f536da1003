package cn.hotline12345.web;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.Texts;

/**
 * The login form is posted to Quarkus' own /j_security_check, which no resource filter sees. A
 * post from another site logs the browser in to an account of the attacker's (login CSRF): it is
 * refused here, before the form mechanism reads it, exactly as RequestGuards refuses other posts.
 */
@ApplicationScoped
public class LoginFormGuard {

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/j_security_check").order(Integer.MIN_VALUE).handler(context -> {
            var request = context.request();
            String origin = request.getHeader("Origin");
            if (origin == null) {
                origin = request.getHeader("Referer");
            }
            // A client that names no origin is no browser, and login CSRF needs a browser.
            URI ours = URI.create(request.absoluteURI());
            if (origin == null || RequestGuards.sameOrigin(origin, ours.getScheme(), ours.getRawAuthority())) {
                context.next();
                return;
            }
            String text = Texts.format(Texts.CHINESE, "problem.cross-origin.detail");
            context.response().setStatusCode(ProblemType.FORBIDDEN.status())
                    .putHeader("Content-Type", "text/html; charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>403</title><p>"
                            + text + "</p><p><a href=\"/login\">/login</a></p></html>");
        });
    }
}
