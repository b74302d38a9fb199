package org.backcoach.coaching.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backcoach.catalog.Equipment;

/**
 * Quick picks for the kit list. Home is what the daily series and a home version of the sessions lean on:
 * a foam roller and a lacrosse ball for the series, bands to stand in for cables, and a PVC pipe (a broom
 * handle does the job) for the upper-back drill. Nothing else is assumed; people tick what they own.
 */
enum KitPreset {
    GYM("Gym", "everything on the list", EnumSet.allOf(Equipment.class)),
    HOME(
            "Home",
            "a foam roller, a lacrosse ball, a mini band, a resistance band and a PVC pipe (a broom handle works)",
            EnumSet.of(
                    Equipment.FOAM_ROLLER,
                    Equipment.LACROSSE_BALL,
                    Equipment.MINI_BAND,
                    Equipment.RESISTANCE_BAND,
                    Equipment.PVC_PIPE)),
    NOTHING("Nothing", "just you and some floor space", EnumSet.noneOf(Equipment.class));

    private final String label;
    private final String description;
    private final Set<Equipment> equipment;

    KitPreset(String label, String description, Set<Equipment> equipment) {
        this.label = label;
        this.description = description;
        this.equipment = equipment;
    }

    static Optional<KitPreset> fromName(String name) {
        return Arrays.stream(values())
                .filter(preset -> preset.name().equals(name))
                .findFirst();
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    Set<Equipment> equipment() {
        return equipment;
    }

    /** The kit as a space-separated list, for the script that ticks the boxes without a round trip. */
    public String names() {
        return equipment.stream().map(Enum::name).collect(Collectors.joining(" "));
    }
}
