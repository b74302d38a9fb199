package org.backcoach.catalog;

/**
 * How much of an exercise one set holds: a range of reps, seconds or breaths, optionally per side,
 * with a hold at the top, at a number of spots, or repeated as several holds.
 *
 * @param holdSeconds seconds to hold each rep, or {@code null}
 * @param spots how many spots to work along the body, or {@code null}
 * @param repeats how many times the timed hold is repeated in one set, or {@code null}
 */
public record Dose(
        DoseUnit unit, int min, int max, boolean perSide, Integer holdSeconds, Range spots, Integer repeats) {

    public Dose {
        if (unit == null) {
            throw new IllegalArgumentException("a dose needs a unit");
        }
        new Range(min, max);
        if (min == 0) {
            throw new IllegalArgumentException("a dose starts at 1 or more");
        }
    }

    public static Dose reps(int min, int max) {
        return new Dose(DoseUnit.REPS, min, max, false, null, null, null);
    }

    public static Dose seconds(int min, int max) {
        return new Dose(DoseUnit.SECONDS, min, max, false, null, null, null);
    }

    public Dose eachSide() {
        return new Dose(unit, min, max, true, holdSeconds, spots, repeats);
    }

    /** A short human label such as "10-12 reps per side, 6 s hold". */
    public String label() {
        var text = new StringBuilder();
        if (repeats != null) {
            text.append(repeats).append(" holds of ");
        }
        text.append(new Range(min, max).label()).append(' ').append(unitLabel());
        if (perSide) {
            text.append(" per side");
        }
        if (spots != null) {
            text.append(" at ").append(spots.label()).append(" spots");
        }
        if (holdSeconds != null) {
            text.append(", ").append(holdSeconds).append(" s hold");
        }
        return text.toString();
    }

    private String unitLabel() {
        return switch (unit) {
            case REPS -> "reps";
            case SECONDS -> "s";
            case BREATHS -> "breaths";
        };
    }
}
