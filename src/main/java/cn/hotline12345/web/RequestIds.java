package cn.hotline12345.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every HTTP request an id: the caller's X-Request-Id when it is sane, else a new one. It is
 * in every log line of the request, in the response header and in problem documents, so a
 * citizen's complaint about an error can be traced to the log.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String offered = context.request().getHeader(HEADER);
            String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }
}
