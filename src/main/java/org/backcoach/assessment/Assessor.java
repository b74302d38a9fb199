package org.backcoach.assessment;

import static org.backcoach.assessment.RegionStatus.NEEDS_WORK;
import static org.backcoach.assessment.RegionStatus.NOT_ASSESSED;
import static org.backcoach.assessment.RegionStatus.OK;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcoach.catalog.Region;

/**
 * Turns an intake into {@link Findings}: the safety verdict (R-SAFE-1, -2, -3, -5), the starting stage
 * (R-STAGE) and each region's result (R-CORE, R-HIPS, R-FEET, R-UPPER-BACK). Pure and deterministic.
 */
public final class Assessor {

    /** Pain at or above this on the 0-10 scale counts as high (beginner) and, with every test passed, severe. */
    public static final int HIGH_PAIN = 7;
    /** Pain at or below this counts as low to zero, one of the signs of the advanced stage. */
    public static final int LOW_PAIN = 2;
    /** An experienced exerciser starts advanced when pain is at most this and nothing else says beginner. */
    public static final int EXPERIENCED_MAX_PAIN = 3;

    public static final int HIP_ROTATION_MIN = 20;
    public static final int HIP_ROTATION_MAX = 40;
    public static final int PLANK_BONUS_SECONDS = 120;

    private static final Set<RedFlag> URGENT =
            Set.of(RedFlag.BLADDER_OR_BOWEL_CHANGE, RedFlag.SADDLE_NUMBNESS, RedFlag.PROGRESSIVE_LEG_WEAKNESS);

    public Findings assess(Intake intake) {
        IntakeValidator.requireValid(intake);
        var regions = List.of(
                core(intake.assessments().core()),
                hips(intake.assessments().hips()),
                feet(intake.assessments().feet()),
                upperBack(intake.assessments().upperBack()));
        var stageReasons = new ArrayList<String>();
        var stage = stage(intake, stageReasons);
        var notices = new ArrayList<Notice>();
        var verdict = verdict(intake, regions, notices);
        notices.add(new Notice(
                Rule.NO_DIAGNOSIS,
                "These self-tests show how your body moves today. They are not a diagnosis and don't replace a"
                        + " clinician."));
        return new Findings(verdict, notices, stage, stageReasons, regions, toeDrillsMissed(intake), intake);
    }

    private SafetyVerdict verdict(Intake intake, List<RegionResult> regions, List<Notice> notices) {
        var safety = intake.safety();
        if (!safety.redFlags().isEmpty()) {
            var flags =
                    safety.redFlags().stream().distinct().map(Wording::redFlag).collect(Collectors.joining("; "));
            var urgent = safety.redFlags().stream().anyMatch(URGENT::contains)
                    ? " Some of these can need urgent care: please get seen today."
                    : "";
            notices.add(new Notice(
                    Rule.SAFE_1,
                    "Please see a doctor or physiotherapist before you start any exercise. You told us about: " + flags
                            + ". That needs a clinician's eye first." + urgent));
            return SafetyVerdict.SEE_CLINICIAN;
        }
        safety.conditions().stream()
                .distinct()
                .forEach(condition -> notices.add(new Notice(Rule.SAFE_3, Wording.condition(condition))));
        if (!safety.medicalClearance()) {
            notices.add(new Notice(
                    Rule.SAFE_2,
                    "Your plan is ready to build as soon as a doctor or physiotherapist has cleared you to exercise."
                            + " Come back and tick the box once they have."));
            return SafetyVerdict.NEEDS_CLEARANCE;
        }
        var everyTestPassed = regions.stream().allMatch(RegionResult::passed);
        if (everyTestPassed && intake.symptoms().painNow() >= HIGH_PAIN) {
            notices.add(new Notice(
                    Rule.SAFE_5,
                    "Your pain is high even though you passed every self-test. That is worth a clinician's look"
                            + " before you train, so please see one first."));
            return SafetyVerdict.SEE_CLINICIAN;
        }
        var nothingFlagged = regions.stream().noneMatch(RegionResult::needsWork);
        if (nothingFlagged && intake.symptoms().painNow() >= HIGH_PAIN) {
            notices.add(new Notice(
                    Rule.SAFE_5,
                    "Your pain is high and no test you took points to a region yet. Please take the remaining"
                            + " tests soon: if they pass too, see a clinician before you train."));
        }
        notices.add(new Notice(
                Rule.SAFE_4,
                "If an exercise hurts, stop it. If your pain keeps rising over several days, stop the program and"
                        + " see a clinician."));
        return SafetyVerdict.CLEAR;
    }

    private Stage stage(Intake intake, List<String> reasons) {
        var symptoms = intake.symptoms();
        var pain = symptoms.painNow();
        if (pain >= HIGH_PAIN) {
            reasons.add("Your pain is " + pain + " out of 10 right now.");
        }
        if (symptoms.nightWaking() == NightWaking.OFTEN) {
            reasons.add("Pain often wakes you at night.");
        }
        if (symptoms.hardToMove()) {
            reasons.add("Moving without pain is hard at the moment.");
        }
        if (symptoms.radiatingPain()) {
            reasons.add("Pain travels down your legs or around your hips.");
        }
        if (symptoms.fearOfMovement()) {
            reasons.add("Moving makes you brace or hold your breath.");
        }
        if (symptoms.mobility() == Mobility.RESTRICTED) {
            reasons.add("Your everyday movement is restricted.");
        }
        if (symptoms.recentlyFinishedTherapy()) {
            reasons.add("You have just finished therapy.");
        }
        if (intake.safety().conditions().contains(Condition.RECENT_BACK_SURGERY)) {
            reasons.add("You had back surgery recently.");
        }
        if (!symptoms.exercisesRegularly() && !symptoms.experiencedExerciser()) {
            reasons.add("You are not exercising regularly yet.");
        }
        if (!reasons.isEmpty()) {
            return Stage.BEGINNER;
        }
        if (pain <= LOW_PAIN && symptoms.mobility() == Mobility.NORMAL && symptoms.nightWaking() == NightWaking.NEVER) {
            reasons.add("Your pain is low (" + pain + " out of 10), you move freely and sleep through the night.");
            return Stage.ADVANCED;
        }
        if (symptoms.experiencedExerciser() && pain <= EXPERIENCED_MAX_PAIN) {
            reasons.add("You are an experienced exerciser and your pain is low (" + pain + " out of 10).");
            return Stage.ADVANCED;
        }
        reasons.add("Your pain is low to moderate (" + pain + " out of 10) and everyday movement works, with some"
                + " stiffness or restriction.");
        return Stage.INTERMEDIATE;
    }

    private RegionResult core(Intake.CoreTest test) {
        if (test == null) {
            return notAssessed(Region.CORE, Rule.CORE);
        }
        var findings = new ArrayList<String>();
        if (test.lowBackLifted()) {
            findings.add("Your low back lifted off the floor during the wall test.");
        }
        if (test.shouldersTensed()) {
            findings.add("Your shoulders tensed up to help.");
        }
        if (test.bellyPushedOut()) {
            findings.add("Your belly pushed out as you lifted your feet.");
        }
        var passed = findings.isEmpty();
        if (passed) {
            findings.add("You lifted both feet off the wall with your back, shoulders and belly staying calm.");
        }
        if (test.plankSeconds() != null) {
            findings.add(
                    test.plankSeconds() >= PLANK_BONUS_SECONDS
                            ? "Bonus: you held a front plank for " + test.plankSeconds()
                                    + " seconds. Two minutes is the mark, well done."
                            : "Bonus: you held a front plank for " + test.plankSeconds()
                                    + " seconds. Two minutes with good form is the mark to aim for.");
        }
        return new RegionResult(Region.CORE, passed ? OK : NEEDS_WORK, findings, Rule.CORE);
    }

    private RegionResult hips(Intake.HipTest test) {
        if (test == null) {
            return notAssessed(Region.HIPS, Rule.HIPS);
        }
        var findings = new ArrayList<String>();
        var passed = rotation("left", test.internalRotationLeft(), findings)
                & rotation("right", test.internalRotationRight(), findings)
                & extension("left", test.extensionKneeBelowParallelLeft(), findings)
                & extension("right", test.extensionKneeBelowParallelRight(), findings);
        return new RegionResult(Region.HIPS, passed ? OK : NEEDS_WORK, findings, Rule.HIPS);
    }

    private boolean rotation(String side, int degrees, List<String> findings) {
        if (degrees < HIP_ROTATION_MIN) {
            findings.add("Your " + side + " hip turned in " + degrees + "°, short of the " + HIP_ROTATION_MIN + "-"
                    + HIP_ROTATION_MAX + "° we look for.");
            return false;
        }
        findings.add(
                degrees <= HIP_ROTATION_MAX
                        ? "Your " + side + " hip turned in " + degrees + "°, within the " + HIP_ROTATION_MIN + "-"
                                + HIP_ROTATION_MAX + "° range."
                        : "Your " + side + " hip turned in " + degrees + "°, more than the " + HIP_ROTATION_MIN + "-"
                                + HIP_ROTATION_MAX + "° range, which is fine.");
        return true;
    }

    private boolean extension(String side, boolean kneeBelowParallel, List<String> findings) {
        findings.add(
                kneeBelowParallel
                        ? "Your " + side + " knee hung below level in the bed test."
                        : "Your " + side + " knee stayed level or higher in the bed test, a sign the front of that"
                                + " hip is short on stretch.");
        return kneeBelowParallel;
    }

    private RegionResult feet(Intake.FootTest test) {
        if (test == null) {
            return notAssessed(Region.FEET, Rule.FEET);
        }
        var findings = new ArrayList<String>();
        var passed = !test.flatWhenSitting() && !test.archCollapsesStanding();
        if (test.flatWhenSitting()) {
            findings.add("Your arches looked flat even sitting down, so this test counts as one to work on.");
        } else if (test.archCollapsesStanding()) {
            findings.add("Your arches dropped when you stood up.");
        } else {
            findings.add("Your arches held when you stood up.");
        }
        if (!passed) {
            findings.add(
                    test.alwaysFlat()
                            ? "You've always had flat feet, which may simply be how your feet are built. The foot"
                                    + " work can still help them do their job."
                            : "Your feet weren't always flat, so the small foot muscles have likely lost some"
                                    + " strength, and they can be trained back.");
        }
        if (test.kneesCaveIn()) {
            findings.add("Your kneecaps turned inward as the arches dropped, which pulls knees and hips out of line.");
        }
        var missed = new ArrayList<String>();
        if (Boolean.FALSE.equals(test.bigToeLift())) {
            missed.add("lifting the big toe alone");
        }
        if (Boolean.FALSE.equals(test.smallToesLift())) {
            missed.add("lifting the four small toes alone");
        }
        if (Boolean.FALSE.equals(test.toeSpread())) {
            missed.add("spreading the toes");
        }
        if (!missed.isEmpty()) {
            findings.add("Toe drills to practise: " + String.join(", ", missed) + ".");
        }
        return new RegionResult(Region.FEET, passed ? OK : NEEDS_WORK, findings, Rule.FEET);
    }

    private RegionResult upperBack(Intake.UpperBackTest test) {
        if (test == null) {
            return notAssessed(Region.UPPER_BACK, Rule.UPPER_BACK);
        }
        var findings = new ArrayList<String>();
        var passed = shoulder("left", test.shoulderReachesFloorLeft(), findings)
                & shoulder("right", test.shoulderReachesFloorRight(), findings);
        return new RegionResult(Region.UPPER_BACK, passed ? OK : NEEDS_WORK, findings, Rule.UPPER_BACK);
    }

    private boolean shoulder(String side, boolean reachedFloor, List<String> findings) {
        findings.add(
                reachedFloor
                        ? "Turning to the " + side + ", your shoulder reached the floor."
                        : "Turning to the " + side + ", your shoulder stayed off the floor.");
        return reachedFloor;
    }

    private static boolean toeDrillsMissed(Intake intake) {
        var feet = intake.assessments().feet();
        return feet != null
                && (Boolean.FALSE.equals(feet.bigToeLift())
                        || Boolean.FALSE.equals(feet.smallToesLift())
                        || Boolean.FALSE.equals(feet.toeSpread()));
    }

    private static RegionResult notAssessed(Region region, Rule rule) {
        return new RegionResult(
                region, NOT_ASSESSED, List.of("Not tested yet. You can take this test whenever you like."), rule);
    }
}
