package org.backcoach.coaching;

import java.time.Instant;
import org.backcoach.assessment.Intake;
import org.backcoach.planning.Plan;

/** One version of a person's plan, with the intake it was built from. Never changed once stored. */
public record StoredPlan(int version, Instant createdAt, Intake intake, Plan plan) {}
