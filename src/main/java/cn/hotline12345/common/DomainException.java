package cn.hotline12345.common;

import java.util.List;

/**
 * A refusal by a rule of the domain. It carries a message key and its arguments, not text, so the
 * rules stay plain Java and the web layer words the refusal in the reader's language.
 */
public class DomainException extends RuntimeException {

    private final ProblemType type;
    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldError> fieldErrors;

    public DomainException(ProblemType type, String messageKey, Object... arguments) {
        this(type, List.of(), messageKey, arguments);
    }

    public DomainException(ProblemType type, List<FieldError> fieldErrors, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** "{what} {id} does not exist"; {@code what} names a message key prefix such as "unit". */
    public static DomainException notFound(String what, Object id) {
        return new DomainException(ProblemType.NOT_FOUND, what + ".not-found", id);
    }

    public ProblemType type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
