package org.backcoach.coaching.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.backcoach.accounts.Accounts;
import org.backcoach.coaching.OnboardingDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Onboarding drafts through {@link DraftRows}: one per account, replaced by the portable upsert. Runs on
 * both databases: {@link DraftRowsH2Tests} and {@link DraftRowsPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class DraftRowsTests {

    static final Instant T0 = Instant.parse("2026-03-01T08:15:30.123456Z");

    @Autowired
    DraftRows rows;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    UUID alice;
    UUID bob;

    @BeforeEach
    void twoPeople() {
        alice = signUp();
        bob = signUp();
    }

    UUID signUp() {
        return accounts.signUp("person-" + UUID.randomUUID() + "@example.org", "Sam", "a long and happy back", "UTC")
                .id();
    }

    int rowsOf(UUID accountId) {
        return jdbc.sql("select count(*) from onboarding_draft where account_id = :id")
                .param("id", accountId)
                .query(Integer.class)
                .single();
    }

    @Test
    void thereIsNoDraftUntilOneIsSaved() {
        assertThat(rows.find(alice)).isEmpty();
    }

    @Test
    void theFirstSaveInsertsAndTheNextOnesReplace() {
        var first = new OnboardingDraft("safety", "{\"safety\": {\"redFlags\": []}}", T0);
        var second = new OnboardingDraft("symptoms", "{\"symptoms\": {\"painNow\": 4}}", T0.plusSeconds(90));

        rows.upsert(alice, first);
        assertThat(rows.find(alice)).contains(first);

        rows.upsert(alice, second);
        assertThat(rows.find(alice)).contains(second);
        assertThat(rowsOf(alice)).isEqualTo(1);
    }

    @Test
    void aLongDraftComesBackWhole() {
        var answers = "{\"notes\": \"" + "é, ü and 腰痛; ".repeat(10_000) + "\"}";
        var draft = new OnboardingDraft("notes", answers, T0);

        rows.upsert(alice, draft);

        assertThat(rows.find(alice)).contains(draft);
    }

    @Test
    void draftsBelongToTheirAccountAndDeletingOneLeavesTheOthers() {
        var alices = new OnboardingDraft("safety", "{}", T0);
        var bobs = new OnboardingDraft("equipment", "{\"equipment\": []}", T0);
        rows.upsert(alice, alices);
        rows.upsert(bob, bobs);

        rows.delete(alice);

        assertThat(rows.find(alice)).isEmpty();
        assertThat(rows.find(bob)).contains(bobs);
        assertThat(rowsOf(alice)).isZero();
    }
}
