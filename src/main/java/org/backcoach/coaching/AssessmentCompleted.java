package org.backcoach.coaching;

import java.time.Instant;
import java.util.UUID;
import org.backcoach.assessment.Stage;
import org.backcoach.planning.PlanStatus;

/** A person finished an intake and has a new plan version. */
public record AssessmentCompleted(UUID accountId, int version, PlanStatus status, Stage stage, Instant at) {}
