package cn.hotline12345.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/** Turns every failure into a clear answer; nothing but a request id leaves for a server fault. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final Object[] NONE = new Object[0];
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(e.type(), uri.getPath(), headers, e.messageKey(), e.arguments(), e.fieldErrors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        return ErrorResponses.of(ProblemType.VALIDATION, uri.getPath(), headers, "problem.validation.detail", NONE,
                errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(ProblemType.VALIDATION, uri.getPath(), headers, "problem.validation.detail", NONE,
                List.of(new FieldError(pathOf(e), "problem.unknown-field.field")));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return badJsonMapping(e, uri, headers);
    }

    /** A body cut short is not JSON at all, whatever field it stopped in. */
    private static boolean cutShort(JsonMappingException e) {
        return e.getCause() instanceof com.fasterxml.jackson.core.io.JsonEOFException
                || e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
    }

    @ServerExceptionMapper
    public Response badJsonMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (cutShort(e)) {
            return malformed(e, uri, headers);
        }
        String message = StrictJson.NUL.equals(e.getOriginalMessage()) ? "problem.nul-character.field"
                : "problem.malformed-body.field";
        return ErrorResponses.of(ProblemType.VALIDATION, uri.getPath(), headers, "problem.validation.detail", NONE,
                List.of(new FieldError(pathOf(e), message)));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Object[] where = e.getLocation() == null ? new Object[] {"?", "?"}
                : new Object[] {e.getLocation().getLineNr(), e.getLocation().getColumnNr()};
        return ErrorResponses.of(ProblemType.MALFORMED_BODY, uri.getPath(), headers, "problem.malformed-body.detail",
                where, List.of());
    }

    @ServerExceptionMapper
    public Response tooLarge(BoundedBody.TooLarge e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(ProblemType.PAYLOAD_TOO_LARGE, uri.getPath(), headers,
                "problem.payload-too-large.detail", new Object[] {e.limit}, List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(ProblemType.UNAUTHENTICATED, uri.getPath(), headers,
                "problem.unauthenticated.detail", NONE, List.of());
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(null, uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(ProblemType.FORBIDDEN, uri.getPath(), headers, "problem.forbidden.detail", NONE,
                List.of());
    }

    @ServerExceptionMapper
    public Response staleVersion(jakarta.persistence.OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ErrorResponses.of(ProblemType.STALE_VERSION, uri.getPath(), headers, "problem.conflict.detail", NONE,
                List.of());
    }

    @ServerExceptionMapper
    public Response staleState(org.hibernate.StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return staleVersion(null, uri, headers);
    }

    /**
     * A unique key that a concurrent request won (the checks before the insert could not see it) is
     * the client's conflict; any other broken constraint is our fault.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
            HttpHeaders headers) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return internal(e, uri, headers);
        }
        return ErrorResponses.of(ProblemType.CONFLICT, uri.getPath(), headers, "problem.conflict.detail", NONE,
                List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        // The JSON reader reports a body it cannot read as a plain 400; say what was wrong with it.
        if (e.getCause() instanceof BoundedBody.TooLarge tooLarge) {
            return tooLarge(tooLarge, uri, headers);
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri, headers);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return mismatched(mismatch, uri, headers);
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badJsonMapping(mapping, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detailKey = switch (type) {
            case NOT_FOUND -> "problem.not-found.path";
            case METHOD_NOT_ALLOWED -> "problem.method-not-allowed.detail";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupported-media-type.detail";
            case NOT_ACCEPTABLE -> "problem.not-acceptable.detail";
            case PAYLOAD_TOO_LARGE -> null;
            default -> "problem." + type.slug() + ".detail";
        };
        Object[] arguments = e instanceof NotAllowedException ? new Object[] {request.getMethod()} : NONE;
        Response response = ErrorResponses.of(type, uri.getPath(), headers, detailKey, arguments, List.of());
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri, HttpHeaders headers) {
        // A conflict found only at commit (two requests changed one row at once) arrives wrapped in
        // the transaction's own failure: it is still the loser's conflict, not our fault.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return staleVersion(null, uri, headers);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return constraint(violation, uri, headers);
            }
        }
        LOG.errorf(e, "unhandled failure on %s", uri.getPath());
        return ErrorResponses.of(ProblemType.INTERNAL, uri.getPath(), headers, "problem.internal.detail", NONE,
                List.of());
    }

    /** "create.request.name" → "name": the method and parameter names mean nothing to a client. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
