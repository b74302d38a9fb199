package org.backcoach.coaching;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intake;
import org.backcoach.coaching.data.PlanRows;
import org.backcoach.planning.Planner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each person's intakes and plans. A new intake never overwrites: it adds a version, built by the
 * same engine as the public preview. Every method is scoped to one account.
 */
@Service
public class PersonalPlans {

    private final Assessor assessor;
    private final Planner planner;
    private final PlanRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalPlans(Assessor assessor, Planner planner, PlanRows rows, ApplicationEventPublisher events, Clock clock) {
        this.assessor = assessor;
        this.planner = planner;
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assesses the intake, builds its plan and stores both as the account's next version.
     *
     * @throws org.backcoach.assessment.InvalidIntakeException naming every bad field
     */
    @Transactional
    public StoredPlan submit(UUID accountId, Intake intake) {
        var plan = planner.plan(assessor.assess(intake));
        var stored = rows.append(accountId, intake, plan, clock.instant());
        events.publishEvent(
                new AssessmentCompleted(accountId, stored.version(), plan.status(), plan.stage(), stored.createdAt()));
        return stored;
    }

    public Optional<StoredPlan> current(UUID accountId) {
        return rows.latest(accountId);
    }

    public Optional<StoredPlan> version(UUID accountId, int version) {
        return rows.version(accountId, version);
    }

    /** Every intake, newest first. */
    public List<IntakeSummary> history(UUID accountId) {
        return rows.history(accountId);
    }
}
