package org.backcoach.training;

/** How a person likes loads shown; loads are always stored in kilograms. */
public enum WeightUnit {
    KG(1.0),
    LB(0.45359237);

    private final double kilograms;

    WeightUnit(double kilograms) {
        this.kilograms = kilograms;
    }

    public double toKg(double amount) {
        return amount * kilograms;
    }

    public double fromKg(double kg) {
        return kg / kilograms;
    }
}
