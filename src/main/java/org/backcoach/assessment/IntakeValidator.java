package org.backcoach.assessment;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.backcoach.shared.FieldProblem;

/** Checks an intake field by field and reports every problem at once, by the field's dotted path. */
public final class IntakeValidator {

    public static final int MAX_PAIN = 10;
    public static final int MAX_HIP_ROTATION = 90;
    public static final int MAX_TRAINING_DAYS = 3;
    /** Longer than any plank anyone holds; a bigger number is a typo. */
    public static final int MAX_PLANK_SECONDS = 3600;

    private IntakeValidator() {}

    public static List<FieldProblem> validate(Intake intake) {
        var problems = new ArrayList<FieldProblem>();
        if (intake == null) {
            problems.add(new FieldProblem("", "an intake is required"));
            return problems;
        }
        checkSafety(intake.safety(), problems);
        checkSymptoms(intake.symptoms(), problems);
        checkSelfTests(intake.assessments(), problems);
        checkTrainingDays(intake.trainingDays(), problems);
        return problems;
    }

    /** Throws {@link InvalidIntakeException} unless the intake is valid. */
    public static Intake requireValid(Intake intake) {
        var problems = validate(intake);
        if (!problems.isEmpty()) {
            throw new InvalidIntakeException(problems);
        }
        return intake;
    }

    private static void checkSafety(Intake.Safety safety, List<FieldProblem> problems) {
        if (safety == null) {
            problems.add(required("safety"));
            return;
        }
        if (safety.medicalClearance() == null) {
            problems.add(new FieldProblem(
                    "safety.medicalClearance", "is required: has a medical professional cleared you to exercise?"));
        }
        noNulls("safety.redFlags", safety.redFlags(), problems);
        noNulls("safety.conditions", safety.conditions(), problems);
    }

    private static void checkSymptoms(Intake.Symptoms symptoms, List<FieldProblem> problems) {
        if (symptoms == null) {
            problems.add(required("symptoms"));
            return;
        }
        if (symptoms.painNow() == null) {
            problems.add(required("symptoms.painNow"));
        } else if (symptoms.painNow() < 0 || symptoms.painNow() > MAX_PAIN) {
            problems.add(new FieldProblem("symptoms.painNow", "must be a whole number from 0 to " + MAX_PAIN));
        }
        if (symptoms.nightWaking() == null) {
            problems.add(required("symptoms.nightWaking"));
        }
        if (symptoms.mobility() == null) {
            problems.add(required("symptoms.mobility"));
        }
    }

    private static void checkSelfTests(Intake.SelfTests tests, List<FieldProblem> problems) {
        var core = tests.core();
        if (core != null
                && core.plankSeconds() != null
                && (core.plankSeconds() < 0 || core.plankSeconds() > MAX_PLANK_SECONDS)) {
            problems.add(new FieldProblem(
                    "assessments.core.plankSeconds", "must be from 0 to " + MAX_PLANK_SECONDS + " seconds"));
        }
        var hips = tests.hips();
        if (hips != null) {
            checkDegrees("assessments.hips.internalRotationLeft", hips.internalRotationLeft(), problems);
            checkDegrees("assessments.hips.internalRotationRight", hips.internalRotationRight(), problems);
            requirePresent(
                    "assessments.hips.extensionKneeBelowParallelLeft", hips.extensionKneeBelowParallelLeft(), problems);
            requirePresent(
                    "assessments.hips.extensionKneeBelowParallelRight",
                    hips.extensionKneeBelowParallelRight(),
                    problems);
        }
        var upperBack = tests.upperBack();
        if (upperBack != null) {
            requirePresent(
                    "assessments.upperBack.shoulderReachesFloorLeft", upperBack.shoulderReachesFloorLeft(), problems);
            requirePresent(
                    "assessments.upperBack.shoulderReachesFloorRight", upperBack.shoulderReachesFloorRight(), problems);
        }
    }

    private static void checkDegrees(String field, Integer degrees, List<FieldProblem> problems) {
        if (degrees == null) {
            problems.add(required(field));
        } else if (degrees < 0 || degrees > MAX_HIP_ROTATION) {
            problems.add(new FieldProblem(field, "must be from 0 to " + MAX_HIP_ROTATION + " degrees"));
        }
    }

    private static void checkTrainingDays(List<DayOfWeek> days, List<FieldProblem> problems) {
        if (days.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("trainingDays", "must not contain empty entries"));
            return;
        }
        if (days.isEmpty() || days.size() > MAX_TRAINING_DAYS) {
            problems.add(new FieldProblem("trainingDays", "choose 1 to " + MAX_TRAINING_DAYS + " days"));
            return;
        }
        var distinct = EnumSet.copyOf(days);
        if (distinct.size() != days.size()) {
            problems.add(new FieldProblem("trainingDays", "each day may appear only once"));
            return;
        }
        for (var day : distinct) {
            if (distinct.contains(day.plus(1))) {
                problems.add(new FieldProblem(
                        "trainingDays",
                        day + " and " + day.plus(1) + " are back to back; leave at least one rest day between"
                                + " sessions"));
                return;
            }
        }
    }

    private static void requirePresent(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(required(field));
        }
    }

    private static void noNulls(String field, List<?> values, List<FieldProblem> problems) {
        if (values.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem(field, "must not contain empty entries"));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "is required");
    }
}
