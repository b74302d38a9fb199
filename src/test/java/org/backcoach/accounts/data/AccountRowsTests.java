package org.backcoach.accounts.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.backcoach.accounts.Account;
import org.backcoach.accounts.Role;
import org.backcoach.accounts.SignInGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The account table through {@link AccountRows}. Runs on both databases: {@link AccountRowsH2Tests} and
 * {@link AccountRowsPostgresTests}. (Configured as the API tests are, so that they share one context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class AccountRowsTests {

    /** Microseconds: what both databases keep of a timestamp. */
    static final Instant CREATED = Instant.parse("2026-03-01T08:15:30.123456Z");

    @Autowired
    AccountRows rows;

    static Account account(String email) {
        return new Account(UUID.randomUUID(), email, "Ana", Role.CLIENT, ZoneId.of("Europe/Paris"), CREATED);
    }

    static String email() {
        return "someone-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void storesAnAccountAndFindsItByIdAndByEmail() {
        var account = account(email());

        rows.insert(account, "{argon2}hash");

        assertThat(rows.find(account.id())).contains(account);
        assertThat(rows.emailExists(account.email())).isTrue();
        var credentials = rows.credentials(account.email()).orElseThrow();
        assertThat(credentials.account()).isEqualTo(account);
        assertThat(credentials.passwordHash()).isEqualTo("{argon2}hash");
        assertThat(credentials.guard()).isEqualTo(SignInGuard.fresh());
    }

    @Test
    void findsNothingForAnUnknownIdOrEmail() {
        assertThat(rows.find(UUID.randomUUID())).isEmpty();
        assertThat(rows.credentials(email())).isEmpty();
        assertThat(rows.emailExists(email())).isFalse();
    }

    @Test
    void anEmailBelongsToOneAccountOnly() {
        var email = email();
        rows.insert(account(email), "hash");

        assertThatThrownBy(() -> rows.insert(account(email), "hash")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void savesTheSignInGuardAndClearsIt() {
        var account = account(email());
        rows.insert(account, "hash");
        var locked = new SignInGuard(10, CREATED, CREATED.plus(Duration.ofMinutes(5)));

        rows.saveGuard(account.id(), locked);
        assertThat(rows.credentials(account.email()).orElseThrow().guard()).isEqualTo(locked);

        rows.saveGuard(account.id(), SignInGuard.fresh());
        assertThat(rows.credentials(account.email()).orElseThrow().guard()).isEqualTo(SignInGuard.fresh());
    }

    @Test
    void changesOnlyTheTimeZoneOfTheGivenAccount() {
        var moved = account(email());
        var stayed = account(email());
        rows.insert(moved, "hash");
        rows.insert(stayed, "hash");

        rows.updateTimeZone(moved.id(), ZoneId.of("America/Sao_Paulo"));

        assertThat(rows.find(moved.id()).orElseThrow().timeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(rows.find(stayed.id())).contains(stayed);
    }
}
