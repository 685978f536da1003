package cn.hotline12345.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.hotline12345.common.DomainException;

class PasswordPolicyTest {

    @Test
    void acceptsLettersAndDigitsOfReasonableLength() {
        assertThatCode(() -> PasswordPolicy.check("password", "zhang", "Hotline2008")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortUnmixedOrUsernamePasswords() {
        assertKey("Ab1", "account.password-length");
        assertKey("a".repeat(73) + "1", "account.password-length");
        assertKey("onlyletters", "account.password-mix");
        assertKey("1234567890", "account.password-mix");
        assertKey("Zhang12345", "account.password-username");
        assertKey(null, "account.password-length");
    }

    private static void assertKey(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "zhang", password))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException refusal = (DomainException) e;
                    org.assertj.core.api.Assertions.assertThat(refusal.messageKey()).isEqualTo(key);
                    org.assertj.core.api.Assertions.assertThat(refusal.fieldErrors()).extracting("field").containsExactly("password");
                });
    }
}
