package cn.hotline12345.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.Texts;

/**
 * How every page form is handled: run the action; on success redirect (303, so a reload does not
 * submit twice); on a refusal answer the form's page again with the reasons, in the reader's language.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param action does the work and says where to go next
     * @param pageWithErrors the page to show again, given the reasons the action was refused
     */
    public static Response submit(Supplier<URI> action, Function<List<String>, TemplateInstance> pageWithErrors,
            Locale locale) {
        try {
            return Response.seeOther(action.get()).build();
        } catch (DomainException | ConstraintViolationException failure) {
            return Response.status(status(failure)).entity(pageWithErrors.apply(messages(failure, locale))).build();
        }
    }

    /**
     * A step on a record's page: taken, then back to the record's page (which says it was saved);
     * refused, the page again with the reasons.
     */
    public static Response step(Runnable step, URI recordPage, Function<List<String>, TemplateInstance> pageWithErrors,
            Locale locale) {
        return submit(() -> {
            step.run();
            return recordPage;
        }, pageWithErrors, locale);
    }

    public static <T> T validated(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    static List<String> messages(RuntimeException failure, Locale locale) {
        List<String> messages = new ArrayList<>();
        if (failure instanceof DomainException refusal) {
            messages.add(Texts.describe(locale, refusal));
        } else if (failure instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                messages.add(ErrorMappers.fieldOf(violation.getPropertyPath()) + ": " + violation.getMessage());
            }
        }
        return messages;
    }

    /** A refusal keeps its own status; invalid input is 400. */
    static int status(RuntimeException failure) {
        return failure instanceof DomainException refusal ? refusal.type().status() : 400;
    }
}
