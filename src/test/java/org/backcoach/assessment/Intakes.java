package org.backcoach.assessment;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Region;

/** Builds intakes for tests: by default a cleared intermediate with no self-tests taken. */
public final class Intakes {

    private List<RedFlag> redFlags = List.of();
    private Boolean clearance = true;
    private List<Condition> conditions = List.of();
    private Integer pain = 4;
    private NightWaking nightWaking = NightWaking.SOMETIMES;
    private boolean radiating;
    private boolean hardToMove;
    private boolean fear;
    private boolean exercisesRegularly = true;
    private boolean experienced;
    private boolean therapy;
    private Mobility mobility = Mobility.SOMEWHAT_RESTRICTED;
    private Intake.CoreTest core;
    private Intake.HipTest hips;
    private Intake.FootTest feet;
    private Intake.UpperBackTest upperBack;
    private Set<Equipment> equipment = Set.of();
    private List<DayOfWeek> days;
    private Region focus;

    private Intakes() {}

    public static Intakes intake() {
        return new Intakes();
    }

    public static Intake.CoreTest corePassing() {
        return new Intake.CoreTest(false, false, false, null);
    }

    public static Intake.CoreTest coreFailing() {
        return new Intake.CoreTest(true, false, false, null);
    }

    public static Intake.HipTest hipsPassing() {
        return new Intake.HipTest(30, 30, true, true);
    }

    public static Intake.HipTest hipsFailing() {
        return new Intake.HipTest(15, 30, false, true);
    }

    public static Intake.FootTest feetPassing() {
        return new Intake.FootTest(false, false, false, false, null, null, null);
    }

    public static Intake.FootTest feetFailing() {
        return new Intake.FootTest(false, true, false, true, null, null, null);
    }

    public static Intake.UpperBackTest upperBackPassing() {
        return new Intake.UpperBackTest(true, true);
    }

    public static Intake.UpperBackTest upperBackFailing() {
        return new Intake.UpperBackTest(true, false);
    }

    public Intakes redFlags(RedFlag... flags) {
        this.redFlags = List.of(flags);
        return this;
    }

    public Intakes clearance(Boolean clearance) {
        this.clearance = clearance;
        return this;
    }

    public Intakes conditions(Condition... conditions) {
        this.conditions = List.of(conditions);
        return this;
    }

    public Intakes pain(Integer pain) {
        this.pain = pain;
        return this;
    }

    public Intakes nightWaking(NightWaking nightWaking) {
        this.nightWaking = nightWaking;
        return this;
    }

    public Intakes mobility(Mobility mobility) {
        this.mobility = mobility;
        return this;
    }

    public Intakes radiatingPain() {
        this.radiating = true;
        return this;
    }

    public Intakes hardToMove() {
        this.hardToMove = true;
        return this;
    }

    public Intakes fearOfMovement() {
        this.fear = true;
        return this;
    }

    public Intakes notExercising() {
        this.exercisesRegularly = false;
        return this;
    }

    public Intakes experienced() {
        this.experienced = true;
        return this;
    }

    public Intakes justOutOfTherapy() {
        this.therapy = true;
        return this;
    }

    /** Low pain, free movement, sound sleep, exercising: the advanced stage. */
    public Intakes advanced() {
        return pain(1).mobility(Mobility.NORMAL).nightWaking(NightWaking.NEVER);
    }

    /** High pain and poor sleep: the beginner stage. */
    public Intakes beginner() {
        return pain(6).nightWaking(NightWaking.OFTEN).notExercising();
    }

    public Intakes core(Intake.CoreTest core) {
        this.core = core;
        return this;
    }

    public Intakes hips(Intake.HipTest hips) {
        this.hips = hips;
        return this;
    }

    public Intakes feet(Intake.FootTest feet) {
        this.feet = feet;
        return this;
    }

    public Intakes upperBack(Intake.UpperBackTest upperBack) {
        this.upperBack = upperBack;
        return this;
    }

    public Intakes allTestsPassing() {
        return core(corePassing()).hips(hipsPassing()).feet(feetPassing()).upperBack(upperBackPassing());
    }

    public Intakes equipment(Equipment... equipment) {
        this.equipment = Set.of(equipment);
        return this;
    }

    public Intakes gym() {
        return equipment(Equipment.values());
    }

    public Intakes days(DayOfWeek... days) {
        this.days = List.of(days);
        return this;
    }

    public Intakes focus(Region focus) {
        this.focus = focus;
        return this;
    }

    public Intake build() {
        return new Intake(
                new Intake.Safety(redFlags, clearance, conditions),
                new Intake.Symptoms(
                        pain,
                        nightWaking,
                        radiating,
                        hardToMove,
                        fear,
                        exercisesRegularly,
                        experienced,
                        therapy,
                        mobility),
                new Intake.SelfTests(core, hips, feet, upperBack),
                equipment,
                days,
                focus);
    }
}
