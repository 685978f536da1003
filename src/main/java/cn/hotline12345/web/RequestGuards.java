package cn.hotline12345.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.hotline12345.common.HotlineConfig;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.common.RequestLocale;

/** Checks made before any resource runs, so a refused request changes nothing. */
public class RequestGuards {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    HotlineConfig config;

    /**
     * Pages speak the language the person chose (cookie), else Chinese, whatever the browser asks
     * for. Qute picks a page's locale from Accept-Language, so the header is set to that choice.
     */
    @ServerRequestFilter(preMatching = true)
    public void pageLanguage(ContainerRequestContext request) {
        if (!ErrorResponses.isApi(request.getUriInfo().getPath())) {
            var cookie = request.getCookies().get(RequestLocale.COOKIE);
            Locale locale = RequestLocale.resolve(cookie == null ? null : cookie.getValue(), null, false);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag());
        }
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false; // an origin we cannot read is not ours
        }
    }

    /** Declared bodies over the API limit (or the upload limit) are refused before they are read. */
    @ServerRequestFilter(preMatching = true)
    public Response limitBody(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getPath();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (!ErrorResponses.isApi(path) || length == null) {
            return null;
        }
        // A file upload (multipart form) is streamed to disk, so it may be far larger than a JSON body.
        boolean upload = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        long max = upload ? config.api().maxUploadBytes() : config.api().maxBodyBytes();
        try {
            if (Long.parseLong(length.trim()) <= max) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null; // the HTTP layer rejects a malformed length itself
        }
        return ErrorResponses.of(ProblemType.PAYLOAD_TOO_LARGE, path, headers,
                "problem.payload-too-large.detail", new Object[] {max}, List.of());
    }

    /**
     * A state change sent by a browser from another site is refused (cross-site request forgery).
     * Browsers name the page's origin on such requests; the session cookie is SameSite=Strict too.
     * Page forms must name our origin (Origin, else Referer); "null" (a redirect, a sandbox) is
     * foreign. API clients without either (curl, integrations, the benchmark) are not browsers.
     * Not pre-matching: a refused page form gets an error page, rendered off the event loop.
     */
    @ServerRequestFilter
    public Response sameOrigin(ContainerRequestContext request, HttpHeaders headers) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            origin = request.getHeaderString("Referer");
        }
        if (origin == null && ErrorResponses.isApi(request.getUriInfo().getPath())) {
            return null;
        }
        if (origin != null && sameAuthority(origin, request.getHeaderString(HttpHeaders.HOST))) {
            return null;
        }
        return ErrorResponses.of(ProblemType.FORBIDDEN, request.getUriInfo().getPath(), headers,
                "problem.cross-origin.detail", new Object[0], List.of());
    }
}
