package org.backcoach.coaching;

import java.time.Instant;

/**
 * The answers of an onboarding not yet finished: the step the person reached and their answers so far,
 * as the onboarding pages' own JSON. Kept so that leaving and coming back resumes where they stopped.
 */
public record OnboardingDraft(String step, String answers, Instant updatedAt) {}
