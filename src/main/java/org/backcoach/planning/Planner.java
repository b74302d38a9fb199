package org.backcoach.planning;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcoach.assessment.Findings;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.SafetyVerdict;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.ExerciseKind;
import org.backcoach.catalog.Prescription;
import org.backcoach.catalog.Region;

/**
 * Builds a {@link Plan} from {@link Findings} and the catalogue. Pure and deterministic: the same
 * findings always give the same plan. Nothing is prescribed unless the findings clear the person to
 * exercise.
 */
public final class Planner {

    /**
     * Without the core needing work or a pick of the person's own, hips come first: they sit next to the
     * low back and share its load; then feet, the base everything stands on; then the upper back.
     */
    public static final List<Region> DEFAULT_SERIES_ORDER = List.of(Region.HIPS, Region.FEET, Region.UPPER_BACK);

    /** Rough seconds it takes to set up for an exercise, used for the series' time estimate. */
    static final int SETUP_SECONDS = 20;

    static final int SECONDS_PER_REP = 4;
    static final int SECONDS_PER_BREATH = 8;

    private final Catalog catalog;

    public Planner(Catalog catalog) {
        this.catalog = catalog;
        catalog.program()
                .guidelines()
                .forEach(guideline -> Rule.byId(guideline.rule())
                        .orElseThrow(() ->
                                new IllegalArgumentException("guideline names unknown rule " + guideline.rule())));
    }

    public Plan plan(Findings findings) {
        if (!findings.clearToExercise()) {
            return withheld(findings);
        }
        return new Build(findings).plan();
    }

    private Plan withheld(Findings findings) {
        var status = findings.verdict() == SafetyVerdict.NEEDS_CLEARANCE
                ? PlanStatus.NEEDS_CLEARANCE
                : PlanStatus.SEE_CLINICIAN;
        var reasons = findings.notices().stream()
                .filter(notice -> notice.rule() != Rule.NO_DIAGNOSIS)
                .map(notice -> Plan.Reason.of(notice.rule(), notice.message()))
                .toList();
        return new Plan(
                status, findings.notices(), findings.stage(), findings.regions(), List.of(), null, null, reasons);
    }

    /** The state of building one plan. */
    private final class Build {

        private final Findings findings;
        private final List<Region> needsWork;
        private final Prescriber prescriber;
        private final List<Notice> notices;
        private final List<Plan.Reason> rationale = new ArrayList<>();
        private List<Plan.Item> dailySeriesItems = List.of();

        Build(Findings findings) {
            this.findings = findings;
            this.needsWork = findings.regionsNeedingWork();
            this.notices = new ArrayList<>(findings.notices());
            this.prescriber = new Prescriber(
                    catalog,
                    findings.intake().equipment(),
                    findings.stage(),
                    findings.region(Region.CORE).passed(),
                    needsWork);
        }

        Plan plan() {
            rationale.add(Plan.Reason.of(Rule.STAGE, stageReason()));
            rationale.add(Plan.Reason.of(Rule.STAGE_PROGRAM, stageProgram(findings.stage())));
            var habits = habits();
            var series = dailySeries();
            var strength = strength();
            explainTheRest(habits);
            return new Plan(
                    PlanStatus.READY,
                    notices,
                    findings.stage(),
                    findings.regions(),
                    habits,
                    series,
                    strength,
                    rationale);
        }

        private String stageReason() {
            return "You start at the " + findings.stage().name().toLowerCase(Locale.ROOT) + " stage. "
                    + String.join(" ", findings.stageReasons());
        }

        private List<Plan.Habit> habits() {
            var habits = new ArrayList<Plan.Habit>();
            for (var region : needsWork) {
                catalog.program().region(region).habits().stream()
                        .map(habit -> new Plan.Habit(region, habit.id(), habit.text(), Rule.HABITS))
                        .forEach(habits::add);
            }
            if (findings.toeDrillsMissed()) {
                var toeDrills = catalog.program().toeDrills();
                habits.add(new Plan.Habit(Region.FEET, toeDrills.id(), toeDrills.text(), Rule.FEET));
            }
            return habits;
        }

        private Plan.DailySeries dailySeries() {
            var region = seriesRegion();
            if (region.isEmpty()) {
                return null;
            }
            var items = new ArrayList<Plan.Item>();
            var breathing = catalog.program().breathing();
            var template = catalog.program().region(region.get()).series();
            if (template.stream().noneMatch(p -> p.exercise().equals(breathing.exercise()))) {
                prescriber.prescribe(breathing, Rule.BREATHING).ifPresent(items::add);
            }
            template.forEach(
                    p -> prescriber.prescribe(p, Rule.SERIES).ifPresent(item -> Prescriber.addOnce(items, item)));
            dailySeriesItems = items;
            return new Plan.DailySeries(region.get(), estimatedMinutes(items), items, Rule.SERIES);
        }

        /** R-PRIORITY: core first, then the person's pick, then the default order; feet for nagging pain. */
        private Optional<Region> seriesRegion() {
            var focus = findings.intake().focus();
            String why;
            Region chosen;
            if (needsWork.contains(Region.CORE)) {
                chosen = Region.CORE;
                why = "Your core test needs work, and the core series always comes first.";
                if (focus != null && focus != Region.CORE && needsWork.contains(focus)) {
                    why += " Your pick, the " + words(focus) + ", is next once the core test passes.";
                }
            } else if (focus != null && needsWork.contains(focus)) {
                chosen = focus;
                why = "You chose the " + words(focus) + " series: you know your body best.";
            } else if (!needsWork.isEmpty()) {
                chosen = DEFAULT_SERIES_ORDER.stream()
                        .filter(needsWork::contains)
                        .findFirst()
                        .orElseThrow();
                why = needsWork.size() > 1
                        ? "Several regions need work and doing every series each day isn't realistic, so you start"
                                + " with the " + words(chosen) + ", which usually pays back the most. You can pick"
                                + " another."
                        : "Your " + words(chosen) + " test needs work, so that is your daily series.";
                if (focus != null) {
                    why += " You picked the " + words(focus) + ", but that test passed or wasn't taken.";
                }
            } else if (findings.painNow() > 0) {
                chosen = Region.FEET;
                why = "No test flagged a region, but some discomfort remains. The foot series is the place to"
                        + " start: feet often get too little to do, even when they pass.";
            } else {
                rationale.add(Plan.Reason.of(
                        Rule.PRIORITY,
                        "Every test you took passed and you're pain free, so there's no daily series for now. Keep"
                                + " a few favourite moves in your back pocket as everyday movement care."));
                return Optional.empty();
            }
            rationale.add(Plan.Reason.of(Rule.PRIORITY, why));
            return Optional.of(chosen);
        }

        private Plan.Strength strength() {
            var days = findings.intake().trainingDays().stream()
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .toList();
            var warmUp = prescriber.prescribeAll(catalog.program().warmUp(), Rule.WARM_UP);
            var templates = catalog.program().sessions();
            var sessions = new ArrayList<Plan.Session>();
            for (int slot = 0; slot < templates.size(); slot++) {
                var template = templates.get(slot);
                var circuits = new ArrayList<Plan.Circuit>();
                for (int index = 0; index < template.circuits().size(); index++) {
                    var circuit = template.circuits().get(index);
                    var items = new ArrayList<Plan.Item>();
                    if (index == 0) {
                        stageOpener()
                                .flatMap(opener -> prescriber.prescribe(opener, Rule.STAGE_PROGRAM))
                                .ifPresent(items::add);
                    }
                    prescriber
                            .prescribeAll(circuit.items(), Rule.STRENGTH)
                            .forEach(item -> Prescriber.addOnce(items, item));
                    if (!items.isEmpty()) {
                        circuits.add(new Plan.Circuit(
                                circuit.name(), circuit.optional(), circuit.rounds(), circuit.restSeconds(), items));
                    }
                }
                sessions.add(new Plan.Session(
                        days.get(slot % days.size()),
                        slot / days.size() + 1,
                        template.name(),
                        warmUp,
                        circuits,
                        coolDown(warmUp)));
            }
            var guidelines = catalog.program().guidelines().stream()
                    .map(g -> new Plan.Guideline(Rule.byId(g.rule()).orElseThrow(), g.text()))
                    .toList();
            rationale.add(Plan.Reason.of(Rule.STRENGTH, strengthReason(days)));
            return new Plan.Strength(days, sessions, guidelines, Rule.STRENGTH);
        }

        private Optional<Prescription> stageOpener() {
            var openers = catalog.program().stageOpeners();
            return Optional.ofNullable(
                    switch (findings.stage()) {
                        case BEGINNER -> openers.beginner();
                        case INTERMEDIATE -> openers.intermediate();
                        case ADVANCED -> openers.advanced();
                    });
        }

        /** Suggests the breathing reset and mobility drills the person already knows, series first. */
        private Plan.CoolDown coolDown(List<Plan.Item> warmUp) {
            var template = catalog.program().coolDown();
            var suggestions = new LinkedHashSet<String>();
            prescriber
                    .prescribe(catalog.program().breathing(), Rule.COOL_DOWN)
                    .ifPresent(item -> suggestions.add(item.exerciseId()));
            Stream.concat(dailySeriesItems.stream(), warmUp.stream())
                    .filter(item -> catalog.exercise(item.exerciseId()).kind() == ExerciseKind.MOBILITY)
                    .map(Plan.Item::exerciseId)
                    .forEach(suggestions::add);
            return new Plan.CoolDown(
                    template.text(),
                    suggestions.stream().limit(template.suggestions()).toList(),
                    Rule.COOL_DOWN);
        }

        private String strengthReason(List<DayOfWeek> days) {
            var dayNames = days.stream().map(Planner::words).collect(Collectors.joining(", "));
            var text = "Three total-body sessions, each with a warm-up, two main circuits, an optional bonus"
                    + " circuit and a cool-down, on " + dayNames + ", with a rest day between sessions.";
            if (days.size() < 3) {
                text += " With " + days.size() + " training day" + (days.size() == 1 ? "" : "s")
                        + " a week, Total Body 1, 2 and 3 take turns across the weeks.";
            }
            return text;
        }

        private void explainTheRest(List<Plan.Habit> habits) {
            if (!habits.isEmpty()) {
                var regions = habits.stream()
                        .map(Plan.Habit::region)
                        .distinct()
                        .map(Planner::words)
                        .collect(Collectors.joining(", "));
                rationale.add(Plan.Reason.of(
                        Rule.HABITS, "Small daily habits for each region that needs work (" + regions + ")."));
            }
            rationale.add(Plan.Reason.of(
                    Rule.BREATHING,
                    "Every series, warm-up and cool-down uses the breathing reset: 3-5 seconds in through the"
                            + " nose, low into the belly with the ribs widening, then 3-5 seconds out as the ribs"
                            + " settle."));
            if (prescriber.substituted(Rule.CORE_DEADBUG)) {
                rationale.add(Plan.Reason.of(
                        Rule.CORE_DEADBUG,
                        "Until your core wall test passes, you hold the wall-test position wherever the dead bug"
                                + " would be. It comes back once you pass the test."));
            }
            if (!needsWork.isEmpty()) {
                rationale.add(Plan.Reason.of(
                        Rule.INTEGRATION,
                        "Cues from the regions that need work are attached to the exercises they apply to, so"
                                + " every exercise trains them a little too."));
            }
            rationale.add(Plan.Reason.of(
                    Rule.EFFORT,
                    "Stop each set with 2-3 reps still in the tank, and add a few reps or a little weight week by"
                            + " week."));
            if (prescriber.substituted(Rule.EQUIPMENT) || prescriber.substituted(Rule.STAGE_PROGRAM)) {
                rationale.add(Plan.Reason.of(
                        Rule.EQUIPMENT,
                        "Where an exercise needs kit you don't have, or weights before you're ready, a close"
                                + " variant stands in; each one says what it replaces."));
            }
            prescriber.dropped().stream()
                    .map(dropped -> new Notice(dropped.rule(), dropped.reason()))
                    .distinct()
                    .forEach(notices::add);
        }
    }

    private static int estimatedMinutes(List<Plan.Item> items) {
        var seconds =
                items.stream().mapToInt(item -> setupAndOneSet(item.dose())).sum();
        return (int) Math.ceil(seconds / 60.0);
    }

    /** One set at the low end of the dose, plus setting up. */
    private static int setupAndOneSet(Dose dose) {
        var perCount = switch (dose.unit()) {
            case REPS -> SECONDS_PER_REP + (dose.holdSeconds() == null ? 0 : dose.holdSeconds());
            case SECONDS -> 1;
            case BREATHS -> SECONDS_PER_BREATH;
        };
        var seconds = dose.min() * perCount;
        seconds *= dose.perSide() ? 2 : 1;
        seconds *= dose.spots() == null ? 1 : dose.spots().min();
        seconds *= dose.repeats() == null ? 1 : dose.repeats();
        return SETUP_SECONDS + seconds;
    }

    static String words(Region region) {
        return region.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String words(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String stageProgram(Stage stage) {
        return switch (stage) {
            case BEGINNER ->
                "Beginners train with bodyweight only and open each session with the glute bridge,"
                        + " keeping the spine still while the hips do the moving.";
            case INTERMEDIATE ->
                "At the intermediate stage you use light to moderate weights, and each session"
                        + " opens with the bird dog to build core stability.";
            case ADVANCED ->
                "At the advanced stage you follow the full program, with loaded lifts such as the"
                        + " kettlebell deadlift to build strength in the glutes, hips and back.";
        };
    }
}
