package org.backcoach.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.backcoach.accounts.data.AccountRows;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the person signing in, locked while their sign-in throttle is on. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRows rows;
    private final Clock clock;

    AccountUserDetailsService(AccountRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String email) {
        var normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return rows.credentials(normal)
                .map(credentials -> new AccountPrincipal(
                        credentials.account().id(),
                        credentials.account().email(),
                        credentials.account().displayName(),
                        credentials.account().role(),
                        credentials.passwordHash(),
                        credentials.guard().locked(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** The principal of an account found by id, for access tokens. */
    AccountPrincipal byId(UUID id) {
        return rows.find(id)
                .map(account -> new AccountPrincipal(
                        account.id(), account.email(), account.displayName(), account.role(), null, false))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }
}
