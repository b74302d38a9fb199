package org.backcoach.coaching;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.coaching.data.DraftRows;
import org.springframework.stereotype.Service;

/** Saves onboarding answers step by step, one draft per account. */
@Service
public class OnboardingDrafts {

    private final DraftRows rows;
    private final Clock clock;

    OnboardingDrafts(DraftRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public Optional<OnboardingDraft> load(UUID accountId) {
        return rows.find(accountId);
    }

    public OnboardingDraft save(UUID accountId, String step, String answers) {
        var draft = new OnboardingDraft(step, answers, clock.instant());
        rows.upsert(accountId, draft);
        return draft;
    }

    public void clear(UUID accountId) {
        rows.delete(accountId);
    }
}
