package org.backcoach.accounts.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.backcoach.accounts.AccessToken;
import org.backcoach.accounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access_token table through {@link AccessTokenRows}: every read and write is scoped to the owner.
 * Runs on both databases: {@link AccessTokenRowsH2Tests} and {@link AccessTokenRowsPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class AccessTokenRowsTests {

    static final Instant T0 = AccountRowsTests.CREATED;

    @Autowired
    AccountRows accounts;

    @Autowired
    AccessTokenRows rows;

    Account alice;
    Account bob;

    @BeforeEach
    void twoPeople() {
        alice = AccountRowsTests.account(AccountRowsTests.email());
        bob = AccountRowsTests.account(AccountRowsTests.email());
        accounts.insert(alice, "hash");
        accounts.insert(bob, "hash");
    }

    static AccessToken token(String name, Instant createdAt) {
        return new AccessToken(UUID.randomUUID(), name, "bc_abcdefg", createdAt, null, null);
    }

    static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void listsOnlyTheAccountsOwnTokensNewestFirst() {
        var older = token("laptop", T0);
        var newer = token("phone", T0.plusSeconds(60));
        rows.insert(alice.id(), older, hash());
        rows.insert(alice.id(), newer, hash());
        var bobs = token("bob's", T0);
        rows.insert(bob.id(), bobs, hash());

        assertThat(rows.ofAccount(alice.id())).containsExactly(newer, older);
        assertThat(rows.ofAccount(bob.id())).containsExactly(bobs);
        assertThat(rows.ofAccount(UUID.randomUUID())).isEmpty();
    }

    @Test
    void onlyTheOwnerRevokesAToken() {
        var token = token("laptop", T0);
        rows.insert(alice.id(), token, hash());
        var later = T0.plus(Duration.ofDays(1));

        assertThat(rows.revoke(bob.id(), token.id(), later)).isFalse();
        assertThat(rows.ofAccount(alice.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());

        assertThat(rows.revoke(alice.id(), token.id(), later)).isTrue();
        assertThat(rows.revoke(alice.id(), token.id(), later.plusSeconds(1))).isFalse();
        assertThat(rows.ofAccount(alice.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isEqualTo(later));
    }

    @Test
    void anActiveTokenNamesItsOwnerAndNotesItsUseAtMostOnceAMinute() {
        var hash = hash();
        rows.insert(alice.id(), token("laptop", T0), hash);

        assertThat(rows.use(hash, T0.plusSeconds(10))).contains(alice.id());
        assertThat(rows.use(hash, T0.plusSeconds(40))).contains(alice.id());
        assertThat(rows.ofAccount(alice.id()).get(0).lastUsedAt()).isEqualTo(T0.plusSeconds(10));

        rows.use(hash, T0.plusSeconds(71));
        assertThat(rows.ofAccount(alice.id()).get(0).lastUsedAt()).isEqualTo(T0.plusSeconds(71));
    }

    @Test
    void aRevokedOrUnknownTokenNamesNobody() {
        var hash = hash();
        var token = token("laptop", T0);
        rows.insert(alice.id(), token, hash);
        rows.revoke(alice.id(), token.id(), T0.plusSeconds(1));

        assertThat(rows.use(hash, T0.plusSeconds(2))).isEmpty();
        assertThat(rows.use(hash(), T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void aHashBelongsToOneTokenOnly() {
        var hash = hash();
        rows.insert(alice.id(), token("laptop", T0), hash);

        assertThatThrownBy(() -> rows.insert(bob.id(), token("phone", T0), hash))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
