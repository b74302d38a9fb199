package org.backcoach.coaching.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backcoach.assessment.Condition;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.IntakeValidator;
import org.backcoach.assessment.Mobility;
import org.backcoach.assessment.NightWaking;
import org.backcoach.assessment.RedFlag;
import org.backcoach.assessment.Wording;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;

/**
 * Turns each step's form into its slice of the answers and back. Only the conversion of typed text lives
 * here (is it a number, is it one of the choices); every rule about the answers is the {@link
 * IntakeValidator}'s, whose messages are shown next to the field they name.
 */
final class OnboardingForms {

    /** The answers after reading a step, and each field's problem in words, by form field name. */
    record Reading(OnboardingAnswers answers, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static final List<String> SYMPTOM_FLAGS = List.of(
            "radiatingPain",
            "hardToMove",
            "fearOfMovement",
            "exercisesRegularly",
            "experiencedExerciser",
            "recentlyFinishedTherapy");

    /** Who the validator's message is about, so that "is required" reads as a sentence beside the field. */
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("redFlags", "This list"),
            Map.entry("medicalClearance", "An answer"),
            Map.entry("conditions", "This list"),
            Map.entry("painNow", "Your pain score"),
            Map.entry("nightWaking", "An answer"),
            Map.entry("mobility", "An answer"),
            Map.entry("plankSeconds", "The plank time"),
            Map.entry("internalRotationLeft", "The left-hip angle"),
            Map.entry("internalRotationRight", "The right-hip angle"),
            Map.entry("extensionKneeBelowParallelLeft", "An answer for the left leg"),
            Map.entry("extensionKneeBelowParallelRight", "An answer for the right leg"),
            Map.entry("bigToeLift", "The big-toe answer"),
            Map.entry("smallToesLift", "The small-toes answer"),
            Map.entry("toeSpread", "The toe-spread answer"),
            Map.entry("shoulderReachesFloorLeft", "An answer for the left shoulder"),
            Map.entry("shoulderReachesFloorRight", "An answer for the right shoulder"),
            Map.entry("equipment", "Your kit list"),
            Map.entry("focus", "Your pick"));

    private OnboardingForms() {}

    // Reading a posted step

    static Reading read(OnboardingStep step, FormValues form, OnboardingAnswers answers, List<Region> focusOptions) {
        var in = new Reader(form);
        var updated = switch (step) {
            case SAFETY ->
                answers.withSafety(new Intake.Safety(
                        in.choices("redFlags", RedFlag.class),
                        in.yesNo("medicalClearance"),
                        in.choices("conditions", Condition.class)));
            case SYMPTOMS ->
                answers.withSymptoms(new Intake.Symptoms(
                        in.whole("painNow"),
                        in.choice("nightWaking", NightWaking.class),
                        form.on("radiatingPain"),
                        form.on("hardToMove"),
                        form.on("fearOfMovement"),
                        form.on("exercisesRegularly"),
                        form.on("experiencedExerciser"),
                        form.on("recentlyFinishedTherapy"),
                        in.choice("mobility", Mobility.class)));
            case CORE ->
                answers.withCore(new Intake.CoreTest(
                        form.on("lowBackLifted"),
                        form.on("shouldersTensed"),
                        form.on("bellyPushedOut"),
                        in.whole("plankSeconds")));
            case HIPS ->
                answers.withHips(new Intake.HipTest(
                        in.whole("internalRotationLeft"),
                        in.whole("internalRotationRight"),
                        in.yesNo("extensionKneeBelowParallelLeft"),
                        in.yesNo("extensionKneeBelowParallelRight")));
            case FEET ->
                answers.withFeet(new Intake.FootTest(
                        form.on("flatWhenSitting"),
                        form.on("archCollapsesStanding"),
                        form.on("alwaysFlat"),
                        form.on("kneesCaveIn"),
                        in.yesNo("bigToeLift"),
                        in.yesNo("smallToesLift"),
                        in.yesNo("toeSpread")));
            case UPPER_BACK ->
                answers.withUpperBack(new Intake.UpperBackTest(
                        in.yesNo("shoulderReachesFloorLeft"), in.yesNo("shoulderReachesFloorRight")));
            case KIT -> {
                var equipment = in.choices("equipment", Equipment.class);
                yield answers.withKit(
                        equipment.isEmpty() ? Set.of() : EnumSet.copyOf(equipment),
                        in.choices("trainingDays", DayOfWeek.class));
            }
            case FOCUS -> {
                var focus = in.choice("focus", Region.class);
                if (focus != null && !focusOptions.contains(focus)) {
                    in.problem("focus", "isn't one of the choices on this page");
                }
                yield answers.withFocus(focus);
            }
        };
        if (step != OnboardingStep.FOCUS) {
            // The step's slice, checked by the one validator; problems outside the slice belong to other steps.
            IntakeValidator.validate(updated.toIntake(null)).stream()
                    .filter(problem -> step.owns(problem.field()))
                    .forEach(problem -> in.problem(formField(problem.field()), problem.message()));
        }
        return new Reading(updated, in.errors);
    }

    /** "assessments.hips.internalRotationLeft" is the form's "internalRotationLeft". */
    static String formField(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The validator's message as a sentence about the field, with days in plain words. */
    static String sentence(String field, String message) {
        var text = message;
        for (var day : DayOfWeek.values()) {
            text = text.replace(day.name(), dayName(day));
        }
        var subject = SUBJECTS.get(field);
        return subject == null ? capitalized(text) : subject + " " + text;
    }

    private static final class Reader {

        private final FormValues form;
        private final Map<String, String> errors = new LinkedHashMap<>();

        Reader(FormValues form) {
            this.form = form;
        }

        void problem(String field, String message) {
            errors.putIfAbsent(field, sentence(field, message));
        }

        Integer whole(String field) {
            if (form.blank(field)) {
                return null;
            }
            try {
                return Integer.valueOf(form.value(field));
            } catch (NumberFormatException e) {
                problem(field, "must be a whole number, such as 25");
                return null;
            }
        }

        Boolean yesNo(String field) {
            return switch (form.value(field)) {
                case "" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> {
                    problem(field, "isn't one of the choices on this page");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            if (form.blank(field)) {
                return null;
            }
            try {
                return Enum.valueOf(type, form.value(field));
            } catch (IllegalArgumentException e) {
                problem(field, "isn't one of the choices on this page");
                return null;
            }
        }

        <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
            var chosen = new ArrayList<E>();
            for (var value : form.all(field)) {
                try {
                    var constant = Enum.valueOf(type, value);
                    if (!chosen.contains(constant)) {
                        chosen.add(constant);
                    }
                } catch (IllegalArgumentException e) {
                    problem(field, "has a choice that isn't on this page");
                }
            }
            return chosen;
        }
    }

    // Showing saved answers

    static FormValues values(OnboardingStep step, OnboardingAnswers answers) {
        var form = FormValues.empty();
        switch (step) {
            case SAFETY -> {
                var safety = answers.safety();
                if (safety != null) {
                    form.putAll("redFlags", safety.redFlags())
                            .put("medicalClearance", safety.medicalClearance())
                            .putAll("conditions", safety.conditions());
                }
            }
            case SYMPTOMS -> {
                var symptoms = answers.symptoms();
                if (symptoms != null) {
                    form.put("painNow", symptoms.painNow())
                            .put("nightWaking", symptoms.nightWaking())
                            .put("mobility", symptoms.mobility())
                            .tick("radiatingPain", symptoms.radiatingPain())
                            .tick("hardToMove", symptoms.hardToMove())
                            .tick("fearOfMovement", symptoms.fearOfMovement())
                            .tick("exercisesRegularly", symptoms.exercisesRegularly())
                            .tick("experiencedExerciser", symptoms.experiencedExerciser())
                            .tick("recentlyFinishedTherapy", symptoms.recentlyFinishedTherapy());
                }
            }
            case CORE -> {
                var core = answers.core();
                if (core != null) {
                    form.tick("lowBackLifted", core.lowBackLifted())
                            .tick("shouldersTensed", core.shouldersTensed())
                            .tick("bellyPushedOut", core.bellyPushedOut())
                            .put("plankSeconds", core.plankSeconds());
                }
            }
            case HIPS -> {
                var hips = answers.hips();
                if (hips != null) {
                    form.put("internalRotationLeft", hips.internalRotationLeft())
                            .put("internalRotationRight", hips.internalRotationRight())
                            .put("extensionKneeBelowParallelLeft", hips.extensionKneeBelowParallelLeft())
                            .put("extensionKneeBelowParallelRight", hips.extensionKneeBelowParallelRight());
                }
            }
            case FEET -> {
                var feet = answers.feet();
                if (feet != null) {
                    form.tick("flatWhenSitting", feet.flatWhenSitting())
                            .tick("archCollapsesStanding", feet.archCollapsesStanding())
                            .tick("alwaysFlat", feet.alwaysFlat())
                            .tick("kneesCaveIn", feet.kneesCaveIn())
                            .put("bigToeLift", feet.bigToeLift())
                            .put("smallToesLift", feet.smallToesLift())
                            .put("toeSpread", feet.toeSpread());
                }
            }
            case UPPER_BACK -> {
                var upperBack = answers.upperBack();
                if (upperBack != null) {
                    form.put("shoulderReachesFloorLeft", upperBack.shoulderReachesFloorLeft())
                            .put("shoulderReachesFloorRight", upperBack.shoulderReachesFloorRight());
                }
            }
            case KIT ->
                form.putAll("equipment", answers.equipment())
                        .putAll(
                                "trainingDays",
                                answers.trainingDays() == null ? Intake.DEFAULT_TRAINING_DAYS : answers.trainingDays());
            case FOCUS -> form.put("focus", answers.focus());
        }
        return form;
    }

    // The words beside the inputs

    static List<Choice> redFlags() {
        return Arrays.stream(RedFlag.values())
                .map(flag -> new Choice(flag.name(), capitalized(Wording.redFlag(flag))))
                .toList();
    }

    static List<Choice> conditions() {
        return List.of(
                new Choice(Condition.PREGNANCY.name(), "I'm pregnant"),
                new Choice(Condition.RECENT_BACK_SURGERY.name(), "I had back surgery recently"),
                new Choice(Condition.SCOLIOSIS.name(), "I've been diagnosed with scoliosis"),
                new Choice(Condition.SCIATICA.name(), "I have sciatica"));
    }

    static List<Choice> nightWaking() {
        return List.of(
                new Choice(NightWaking.NEVER.name(), "Never"),
                new Choice(NightWaking.SOMETIMES.name(), "Sometimes"),
                new Choice(NightWaking.OFTEN.name(), "Often"));
    }

    static List<Choice> mobility() {
        return List.of(
                new Choice(Mobility.NORMAL.name(), "Freely: everyday things are fine"),
                new Choice(Mobility.SOMEWHAT_RESTRICTED.name(), "A bit limited: stiff, some movements are awkward"),
                new Choice(Mobility.RESTRICTED.name(), "Quite limited: everyday movement is hard"));
    }

    static List<Choice> symptomFlags() {
        return List.of(
                new Choice("radiatingPain", "Pain travels down a leg or around my hips"),
                new Choice("hardToMove", "It's hard to move without pain"),
                new Choice("fearOfMovement", "I catch myself holding my breath at the thought of moving"),
                new Choice("exercisesRegularly", "I exercise regularly, most weeks"),
                new Choice("experiencedExerciser", "I've trained for years and know my way around weights"),
                new Choice(
                        "recentlyFinishedTherapy", "I've just finished physiotherapy or other treatment for my back"));
    }

    static List<Choice> equipment() {
        return Arrays.stream(Equipment.values())
                .map(kit -> new Choice(kit.name(), capitalized(kit.label())))
                .toList();
    }

    static List<Choice> days() {
        return Arrays.stream(DayOfWeek.values())
                .map(day -> new Choice(day.name(), dayName(day)))
                .toList();
    }

    static List<Choice> regions(List<Region> regions) {
        return regions.stream()
                .map(region -> new Choice(region.name(), regionName(region)))
                .toList();
    }

    static String regionName(Region region) {
        return switch (region) {
            case CORE -> "Core";
            case HIPS -> "Hips";
            case FEET -> "Feet";
            case UPPER_BACK -> "Upper back";
        };
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
