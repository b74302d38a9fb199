package org.backcoach.catalog;

/** An exercise as a template prescribes it: which one, how many sets and what dose per set. */
public record Prescription(String exercise, Range sets, Dose dose) {

    public Prescription {
        if (exercise == null || sets == null || dose == null) {
            throw new IllegalArgumentException("a prescription needs an exercise, sets and a dose");
        }
    }

    public Prescription withExercise(String other) {
        return new Prescription(other, sets, dose);
    }
}
