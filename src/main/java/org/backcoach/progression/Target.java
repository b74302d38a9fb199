package org.backcoach.progression;

import org.backcoach.catalog.DoseUnit;

/**
 * What to aim for in each set of one exercise: a range of reps (or seconds) and, for loaded work, a
 * load in kilograms ({@code null} for bodyweight or band work).
 */
public record Target(String exerciseId, DoseUnit unit, int low, int high, Double loadKg) {

    public Target {
        if (low < 1 || high < low) {
            throw new IllegalArgumentException("a target needs 1 <= low <= high, got " + low + "-" + high);
        }
        if (loadKg != null && loadKg < 0) {
            throw new IllegalArgumentException("a load cannot be negative");
        }
    }

    public Target withRange(int newLow, int newHigh) {
        return new Target(exerciseId, unit, newLow, newHigh, loadKg);
    }

    public Target withLoad(Double newLoadKg) {
        return new Target(exerciseId, unit, low, high, newLoadKg);
    }

    /** "10-12 reps at 8 kg". */
    public String label() {
        var range = (low == high ? Integer.toString(low) : low + "-" + high)
                + (unit == DoseUnit.SECONDS ? " s" : unit == DoseUnit.BREATHS ? " breaths" : " reps");
        return loadKg == null ? range : range + " at " + Loads.format(loadKg);
    }
}
