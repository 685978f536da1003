package cn.hotline12345.account;

/** Fired when an account's login-relevant state changes, so identities proven earlier are forgotten. */
public record AccountChanged(String username) {
}
