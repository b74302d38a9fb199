package org.backcoach.planning;

import java.time.DayOfWeek;
import java.util.List;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.RegionResult;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Range;
import org.backcoach.catalog.Region;

/**
 * A person's plan: its status and the notices behind it, the stage, each region's result, the daily
 * habits, the daily series, the strength week and the plain-language rationale. Only a {@link
 * PlanStatus#READY} plan carries exercises.
 */
public record Plan(
        PlanStatus status,
        List<Notice> notices,
        Stage stage,
        List<RegionResult> regions,
        List<Habit> habits,
        DailySeries dailySeries,
        Strength strength,
        List<Reason> rationale) {

    public Plan {
        notices = List.copyOf(notices);
        regions = List.copyOf(regions);
        habits = List.copyOf(habits);
        rationale = List.copyOf(rationale);
    }

    public boolean ready() {
        return status == PlanStatus.READY;
    }

    /** A daily habit for a region that needs work. */
    public record Habit(Region region, String id, String text, Rule rule) {}

    /** The 5-10 minute series for the region that comes first. */
    public record DailySeries(Region region, int estimatedMinutes, List<Item> items, Rule rule) {

        public DailySeries {
            items = List.copyOf(items);
        }
    }

    /** The strength week: the training days, the sessions in rotation and the guidelines. */
    public record Strength(List<DayOfWeek> days, List<Session> sessions, List<Guideline> guidelines, Rule rule) {

        public Strength {
            days = List.copyOf(days);
            sessions = List.copyOf(sessions);
            guidelines = List.copyOf(guidelines);
        }
    }

    /**
     * One total-body session; {@code week} is the week of the rotation it first falls in (with fewer
     * than three training days the sessions spread over more than one week).
     */
    public record Session(
            DayOfWeek day, int week, String name, List<Item> warmUp, List<Circuit> circuits, CoolDown coolDown) {

        public Session {
            warmUp = List.copyOf(warmUp);
            circuits = List.copyOf(circuits);
        }
    }

    /** Exercises done back to back for a number of rounds, with a rest after each round. */
    public record Circuit(String name, boolean optional, Range rounds, int restSeconds, List<Item> items) {

        public Circuit {
            items = List.copyOf(items);
        }
    }

    /** How to wind down, and the drills suggested for it. */
    public record CoolDown(String text, List<String> suggestions, Rule rule) {

        public CoolDown {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** A training guideline and the rule behind it. */
    public record Guideline(Rule rule, String text) {}

    /** One exercise as prescribed to this person, with their integration cues. */
    public record Item(
            String exerciseId,
            String name,
            Range sets,
            Dose dose,
            List<Equipment> equipment,
            List<Cue> cues,
            Substitution substitutedFor,
            Rule rule) {

        public Item {
            equipment = List.copyOf(equipment);
            cues = List.copyOf(cues);
        }
    }

    /** An integration cue from a region that needs work. */
    public record Cue(Region region, String text) {}

    /** The exercise the template prescribed, and why this one stands in for it. */
    public record Substitution(String exerciseId, Rule rule, String reason) {}

    /** One line of the plan's "why": the rule, its sources and a plain sentence. */
    public record Reason(Rule rule, String source, String text) {

        public static Reason of(Rule rule, String text) {
            return new Reason(rule, rule.citation(), text);
        }
    }
}
