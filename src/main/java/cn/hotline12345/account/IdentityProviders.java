package cn.hotline12345.account;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Quarkus security's entry points into {@link AccountAuthenticator}; the database work runs off the
 * event loop. An identity proven in the last seconds is reused from the {@link IdentityCache}
 * without leaving the event loop.
 */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /** The identity proven under this key in the last seconds, else the one the account gives now (kept). */
    static Uni<SecurityIdentity> reusedOrProven(IdentityCache identities, String key,
            AuthenticationRequestContext context, Supplier<Optional<SecurityIdentity>> prove) {
        long generation = identities.generation();
        return identities.get(key).map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> context.runBlocking(() -> identities.remember(key,
                        prove.get().orElseThrow(AuthenticationFailedException::new), generation)));
    }

    /** Form login and HTTP Basic. */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        AccountAuthenticator authenticator;

        @Inject
        IdentityCache identities;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String password = new String(request.getPassword().getPassword());
            return reusedOrProven(identities, identities.passwordKey(request.getUsername(), password), context,
                    () -> authenticator.login(request.getUsername(), password));
        }
    }

    /** The encrypted session cookie of form login: the username is proven, the account is re-read. */
    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        AccountAuthenticator authenticator;

        @Inject
        IdentityCache identities;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return reusedOrProven(identities, IdentityCache.sessionKey(request.getPrincipal()), context,
                    () -> authenticator.resume(request.getPrincipal()));
        }
    }
}
