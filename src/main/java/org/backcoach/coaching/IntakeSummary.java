package org.backcoach.coaching;

import java.time.Instant;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.Stage;
import org.backcoach.planning.PlanStatus;

/** An intake of the history, with what its plan came to. */
public record IntakeSummary(int version, Instant createdAt, Intake intake, PlanStatus status, Stage stage) {}
