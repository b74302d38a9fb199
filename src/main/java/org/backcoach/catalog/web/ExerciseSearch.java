package org.backcoach.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.backcoach.catalog.BodyPosition;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.ExerciseKind;
import org.backcoach.catalog.Region;

/**
 * What the library page was asked for: words in the name and up to four filters. Built leniently from
 * the query string: a value that isn't known is ignored rather than refused, since people edit links.
 *
 * @param text the words as typed, shown back in the search box
 * @param noEquipment only exercises that need no kit (then {@code equipment} is null)
 */
record ExerciseSearch(
        String text,
        Region region,
        ExerciseKind kind,
        Equipment equipment,
        boolean noEquipment,
        BodyPosition position) {

    /** The equipment filter's value for "needs nothing". */
    static final String NO_EQUIPMENT = "none";

    static final int MAX_TEXT = 100;

    static ExerciseSearch of(String q, String region, String kind, String equipment, String position) {
        var text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        var none = equipment != null && NO_EQUIPMENT.equalsIgnoreCase(equipment.strip());
        return new ExerciseSearch(
                text,
                ExerciseWords.parse(Region.class, region).orElse(null),
                ExerciseWords.parse(ExerciseKind.class, kind).orElse(null),
                none ? null : ExerciseWords.parse(Equipment.class, equipment).orElse(null),
                none,
                ExerciseWords.parse(BodyPosition.class, position).orElse(null));
    }

    boolean matches(Exercise exercise) {
        return (region == null || exercise.regions().contains(region))
                && (kind == null || exercise.kind() == kind)
                && (equipment == null || exercise.equipment().contains(equipment))
                && (!noEquipment || exercise.equipment().isEmpty())
                && (position == null || exercise.position() == position)
                && containsEveryWord(exercise.name());
    }

    /** Whether anything narrows the list. */
    boolean narrowed() {
        return !words().isEmpty()
                || region != null
                || kind != null
                || equipment != null
                || noEquipment
                || position != null;
    }

    // The values below re-fill the form; public because the page's expressions only see public methods.

    public String regionValue() {
        return region == null ? "" : ExerciseWords.value(region);
    }

    public String kindValue() {
        return kind == null ? "" : ExerciseWords.value(kind);
    }

    public String equipmentValue() {
        return noEquipment ? NO_EQUIPMENT : equipment == null ? "" : ExerciseWords.value(equipment);
    }

    public String positionValue() {
        return position == null ? "" : ExerciseWords.value(position);
    }

    // "half kneeling", "Half-Kneeling" and "kneeling half" all find "Cable Half-Kneeling Row".
    private boolean containsEveryWord(String name) {
        var haystack = normalize(name);
        return words().stream().allMatch(haystack::contains);
    }

    private List<String> words() {
        var normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
