package org.backcoach.coaching.web;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcoach.assessment.Intake;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;
import org.backcoach.coaching.StoredPlan;

/**
 * The answers of an onboarding in progress, kept as the draft's JSON. A {@code null} section has not been
 * answered yet (or, for a self-test, was skipped: {@link #done} tells the two apart).
 *
 * @param done the steps the person has completed, by Continue or Skip
 * @param retakeOf the plan version a retake started from, or {@code null} for a first onboarding
 */
record OnboardingAnswers(
        Intake.Safety safety,
        Intake.Symptoms symptoms,
        Intake.CoreTest core,
        Intake.HipTest hips,
        Intake.FootTest feet,
        Intake.UpperBackTest upperBack,
        Set<Equipment> equipment,
        List<DayOfWeek> trainingDays,
        Region focus,
        Set<OnboardingStep> done,
        Integer retakeOf) {

    OnboardingAnswers {
        equipment = equipment == null ? null : Set.copyOf(equipment);
        trainingDays = trainingDays == null ? null : List.copyOf(trainingDays);
        done = done == null || done.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(done));
    }

    static OnboardingAnswers empty() {
        return new OnboardingAnswers(null, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    /** A retake: every answer of the stored intake filled in, no step done yet, so each is looked at again. */
    static OnboardingAnswers retake(StoredPlan current) {
        var intake = current.intake();
        var tests = intake.assessments();
        return new OnboardingAnswers(
                intake.safety(),
                intake.symptoms(),
                tests.core(),
                tests.hips(),
                tests.feet(),
                tests.upperBack(),
                intake.equipment(),
                intake.trainingDays(),
                intake.focus(),
                Set.of(),
                current.version());
    }

    boolean isDone(OnboardingStep step) {
        return done.contains(step);
    }

    OnboardingAnswers markDone(OnboardingStep step) {
        var steps = EnumSet.of(step);
        steps.addAll(done);
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, steps, retakeOf);
    }

    /** The same answers with {@code step} to be looked at again. */
    OnboardingAnswers reopen(OnboardingStep step) {
        var steps = done.isEmpty() ? EnumSet.noneOf(OnboardingStep.class) : EnumSet.copyOf(done);
        steps.remove(step);
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, steps, retakeOf);
    }

    OnboardingAnswers withSafety(Intake.Safety safety) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withSymptoms(Intake.Symptoms symptoms) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withCore(Intake.CoreTest core) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withHips(Intake.HipTest hips) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withFeet(Intake.FootTest feet) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withUpperBack(Intake.UpperBackTest upperBack) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withKit(Set<Equipment> equipment, List<DayOfWeek> trainingDays) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    OnboardingAnswers withFocus(Region focus) {
        return new OnboardingAnswers(
                safety, symptoms, core, hips, feet, upperBack, equipment, trainingDays, focus, done, retakeOf);
    }

    /** Leaves a self-test out: its region will be not assessed. */
    OnboardingAnswers withoutTest(OnboardingStep step) {
        return switch (step) {
            case CORE -> withCore(null);
            case HIPS -> withHips(null);
            case FEET -> withFeet(null);
            case UPPER_BACK -> withUpperBack(null);
            default -> throw new IllegalArgumentException(step + " is not a self-test");
        };
    }

    /** The intake these answers make; missing kit means none, missing days the default. */
    Intake toIntake(Region focus) {
        return new Intake(
                safety, symptoms, new Intake.SelfTests(core, hips, feet, upperBack), equipment, trainingDays, focus);
    }
}
