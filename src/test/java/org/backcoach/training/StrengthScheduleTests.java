package org.backcoach.training;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intakes;
import org.backcoach.assessment.Rule;
import org.backcoach.catalog.CatalogLoader;
import org.backcoach.planning.Plan;
import org.backcoach.planning.Planner;
import org.junit.jupiter.api.Test;

/** R-STRENGTH on the calendar: Total Body 1, 2 and 3 in turn over the chosen days, week after week. */
class StrengthScheduleTests {

    // 2 March 2026 is a Monday.
    private static final LocalDate MONDAY_2_MARCH = LocalDate.of(2026, 3, 2);

    private static Plan.Strength strength(DayOfWeek... days) {
        var sessions = new ArrayList<Plan.Session>();
        for (int slot = 0; slot < 3; slot++) {
            sessions.add(new Plan.Session(
                    days[slot % days.length],
                    slot / days.length + 1,
                    "Total Body " + (slot + 1),
                    List.of(),
                    List.of(),
                    null));
        }
        return new Plan.Strength(List.of(days), sessions, List.of(), Rule.STRENGTH);
    }

    /** The session name on each of the days from the start, "-" for a rest day. */
    private static List<String> names(StrengthSchedule schedule, LocalDate from, int days) {
        var names = new ArrayList<String>();
        for (int i = 0; i < days; i++) {
            names.add(schedule.sessionOn(from.plusDays(i))
                    .map(Plan.Session::name)
                    .map(name -> name.replace("Total Body ", "TB"))
                    .orElse("-"));
        }
        return names;
    }

    @Test
    void threeDaysAWeekHoldAllThreeSessionsEveryWeek_R_STRENGTH() {
        var schedule = new StrengthSchedule(strength(MONDAY, WEDNESDAY, FRIDAY), MONDAY_2_MARCH);

        assertThat(names(schedule, MONDAY_2_MARCH, 14))
                .containsExactly(
                        "TB1", "-", "TB2", "-", "TB3", "-", "-", //
                        "TB1", "-", "TB2", "-", "TB3", "-", "-");
    }

    @Test
    void twoDaysAWeekRotateTheThreeSessionsAcrossWeeks_R_STRENGTH() {
        var schedule = new StrengthSchedule(strength(TUESDAY, FRIDAY), MONDAY_2_MARCH);

        assertThat(names(schedule, MONDAY_2_MARCH, 21))
                .containsExactly(
                        "-", "TB1", "-", "-", "TB2", "-", "-", //
                        "-", "TB3", "-", "-", "TB1", "-", "-", //
                        "-", "TB2", "-", "-", "TB3", "-", "-");
    }

    @Test
    void oneDayAWeekTakesOneSessionAWeekInTurn_R_STRENGTH() {
        var schedule = new StrengthSchedule(strength(SATURDAY), MONDAY_2_MARCH);
        var saturday = LocalDate.of(2026, 3, 7);

        assertThat(List.of(0, 1, 2, 3, 4).stream()
                        .map(week -> schedule.sessionOn(saturday.plusWeeks(week))
                                .orElseThrow()
                                .name()))
                .containsExactly("Total Body 1", "Total Body 2", "Total Body 3", "Total Body 1", "Total Body 2");
        assertThat(names(schedule, MONDAY_2_MARCH, 5)).containsOnly("-");
    }

    @Test
    void aPlanStartedMidWeekBeginsWithTotalBody1OnItsFirstTrainingDay() {
        var thursday = LocalDate.of(2026, 3, 5);
        var schedule = new StrengthSchedule(strength(MONDAY, WEDNESDAY, FRIDAY), thursday);

        assertThat(names(schedule, thursday, 10))
                .containsExactly("-", "TB1", "-", "-", "TB2", "-", "TB3", "-", "TB1", "-");
        assertThat(schedule.on(LocalDate.of(2026, 3, 13)))
                .get()
                .extracting(StrengthSchedule.Scheduled::slot)
                .isEqualTo(3L);
    }

    @Test
    void aPlanStartedOnATrainingDayUsesThatDayAsSlot0() {
        var wednesday = LocalDate.of(2026, 3, 4);
        var schedule = new StrengthSchedule(strength(MONDAY, WEDNESDAY, FRIDAY), wednesday);

        assertThat(names(schedule, wednesday, 6)).containsExactly("TB1", "-", "TB2", "-", "-", "TB3");
    }

    @Test
    void nothingIsScheduledBeforeThePlanStarted() {
        var thursday = LocalDate.of(2026, 3, 5);
        var schedule = new StrengthSchedule(strength(MONDAY, WEDNESDAY, FRIDAY), thursday);

        assertThat(schedule.on(thursday.minusDays(1))).isEmpty();
        assertThat(schedule.on(MONDAY_2_MARCH)).isEmpty();
        assertThat(schedule.on(thursday.minusYears(1))).isEmpty();
    }

    @Test
    void theRotationHoldsFarIntoTheFuture() {
        var schedule = new StrengthSchedule(strength(TUESDAY, FRIDAY), MONDAY_2_MARCH);
        // Two years on: 104 weeks of two slots, so the Tuesday 104 weeks after the first is slot 208.
        var tuesday = LocalDate.of(2026, 3, 3).plusWeeks(104);

        assertThat(schedule.on(tuesday))
                .get()
                .extracting(StrengthSchedule.Scheduled::slot)
                .isEqualTo(208L);
        assertThat(schedule.sessionOn(tuesday).map(Plan.Session::name)).isEqualTo(Optional.of("Total Body 2"));
    }

    @Test
    void theCountRunsFromTheStartDateNotFromMonday() {
        var saturday = LocalDate.of(2026, 3, 7);
        var schedule = new StrengthSchedule(strength(WEDNESDAY, SUNDAY), saturday);

        assertThat(names(schedule, saturday, 9)).containsExactly("-", "TB1", "-", "-", "TB2", "-", "-", "-", "TB3");
    }

    @Test
    void startedOnTheFirstDayOfTheWeekItMatchesTheDaysAndWeeksThePlanNames() {
        var catalog = CatalogLoader.loadDefault();
        for (var days : List.of(
                new DayOfWeek[] {MONDAY, WEDNESDAY, FRIDAY},
                new DayOfWeek[] {TUESDAY, THURSDAY},
                new DayOfWeek[] {SATURDAY})) {
            var plan = new Planner(catalog)
                    .plan(new Assessor().assess(Intakes.intake().days(days).build()));
            var schedule = new StrengthSchedule(plan.strength(), MONDAY_2_MARCH);

            for (var session : plan.strength().sessions()) {
                var date = MONDAY_2_MARCH
                        .plusWeeks(session.week() - 1)
                        .plusDays(session.day().getValue() - 1);
                assertThat(schedule.sessionOn(date)).as(session.name()).contains(session);
            }
            for (var turn : schedule.firstRound()) {
                assertThat(turn.date().getDayOfWeek()).isEqualTo(turn.session().day());
                assertThat(turn.week()).isEqualTo(turn.session().week());
            }
        }
    }

    @Test
    void theFirstRoundListsEachSessionOnItsFirstDayAndCalendarWeek() {
        var wednesday = LocalDate.of(2026, 3, 4);
        var twoDays = new StrengthSchedule(strength(TUESDAY, FRIDAY), wednesday);

        assertThat(twoDays.firstRound())
                .extracting(
                        scheduled -> scheduled.session().name() + " " + scheduled.date() + " week " + scheduled.week())
                .containsExactly(
                        "Total Body 1 2026-03-06 week 1",
                        "Total Body 2 2026-03-10 week 2",
                        "Total Body 3 2026-03-13 week 2");
        assertThat(new StrengthSchedule(strength(MONDAY, WEDNESDAY, FRIDAY), wednesday).firstRound())
                .extracting(scheduled -> scheduled.date().getDayOfWeek())
                .containsExactly(WEDNESDAY, FRIDAY, MONDAY);
    }

    @Test
    void refusesAStrengthWeekWithoutDays() {
        var empty = new Plan.Strength(List.of(), List.of(), List.of(), Rule.STRENGTH);

        assertThatThrownBy(() -> new StrengthSchedule(empty, MONDAY_2_MARCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
