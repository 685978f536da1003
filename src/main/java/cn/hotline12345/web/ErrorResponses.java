package cn.hotline12345.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.MDC;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.Problem;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.RequestLocale;
import cn.hotline12345.common.Texts;

/**
 * Builds the answer to a failed request: problem+json for the API, a page (or the login page)
 * for people in a browser. The one place that decides which.
 */
public final class ErrorResponses {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String requestId);

        /** Without the layout: for answers given on the I/O thread, where the reader cannot be looked up. */
        static native TemplateInstance bare(int status, String title, String detail, String requestId);
    }

    public static final String SESSION_COOKIE = "hotline-session";

    private ErrorResponses() {
    }

    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    public static Locale locale(HttpHeaders headers, boolean api) {
        var cookie = headers.getCookies().get(RequestLocale.COOKIE);
        return RequestLocale.resolve(cookie == null ? null : cookie.getValue(), headers.getAcceptableLanguages(), api);
    }

    /**
     * @param detailKey message key of the detail, with its arguments
     * @param fieldErrors field errors whose messages are message keys, or already words when {@code keysInFields} is false
     */
    public static Response of(ProblemType type, String path, HttpHeaders headers, String detailKey, Object[] arguments,
            List<FieldError> fieldErrors) {
        boolean api = isApi(path);
        Locale locale = locale(headers, api);
        String title = Texts.title(locale, type);
        String detail = detailKey == null ? null : Texts.format(locale, detailKey, arguments);
        String requestId = requestId();
        if (!api) {
            return page(type, title, detail, requestId, locale, path);
        }
        List<FieldError> errors = fieldErrors.stream()
                .map(error -> new FieldError(error.field(), Texts.format(locale, error.message(), arguments)))
                .toList();
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), title, type.status(), detail, path, requestId, errors));
        if (type == ProblemType.UNAUTHENTICATED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hotline\"");
        }
        return builder.build();
    }

    private static Response page(ProblemType type, String title, String detail, String requestId, Locale locale,
            String path) {
        if (type == ProblemType.UNAUTHENTICATED) {
            // A session cookie of an account that may no longer log in is dropped, or /login would
            // fail on it again and again.
            NewCookie expired = new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true)
                    .build();
            return Response.seeOther(URI.create("/login")).cookie(expired).build();
        }
        TemplateInstance template = io.vertx.core.Context.isOnEventLoopThread()
                ? Templates.bare(type.status(), title, detail, requestId)
                : Templates.error(type.status(), title, detail, requestId);
        String html = template.setLocale(locale).render();
        return Response.status(type.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
