package org.backcoach.assessment;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;

/**
 * Everything a person tells BackCoach before a plan: the safety screen, how their back feels, the four
 * self-tests (each may be skipped), their kit, their training days and, optionally, which region they
 * want to work on first. Missing values stay {@code null} here so that {@link IntakeValidator} can say
 * which field is missing.
 */
public record Intake(
        Safety safety,
        Symptoms symptoms,
        SelfTests assessments,
        Set<Equipment> equipment,
        List<DayOfWeek> trainingDays,
        Region focus) {

    public static final List<DayOfWeek> DEFAULT_TRAINING_DAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    public Intake {
        assessments = assessments == null ? new SelfTests(null, null, null, null) : assessments;
        equipment = equipment == null || equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
        trainingDays = trainingDays == null ? DEFAULT_TRAINING_DAYS : trainingDays;
    }

    /** The red flags, medical clearance and conditions of the safety screen. */
    public record Safety(List<RedFlag> redFlags, Boolean medicalClearance, List<Condition> conditions) {

        public Safety {
            redFlags = redFlags == null ? List.of() : redFlags;
            conditions = conditions == null ? List.of() : conditions;
        }
    }

    /** How the back feels now; the stage is read from these answers. */
    public record Symptoms(
            Integer painNow,
            NightWaking nightWaking,
            boolean radiatingPain,
            boolean hardToMove,
            boolean fearOfMovement,
            boolean exercisesRegularly,
            boolean experiencedExerciser,
            boolean recentlyFinishedTherapy,
            Mobility mobility) {}

    /** The four self-tests; a {@code null} test was skipped and its region is not assessed. */
    public record SelfTests(CoreTest core, HipTest hips, FootTest feet, UpperBackTest upperBack) {}

    /** The wall test: which compensations showed, and the optional plank time. */
    public record CoreTest(
            boolean lowBackLifted, boolean shouldersTensed, boolean bellyPushedOut, Integer plankSeconds) {}

    /** Hip internal rotation in degrees and whether the hanging knee dropped below parallel, per side. */
    public record HipTest(
            Integer internalRotationLeft,
            Integer internalRotationRight,
            Boolean extensionKneeBelowParallelLeft,
            Boolean extensionKneeBelowParallelRight) {}

    /**
     * The arch check sitting and standing, with its notes and the optional toe drills; a toe drill left
     * {@code null} was not tried.
     */
    public record FootTest(
            boolean flatWhenSitting,
            boolean archCollapsesStanding,
            boolean alwaysFlat,
            boolean kneesCaveIn,
            Boolean bigToeLift,
            Boolean smallToesLift,
            Boolean toeSpread) {}

    /** Whether the top shoulder reached the floor in the side-lying rotation, per side. */
    public record UpperBackTest(Boolean shoulderReachesFloorLeft, Boolean shoulderReachesFloorRight) {}
}
