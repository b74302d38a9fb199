package org.backcoach.catalog;

/** An inclusive whole-number range such as "2-3 rounds" or "10-12 reps". */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a range needs 0 <= min <= max, got " + min + "-" + max);
        }
    }

    public static Range of(int min, int max) {
        return new Range(min, max);
    }

    public static Range exactly(int value) {
        return new Range(value, value);
    }

    /** "10-12", or "10" when both ends agree. */
    public String label() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
