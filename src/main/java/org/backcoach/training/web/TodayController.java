package org.backcoach.training.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.planning.Plan;
import org.backcoach.training.HabitCheckOffs;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class TodayController {

    /** How many days after today the page looks ahead. */
    static final int DAYS_AHEAD = 6;

    private final PersonalPlans plans;
    private final HabitCheckOffs checkOffs;
    private final PlanModel pages;

    TodayController(PersonalPlans plans, HabitCheckOffs checkOffs, PlanModel pages) {
        this.plans = plans;
        this.checkOffs = checkOffs;
        this.pages = pages;
    }

    /** A habit with whether it is ticked today. */
    record HabitToday(Plan.Habit habit, boolean ticked) {}

    /** A day coming up: its date and its session, or {@code null} on a rest day. */
    record DayAhead(LocalDate date, Plan.Session workout) {}

    @GetMapping("/today")
    String today(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        var current = plans.current(me.accountId());
        if (current.isEmpty()) {
            return "redirect:/onboarding";
        }
        var stored = current.get();
        var plan = stored.plan();
        var zone = pages.zone(me.accountId());
        var now = pages.now(zone);
        var today = now.toLocalDate();
        pages.add(model, stored, zone);
        model.addAttribute("greeting", greeting(now) + ", " + me.displayName());
        model.addAttribute("today", today);
        if (plan.ready()) {
            var ticked = checkOffs.ticked(me.accountId(), today);
            model.addAttribute(
                    "habits",
                    plan.habits().stream()
                            .map(habit -> new HabitToday(habit, ticked.contains(habit.id())))
                            .toList());
            var daysAhead = new ArrayList<DayAhead>();
            Plan.Session workout = null;
            var schedule = pages.schedule(stored, zone);
            if (schedule != null) {
                workout = schedule.sessionOn(today).orElse(null);
                for (int i = 1; i <= DAYS_AHEAD; i++) {
                    var day = today.plusDays(i);
                    daysAhead.add(new DayAhead(day, schedule.sessionOn(day).orElse(null)));
                }
            }
            model.addAttribute("workout", workout);
            model.addAttribute("daysAhead", daysAhead);
        }
        return "training/today";
    }

    /**
     * Ticks a habit for today (or takes the tick back when {@code done} is absent, as an unticked checkbox
     * sends nothing). htmx gets the habit back to swap in; a plain form post goes back to Today.
     */
    @PostMapping("/today/habits/{habitId}")
    String tick(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable String habitId,
            @RequestParam(defaultValue = "false") boolean done,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var stored = plans.current(me.accountId())
                .filter(current -> current.plan().ready())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var habit = stored.plan().habits().stream()
                .filter(candidate -> candidate.id().equals(habitId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var zone = pages.zone(me.accountId());
        var today = pages.now(zone).toLocalDate();
        if (done) {
            checkOffs.tick(me.accountId(), today, habit.id());
        } else {
            checkOffs.untick(me.accountId(), today, habit.id());
        }
        if (htmx == null) {
            return "redirect:/today#habit-" + habit.id();
        }
        pages.add(model, stored, zone);
        model.addAttribute("habit", new HabitToday(habit, done));
        return "training/parts :: habit";
    }

    private static String greeting(ZonedDateTime now) {
        var hour = now.getHour();
        if (hour >= 5 && hour < 12) {
            return "Good morning";
        }
        if (hour >= 12 && hour < 18) {
            return "Good afternoon";
        }
        if (hour >= 18 && hour < 23) {
            return "Good evening";
        }
        return "Hello";
    }
}
