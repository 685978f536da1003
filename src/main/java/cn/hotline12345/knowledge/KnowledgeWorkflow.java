package cn.hotline12345.knowledge;

import java.util.Set;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.MessageKey;
import cn.hotline12345.common.ProblemType;

/**
 * The editing workflow as plain rules: who may take which step from which state, and where it
 * leads. Editors write and submit; only reviewers publish, reject, archive and roll back.
 */
public final class KnowledgeWorkflow {

    private static final Set<Role> WRITERS = Set.of(Role.KB_EDITOR, Role.KB_REVIEWER);

    private KnowledgeWorkflow() {
    }

    public static boolean mayWrite(Role role) {
        return WRITERS.contains(role);
    }

    public static boolean roleMay(Role role, KnowledgeAction action) {
        return switch (action) {
            case EDIT, SUBMIT -> WRITERS.contains(role);
            case PUBLISH, REJECT, ARCHIVE, ROLLBACK -> role == Role.KB_REVIEWER;
        };
    }

    public static boolean stateAllows(KnowledgeState state, KnowledgeAction action, boolean everPublished) {
        return switch (action) {
            case EDIT -> true;
            case SUBMIT -> state == KnowledgeState.DRAFT;
            case PUBLISH, REJECT -> state == KnowledgeState.IN_REVIEW;
            case ARCHIVE -> state != KnowledgeState.ARCHIVED;
            case ROLLBACK -> everPublished;
        };
    }

    /** The state after the step, or a refusal: 403 for the role, 409 naming the state. */
    public static KnowledgeState next(KnowledgeState state, KnowledgeAction action, Role role, boolean everPublished) {
        if (!roleMay(role, action)) {
            throw new DomainException(ProblemType.FORBIDDEN, "knowledge.action-forbidden", label(action));
        }
        if (!stateAllows(state, action, everPublished)) {
            throw new DomainException(ProblemType.CONFLICT, "knowledge.action-not-allowed", label(action),
                    label(state));
        }
        return switch (action) {
            case EDIT, REJECT -> KnowledgeState.DRAFT;
            case SUBMIT -> KnowledgeState.IN_REVIEW;
            case PUBLISH, ROLLBACK -> KnowledgeState.PUBLISHED;
            case ARCHIVE -> KnowledgeState.ARCHIVED;
        };
    }

    public static MessageKey label(KnowledgeState state) {
        return new MessageKey("knowledge.state." + state.name());
    }

    public static MessageKey label(KnowledgeAction action) {
        return new MessageKey("knowledge.action." + action.name());
    }
}
