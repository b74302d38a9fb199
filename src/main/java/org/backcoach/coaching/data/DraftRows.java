package org.backcoach.coaching.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.coaching.OnboardingDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The onboarding_draft table: one row per account, replaced at every saved step. */
@Repository
public class DraftRows {

    private final JdbcClient jdbc;

    public DraftRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OnboardingDraft> find(UUID accountId) {
        return jdbc.sql("select step, answers, updated_at from onboarding_draft where account_id = :accountId")
                .param("accountId", accountId)
                .query((rs, row) -> new OnboardingDraft(
                        rs.getString("step"),
                        rs.getString("answers"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Portable upsert: update, and insert when there was nothing to update. */
    @Transactional
    public void upsert(UUID accountId, OnboardingDraft draft) {
        var updated = jdbc.sql("""
                        update onboarding_draft set step = :step, answers = :answers, updated_at = :updatedAt
                        where account_id = :accountId
                        """)
                .param("step", draft.step())
                .param("answers", draft.answers())
                .param("updatedAt", draft.updatedAt().atOffset(ZoneOffset.UTC))
                .param("accountId", accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into onboarding_draft (account_id, step, answers, updated_at)
                            values (:accountId, :step, :answers, :updatedAt)
                            """)
                    .param("accountId", accountId)
                    .param("step", draft.step())
                    .param("answers", draft.answers())
                    .param("updatedAt", draft.updatedAt().atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    public void delete(UUID accountId) {
        jdbc.sql("delete from onboarding_draft where account_id = :accountId")
                .param("accountId", accountId)
                .update();
    }
}
