package org.backcoach.progression;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backcoach.catalog.Equipment;

/** The smallest sensible load step for each kind of kit, in kilograms. */
public final class Loads {

    private Loads() {}

    /** Bands and bodyweight have no kilogram step; they progress by reps or seconds instead. */
    public static Optional<Double> step(Set<Equipment> equipment) {
        if (equipment.contains(Equipment.KETTLEBELL)) {
            return Optional.of(4.0);
        }
        if (equipment.contains(Equipment.SMITH_MACHINE)) {
            return Optional.of(5.0);
        }
        if (equipment.contains(Equipment.CABLE_MACHINE) || equipment.contains(Equipment.LANDMINE)) {
            return Optional.of(2.5);
        }
        if (equipment.contains(Equipment.DUMBBELL)) {
            return Optional.of(2.0);
        }
        return Optional.empty();
    }

    static String format(double kg) {
        return (kg == Math.rint(kg) ? Long.toString((long) kg) : String.format(Locale.ROOT, "%.1f", kg)) + " kg";
    }
}
