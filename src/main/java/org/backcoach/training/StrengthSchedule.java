package org.backcoach.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcoach.planning.Plan;

/**
 * Puts a plan's strength rotation on the calendar: which session, if any, falls on a date. The first
 * training day on or after the start date is slot 0; every later training day is the next slot, and
 * slot {@code n} gets session {@code n mod 3} (Total Body 1, 2, 3, then 1 again). With three training
 * days a week each week holds all three sessions; with one or two they take turns across the weeks.
 *
 * <p>This is the one place that maps the rotation onto real dates. Plain Java: no clock of its own.
 */
public final class StrengthSchedule {

    private final Set<DayOfWeek> days;
    private final List<Plan.Session> sessions;
    private final LocalDate start;

    /**
     * @param strength the plan's strength week
     * @param start the day the plan started, in the person's own time zone
     */
    public StrengthSchedule(Plan.Strength strength, LocalDate start) {
        if (strength.days().isEmpty() || strength.sessions().isEmpty()) {
            throw new IllegalArgumentException("a strength week needs training days and sessions");
        }
        this.days = EnumSet.copyOf(strength.days());
        this.sessions = strength.sessions();
        this.start = start;
    }

    /**
     * A session on the calendar: its date, its slot in the rotation, the week it falls in (the week the
     * plan started is week 1; weeks run Monday to Sunday) and the session itself.
     */
    public record Scheduled(LocalDate date, long slot, long week, Plan.Session session) {}

    /** The session on this date, or empty on a rest day and on any day before the start. */
    public Optional<Scheduled> on(LocalDate date) {
        if (date.isBefore(start) || !days.contains(date.getDayOfWeek())) {
            return Optional.empty();
        }
        return Optional.of(scheduled(date, trainingDaysBefore(date)));
    }

    /** The first turn of the rotation: each session once, on the day it first falls. */
    public List<Scheduled> firstRound() {
        var round = new ArrayList<Scheduled>();
        for (var date = start; round.size() < sessions.size(); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                round.add(scheduled(date, round.size()));
            }
        }
        return round;
    }

    public Optional<Plan.Session> sessionOn(LocalDate date) {
        return on(date).map(Scheduled::session);
    }

    public LocalDate start() {
        return start;
    }

    private Scheduled scheduled(LocalDate date, long slot) {
        var week = ChronoUnit.WEEKS.between(monday(start), monday(date)) + 1;
        return new Scheduled(date, slot, week, sessions.get((int) (slot % sessions.size())));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Training days from the start up to, but not including, the date. */
    private long trainingDaysBefore(LocalDate date) {
        var between = ChronoUnit.DAYS.between(start, date);
        var count = between / 7 * days.size();
        var day = start.plusDays(between / 7 * 7);
        while (day.isBefore(date)) {
            if (days.contains(day.getDayOfWeek())) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }
}
