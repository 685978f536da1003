package cn.hotline12345.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.Texts;

/**
 * Runs a form submission and collects what went wrong as sentences for the page, in the reader's
 * language, so a page can show the form again with the reasons.
 */
public final class FormFailure {

    private FormFailure() {
    }

    public static <T> T validated(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    public static List<String> messages(RuntimeException failure, Locale locale) {
        List<String> messages = new ArrayList<>();
        if (failure instanceof DomainException refusal) {
            messages.add(Texts.describe(locale, refusal));
        } else if (failure instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                messages.add(ErrorMappers.fieldOf(violation.getPropertyPath()) + ": " + violation.getMessage());
            }
        } else {
            throw failure;
        }
        return messages;
    }


    /** The HTTP status a page answers a failed form with: the refusal's own, else 400. */
    public static int status(RuntimeException failure) {
        return failure instanceof DomainException refusal ? refusal.type().status() : 400;
    }
}
