package org.backcoach.accounts;

import java.time.Clock;
import java.util.Locale;
import org.backcoach.accounts.data.AccountRows;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account in the database, and clears the count after a success. */
@Component
class SignInThrottle {

    private final AccountRows rows;
    private final Clock clock;

    SignInThrottle(AccountRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var email =
                String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(Locale.ROOT);
        rows.credentials(email)
                .ifPresent(credentials -> rows.saveGuard(
                        credentials.account().id(), credentials.guard().afterFailure(clock.instant())));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            rows.saveGuard(principal.accountId(), SignInGuard.fresh());
        }
    }
}
