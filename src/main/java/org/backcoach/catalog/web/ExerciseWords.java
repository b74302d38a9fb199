package org.backcoach.catalog.web;

import java.util.Locale;
import java.util.Optional;
import org.backcoach.catalog.BodyPosition;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.ExerciseKind;
import org.backcoach.catalog.MovementPattern;
import org.backcoach.catalog.Region;
import org.backcoach.catalog.VariantKind;

/**
 * Plain words for the catalogue's values, kept in one place so every page says the same thing, and the
 * short form a value takes in a link ({@code upper-back}).
 */
final class ExerciseWords {

    private ExerciseWords() {}

    static String region(Region region) {
        return switch (region) {
            case CORE -> "Core";
            case HIPS -> "Hips";
            case FEET -> "Feet";
            case UPPER_BACK -> "Upper back";
        };
    }

    static String kind(ExerciseKind kind) {
        return switch (kind) {
            case SOFT_TISSUE -> "Soft tissue";
            case MOBILITY -> "Mobility";
            case BREATHING -> "Breathing";
            case STABILITY -> "Stability";
            case STRENGTH -> "Strength";
        };
    }

    static String equipment(Equipment equipment) {
        var label = equipment.label();
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    static String position(BodyPosition position) {
        return switch (position) {
            case STANDING -> "Standing";
            case HALF_KNEELING -> "Half-kneeling (one knee down)";
            case TALL_KNEELING -> "Kneeling on both knees";
            case QUADRUPED -> "On hands and knees";
            case SEATED -> "Sitting";
            case SUPINE -> "Lying on your back";
            case PRONE -> "Lying on your front";
            case SIDE_LYING -> "Lying on your side";
        };
    }

    /** The movement in plain words; nothing for exercises that train no particular movement. */
    static Optional<String> pattern(MovementPattern pattern) {
        return Optional.ofNullable(
                switch (pattern) {
                    case NONE -> null;
                    case SQUAT -> "Squat";
                    case HINGE -> "Hip hinge";
                    case LUNGE -> "Lunge";
                    case BRIDGE -> "Bridge";
                    case PUSH -> "Push";
                    case PULL -> "Pull";
                    case CARRY -> "Carry";
                    case ANTI_ROTATION -> "Resisting a twist";
                    case ROTATION -> "Rotation";
                    case ANTI_EXTENSION -> "Keeping your back from arching";
                    case ANTI_LATERAL_FLEXION -> "Keeping your trunk from bending sideways";
                    case TRUNK_FLEXION -> "Curling the trunk";
                    case TRUNK_EXTENSION -> "Extending the back";
                    case CALF_RAISE -> "Calf raise";
                    case FOOT_CONTROL -> "Foot control";
                    case LOCOMOTION -> "Walking";
                });
    }

    /** How a variant is introduced on the page of the exercise it stands in for. */
    static String variant(VariantKind kind) {
        return switch (kind) {
            // Every bodyweight variant in the catalogue needs no kit at all, not merely no weights.
            case BODYWEIGHT -> "Without equipment";
            case HOME -> "At home";
            case HALF_KNEELING -> "Half-kneeling version";
            case ONE_LEG -> "One-leg version";
            case REGRESSION -> "Easier version";
        };
    }

    /** The same link seen from the other end: on the variant's own page. */
    static String standsInAs(VariantKind kind) {
        return switch (kind) {
            case BODYWEIGHT -> "without equipment";
            case HOME -> "at home";
            case HALF_KNEELING -> "as its half-kneeling version";
            case ONE_LEG -> "as its one-leg version";
            case REGRESSION -> "as an easier option";
        };
    }

    /** The short form of a value in a link, such as {@code upper-back}. */
    static String value(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a value from a link leniently ({@code upper-back} or {@code UPPER_BACK}); nothing if unknown. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
