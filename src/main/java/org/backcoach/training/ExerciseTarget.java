package org.backcoach.training;

import java.time.Instant;
import org.backcoach.assessment.Rule;
import org.backcoach.progression.NextTarget;
import org.backcoach.progression.Target;

/** A person's next target for one exercise, how it moved last time and why. */
public record ExerciseTarget(Target target, NextTarget.Change change, Rule rule, String reason, Instant updatedAt) {}
