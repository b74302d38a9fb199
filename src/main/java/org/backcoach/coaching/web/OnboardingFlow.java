package org.backcoach.coaching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Findings;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.InvalidIntakeException;
import org.backcoach.assessment.Mobility;
import org.backcoach.assessment.NightWaking;
import org.backcoach.assessment.SafetyVerdict;
import org.backcoach.catalog.Region;
import org.backcoach.coaching.OnboardingDrafts;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a person is in the onboarding and where they may go: the saved draft (one per account), the
 * order of the steps, and the engine's verdicts on the answers so far. Every method takes the account id
 * of the signed-in person; nothing here reaches another person's draft.
 */
@Component
class OnboardingFlow {

    /** The two pages that end the onboarding early, named as the draft's step. */
    static final String SEE_CLINICIAN = "see-clinician";

    static final String CLEARANCE = "clearance";

    /**
     * Symptoms that change nothing in the safety verdict, so that the red flags and the clearance can be
     * judged by the engine before the person has told us how their back feels.
     */
    private static final Intake.Symptoms NO_SYMPTOMS =
            new Intake.Symptoms(0, NightWaking.NEVER, false, false, false, true, false, false, Mobility.NORMAL);

    private static final List<OnboardingStep> MAIN_STEPS = List.of(
            OnboardingStep.SAFETY,
            OnboardingStep.SYMPTOMS,
            OnboardingStep.CORE,
            OnboardingStep.HIPS,
            OnboardingStep.FEET,
            OnboardingStep.UPPER_BACK,
            OnboardingStep.KIT);

    /** A saved draft: the step to resume at and the answers so far. */
    record Saved(String step, OnboardingAnswers answers) {}

    private final OnboardingDrafts drafts;
    private final Assessor assessor;
    private final JsonMapper json;

    OnboardingFlow(OnboardingDrafts drafts, Assessor assessor, JsonMapper json) {
        this.drafts = drafts;
        this.assessor = assessor;
        this.json = json;
    }

    Optional<Saved> load(UUID accountId) {
        return drafts.load(accountId).map(draft -> new Saved(draft.step(), parse(draft.answers())));
    }

    OnboardingAnswers answers(UUID accountId) {
        return load(accountId).map(Saved::answers).orElseGet(OnboardingAnswers::empty);
    }

    void save(UUID accountId, String step, OnboardingAnswers answers) {
        drafts.save(accountId, step, json.writeValueAsString(answers));
    }

    void clear(UUID accountId) {
        drafts.clear(accountId);
    }

    /** A draft written by an older version of these pages starts over rather than failing. */
    private OnboardingAnswers parse(String answers) {
        try {
            var parsed = json.readValue(answers, OnboardingAnswers.class);
            return parsed == null ? OnboardingAnswers.empty() : parsed;
        } catch (JacksonException e) {
            return OnboardingAnswers.empty();
        }
    }

    /**
     * The engine's verdict on the safety answers alone (R-SAFE-1, R-SAFE-2, R-SAFE-3), with its notices;
     * empty until the safety step is answered.
     */
    Optional<Findings> safetyCheck(OnboardingAnswers answers) {
        if (answers.safety() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(assessor.assess(new Intake(answers.safety(), NO_SYMPTOMS, null, null, null, null)));
        } catch (InvalidIntakeException e) {
            return Optional.empty();
        }
    }

    /** The page the safety answers stop at, if they stop the onboarding. */
    Optional<String> stop(OnboardingAnswers answers) {
        if (!answers.isDone(OnboardingStep.SAFETY)) {
            return Optional.empty();
        }
        return safetyCheck(answers).map(Findings::verdict).flatMap(verdict -> switch (verdict) {
            case SEE_CLINICIAN -> Optional.of(SEE_CLINICIAN);
            case NEEDS_CLEARANCE -> Optional.of(CLEARANCE);
            case CLEAR -> Optional.<String>empty();
        });
    }

    boolean verdictIs(OnboardingAnswers answers, SafetyVerdict verdict) {
        return safetyCheck(answers)
                .map(Findings::verdict)
                .filter(verdict::equals)
                .isPresent();
    }

    /** The engine's findings on the answers so far, once they make a whole intake. */
    Optional<Findings> preliminary(OnboardingAnswers answers) {
        try {
            return Optional.of(assessor.assess(answers.toIntake(null)));
        } catch (InvalidIntakeException e) {
            return Optional.empty();
        }
    }

    /** The regions the person may pick from: the ones that need work, and not the core, which goes first. */
    List<Region> focusOptions(OnboardingAnswers answers) {
        return regionsNeedingWork(answers).stream()
                .filter(region -> region != Region.CORE)
                .toList();
    }

    List<Region> regionsNeedingWork(OnboardingAnswers answers) {
        return preliminary(answers).map(Findings::regionsNeedingWork).orElse(List.of());
    }

    /** R-PRIORITY: the person picks only when several regions need work. */
    boolean focusApplies(OnboardingAnswers answers) {
        return regionsNeedingWork(answers).size() >= 2;
    }

    /** The steps of this person's onboarding, in order; the focus step only when it applies. */
    List<OnboardingStep> steps(OnboardingAnswers answers) {
        var steps = new ArrayList<>(MAIN_STEPS);
        if (focusApplies(answers)) {
            steps.add(OnboardingStep.FOCUS);
        }
        return steps;
    }

    /** The first step not done yet, or the last step when all are. */
    OnboardingStep firstOpen(OnboardingAnswers answers) {
        var steps = steps(answers);
        return steps.stream().filter(step -> !answers.isDone(step)).findFirst().orElse(steps.get(steps.size() - 1));
    }

    /**
     * Where to send someone who asks for {@code step}: empty when they may open it, otherwise the page that
     * comes first (a stop page, or the earliest step not done yet).
     */
    Optional<String> redirectFor(OnboardingStep step, OnboardingAnswers answers) {
        if (step == OnboardingStep.SAFETY) {
            return Optional.empty();
        }
        var stop = stop(answers);
        if (stop.isPresent()) {
            return stop;
        }
        var steps = steps(answers);
        if (!steps.contains(step)) {
            return Optional.of(firstOpen(answers).slug());
        }
        return steps.subList(0, steps.indexOf(step)).stream()
                .filter(earlier -> !answers.isDone(earlier))
                .findFirst()
                .map(OnboardingStep::slug);
    }

    /** The step after {@code step}, or empty when the onboarding is complete. */
    Optional<OnboardingStep> next(OnboardingStep step, OnboardingAnswers answers) {
        var steps = steps(answers);
        var index = steps.indexOf(step);
        return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
    }

    Optional<OnboardingStep> previous(OnboardingStep step, OnboardingAnswers answers) {
        var steps = steps(answers);
        var index = steps.indexOf(step);
        return index > 0 ? Optional.of(steps.get(index - 1)) : Optional.empty();
    }
}
