package org.backcoach.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.planning.PlannerTests.CATALOG;
import static org.backcoach.planning.PlannerTests.allItems;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Condition;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.IntakeValidator;
import org.backcoach.assessment.Mobility;
import org.backcoach.assessment.NightWaking;
import org.backcoach.assessment.RedFlag;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;
import org.junit.jupiter.api.Test;

/** Thousands of generated intakes never break the engine and never break the safety promises. */
class PlanInvariantsTests {

    private static final int PEOPLE = 5_000;
    private static final List<List<DayOfWeek>> VALID_DAYS = validDayChoices();

    private final Assessor assessor = new Assessor();
    private final Planner planner = new Planner(CATALOG);

    @Test
    void generatedIntakesAlwaysGiveASafePlan() {
        var seed = Long.getLong("invariants.seed", System.nanoTime());
        var random = new Random(seed);
        for (int person = 0; person < PEOPLE; person++) {
            var intake = randomIntake(random);
            assertThat(IntakeValidator.validate(intake))
                    .as("seed %d, person %d", seed, person)
                    .isEmpty();
            var findings = assessor.assess(intake);
            var plan = planner.plan(findings);
            checkInvariants(intake, findings.stage(), plan, "seed " + seed + ", person " + person + ": " + intake);
        }
    }

    private static void checkInvariants(Intake intake, Stage stage, Plan plan, String who) {
        if (!intake.safety().redFlags().isEmpty()) {
            assertThat(plan.status()).as("red flag (R-SAFE-1), " + who).isEqualTo(PlanStatus.SEE_CLINICIAN);
        }
        if (!intake.safety().medicalClearance()) {
            assertThat(plan.status()).as("no clearance (R-SAFE-2), " + who).isNotEqualTo(PlanStatus.READY);
        }
        if (plan.status() != PlanStatus.READY) {
            assertThat(plan.habits()).as(who).isEmpty();
            assertThat(plan.dailySeries()).as(who).isNull();
            assertThat(plan.strength()).as(who).isNull();
            return;
        }
        var corePassed = intake.assessments().core() != null
                && !intake.assessments().core().lowBackLifted()
                && !intake.assessments().core().shouldersTensed()
                && !intake.assessments().core().bellyPushedOut();
        assertThat(plan.strength().sessions()).as(who).hasSize(3);
        allItems(plan).forEach(item -> {
            var exercise = CATALOG.exercise(item.exerciseId());
            assertThat(intake.equipment())
                    .as("kit (R-EQUIPMENT) for " + item.exerciseId() + ", " + who)
                    .containsAll(exercise.equipment());
            if (stage == Stage.BEGINNER) {
                assertThat(exercise.loaded())
                        .as("no load for a beginner: " + item.exerciseId() + ", " + who)
                        .isFalse();
            }
            if (stage == Stage.BEGINNER || !corePassed) {
                assertThat(exercise.doubleLegRaise()).as("R-SAFE-6, " + who).isFalse();
            }
            if (!corePassed) {
                assertThat(CATALOG.program().deadBug().replaces())
                        .as("R-CORE-DEADBUG, " + who)
                        .doesNotContain(item.exerciseId());
            }
            assertThat(item.rule()).as(who).isNotNull();
            if (item.substitutedFor() != null) {
                assertThat(item.substitutedFor().reason()).as(who).isNotBlank();
            }
        });
        if (plan.dailySeries() != null) {
            assertThat(plan.dailySeries().items()).as(who).isNotEmpty();
            assertThat(plan.dailySeries().estimatedMinutes()).as(who).isBetween(1, 12);
        }
        assertThat(plan.rationale()).extracting(Plan.Reason::rule).as(who).contains(Rule.STAGE, Rule.STRENGTH);
    }

    private static Intake randomIntake(Random random) {
        var redFlags = random.nextInt(10) == 0 ? List.of(pick(random, RedFlag.values())) : List.<RedFlag>of();
        var conditions = random.nextInt(6) == 0 ? List.of(pick(random, Condition.values())) : List.<Condition>of();
        var symptoms = new Intake.Symptoms(
                random.nextInt(11),
                pick(random, NightWaking.values()),
                random.nextBoolean(),
                random.nextInt(4) == 0,
                random.nextInt(4) == 0,
                random.nextBoolean(),
                random.nextInt(3) == 0,
                random.nextInt(5) == 0,
                pick(random, Mobility.values()));
        var tests = new Intake.SelfTests(
                random.nextInt(4) == 0
                        ? null
                        : new Intake.CoreTest(
                                random.nextBoolean(),
                                random.nextInt(3) == 0,
                                random.nextInt(3) == 0,
                                random.nextBoolean() ? null : random.nextInt(200)),
                random.nextInt(4) == 0
                        ? null
                        : new Intake.HipTest(
                                random.nextInt(91), random.nextInt(91), random.nextBoolean(), random.nextBoolean()),
                random.nextInt(4) == 0
                        ? null
                        : new Intake.FootTest(
                                random.nextInt(5) == 0,
                                random.nextBoolean(),
                                random.nextBoolean(),
                                random.nextBoolean(),
                                maybe(random),
                                maybe(random),
                                maybe(random)),
                random.nextInt(4) == 0 ? null : new Intake.UpperBackTest(random.nextBoolean(), random.nextBoolean()));
        var equipment = EnumSet.noneOf(Equipment.class);
        for (var piece : Equipment.values()) {
            if (random.nextInt(3) == 0) {
                equipment.add(piece);
            }
        }
        return new Intake(
                new Intake.Safety(redFlags, random.nextInt(8) != 0, conditions),
                symptoms,
                tests,
                equipment,
                VALID_DAYS.get(random.nextInt(VALID_DAYS.size())),
                random.nextInt(3) == 0 ? pick(random, Region.values()) : null);
    }

    private static Boolean maybe(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> true;
            default -> false;
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<List<DayOfWeek>> validDayChoices() {
        var choices = new ArrayList<List<DayOfWeek>>();
        var days = DayOfWeek.values();
        for (int mask = 1; mask < 1 << days.length; mask++) {
            var chosen = new ArrayList<DayOfWeek>();
            for (int bit = 0; bit < days.length; bit++) {
                if ((mask & 1 << bit) != 0) {
                    chosen.add(days[bit]);
                }
            }
            var intake = new Intake(null, null, null, null, chosen, null);
            if (IntakeValidator.validate(intake).stream()
                    .noneMatch(p -> p.field().equals("trainingDays"))) {
                choices.add(List.copyOf(chosen));
            }
        }
        return choices;
    }
}
