package cn.hotline12345.common;

import jakarta.ws.rs.core.Response.Status;

/** The stable kinds of API error; each has a URI and a localised title (i18n/problems). */
public enum ProblemType {
    VALIDATION(400),
    MALFORMED_BODY(400),
    BAD_PARAMETER(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    STALE_VERSION(409),
    PAYLOAD_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    RULE_VIOLATION(422),
    INTERNAL(500),
    /** A service the request needs (the search cluster) cannot be reached; the request changed nothing. */
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String uri() {
        return "urn:hotline12345:problem:" + slug();
    }

    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return BAD_PARAMETER;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return Status.Family.familyOf(status) == Status.Family.SERVER_ERROR ? INTERNAL : BAD_PARAMETER;
    }
}
