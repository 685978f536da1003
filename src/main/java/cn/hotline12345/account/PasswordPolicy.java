package cn.hotline12345.account;

import java.util.List;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.ProblemType;

/** What a password must be: long enough, letters and digits, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72; // bcrypt reads no further

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        String problem = null;
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            problem = "account.password-length";
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problem = "account.password-mix";
        } else if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            problem = "account.password-username";
        }
        if (problem != null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError(field, problem)), problem,
                    MIN_LENGTH, MAX_LENGTH);
        }
    }
}
