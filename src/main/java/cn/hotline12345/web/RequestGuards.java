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

import cn.hotline12345.common.FieldError;
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
            return;
        }
        // An API client's malformed Accept-Language (en;q=abc) is read for what can be read, never a 500.
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        String readable = RequestLocale.readablePart(header);
        if (header != null && !header.equals(readable)) {
            if (readable == null) {
                request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
            } else {
                request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, readable);
            }
        }
    }

    /**
     * Whether a browser's Origin (or Referer) names this site: the same scheme, host and port as the
     * request. A port left out is the scheme's own (80, 443).
     */
    static boolean sameOrigin(String origin, String scheme, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || uri.getScheme() == null || host == null || scheme == null) {
                return false;
            }
            URI ours = URI.create(scheme + "://" + host);
            return uri.getScheme().equalsIgnoreCase(ours.getScheme()) && uri.getHost().equalsIgnoreCase(ours.getHost())
                    && port(uri) == port(ours);
        } catch (IllegalArgumentException e) {
            return false; // an origin we cannot read is not ours
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The longest query string read: filters and a search text fit many times over. */
    static final int LONGEST_QUERY = 8192;

    /**
     * A query far too long (414) or a parameter holding a NUL character (400, naming it) is refused
     * before anything runs; a NUL could be stored nowhere, and nothing reads 8 KiB of filters.
     */
    @ServerRequestFilter(preMatching = true)
    public Response checkQuery(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getPath();
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw != null && raw.length() > LONGEST_QUERY) {
            return ErrorResponses.of(ProblemType.URI_TOO_LONG, path, headers, "problem.uri-too-long.detail",
                    new Object[] {LONGEST_QUERY}, List.of());
        }
        for (var parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0);
            if (nul) {
                String name = parameter.getKey().replace('\u0000', '?');
                return ErrorResponses.of(ProblemType.BAD_PARAMETER, path, headers, "problem.nul-character.detail",
                        new Object[] {name}, List.of(new FieldError(name, "problem.nul-character.field")));
            }
        }
        if (path.indexOf('\u0000') >= 0) {
            return ErrorResponses.of(ProblemType.NOT_FOUND, path.replace('\u0000', '?'), headers,
                    "problem.not-found.path", new Object[0], List.of());
        }
        return null;
    }

    /**
     * Declared bodies over the API limit (or the upload limit) are refused before they are read; a
     * body that declares no length (chunked) is counted as it is read and refused past the limit.
     */
    @ServerRequestFilter(preMatching = true)
    public Response limitBody(ContainerRequestContext request, HttpHeaders headers) {
        String path = request.getUriInfo().getPath();
        if (!ErrorResponses.isApi(path) || SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        // A file upload (multipart form) is streamed to disk, so it may be far larger than a JSON body.
        boolean upload = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        long max = upload ? config.api().maxUploadBytes() : config.api().maxBodyBytes();
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            // The upload limit is the transport's own ceiling, which the HTTP layer holds for chunked uploads.
            if (!upload) {
                request.setEntityStream(new BoundedBody(request.getEntityStream(), max));
            }
            return null;
        }
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
        // The request's own address, not its Host header: an HTTP/2 request names its host in :authority.
        URI ours = request.getUriInfo().getRequestUri();
        if (origin != null && sameOrigin(origin, ours.getScheme(), ours.getRawAuthority())) {
            return null;
        }
        return ErrorResponses.of(ProblemType.FORBIDDEN, request.getUriInfo().getPath(), headers,
                "problem.cross-origin.detail", new Object[0], List.of());
    }
}
