package org.backcoach.training.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.RegionResult;
import org.backcoach.assessment.Rule;
import org.backcoach.planning.Plan;

/**
 * The "why" of every element of one plan: the rule behind it, a plain sentence and the sources. The one
 * place that maps an element to its reason, so Today, the plan and old versions all explain alike.
 *
 * <p>The sentence comes from the plan's own rationale for that rule, from a substitution's reason, or,
 * for the few rules the rationale doesn't cover, from the short texts below.
 */
public final class Whys {

    /** One reason: the rule id, a plain sentence and the sources behind the rule. */
    public record Line(String rule, String text, String sources) {

        static Line of(Rule rule, String text) {
            return new Line(rule.id(), text, rule.citation());
        }
    }

    private static final Map<Rule, String> PLAIN = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    Rule.SERIES,
                    "A short series for the region that needs the most care: a handful of moves, 5-10 minutes,"
                            + " whenever it suits your day."),
            Map.entry(
                    Rule.WARM_UP,
                    "One easy pass through these drills gets your joints moving and your breathing set before you"
                            + " lift anything. Allow 10-15 minutes."),
            Map.entry(
                    Rule.COOL_DOWN,
                    "A couple of calm rounds of a favourite drill, breathing low and slow, let your heart rate"
                            + " settle after the work."),
            Map.entry(
                    Rule.HABITS,
                    "Small things to weave into your day for each region your tests showed needs some care."),
            Map.entry(
                    Rule.FEET,
                    "Your toe check showed a move that isn't there yet. A minute of toe drills a day wakes those"
                            + " small foot muscles up."),
            Map.entry(Rule.STRENGTH, "Three total-body sessions a week, with a rest day between them."),
            Map.entry(
                    Rule.INTEGRATION,
                    "Cues from the regions that need work ride along with the exercises they fit, so every"
                            + " exercise helps a little."),
            Map.entry(Rule.SAFE_4, "Pain is a signal to stop, never something to push through."),
            Map.entry(
                    Rule.FORM, "An exercise done badly trains the wrong thing. Leave it out until you can do it well."),
            Map.entry(
                    Rule.PROGRESSION,
                    "Small steps each week add up, and they give your back time to get used to the work.")));

    /** What each self-test looks for, to explain a region's result. */
    private static final Map<Rule, String> TESTS = new EnumMap<>(Map.of(
            Rule.CORE,
            "With your legs up a wall, both feet lift away with easy breathing: no low back arching off the"
                    + " floor, no tense shoulders, no belly pushing out.",
            Rule.HIPS,
            "Each hip turns in 20-40 degrees, and when you hug one knee the other leg hangs below the edge of"
                    + " the bed.",
            Rule.FEET,
            "The arch keeps its shape when you stand up.",
            Rule.UPPER_BACK,
            "Lying on your side, the top shoulder reaches the floor as you turn open."));

    private final Map<Rule, String> rationale = new LinkedHashMap<>();

    Whys(Plan plan) {
        plan.rationale().forEach(reason -> rationale.merge(reason.rule(), reason.text(), (a, b) -> a + " " + b));
    }

    /** The exercise's own rule, what it stands in for and why, and its cues. */
    public List<Line> item(Plan.Item item) {
        var lines = new ArrayList<Line>();
        lines.add(line(item.rule()));
        if (item.substitutedFor() != null) {
            lines.add(
                    Line.of(item.substitutedFor().rule(), item.substitutedFor().reason()));
        }
        if (!item.cues().isEmpty()) {
            lines.add(line(Rule.INTEGRATION));
        }
        return lines;
    }

    public List<Line> habit(Plan.Habit habit) {
        return List.of(line(habit.rule()));
    }

    /** What the series is, and why this region's series comes first. */
    public List<Line> series(Plan.DailySeries series) {
        var lines = new ArrayList<Line>();
        lines.add(line(series.rule()));
        if (rationale.containsKey(Rule.PRIORITY)) {
            lines.add(line(Rule.PRIORITY));
        }
        return lines;
    }

    public List<Line> strength(Plan.Strength strength) {
        return List.of(line(strength.rule()));
    }

    public List<Line> warmUp() {
        return List.of(line(Rule.WARM_UP), line(Rule.BREATHING));
    }

    public List<Line> coolDown(Plan.CoolDown coolDown) {
        return List.of(line(coolDown.rule()), line(Rule.BREATHING));
    }

    public List<Line> guideline(Plan.Guideline guideline) {
        return List.of(line(guideline.rule()));
    }

    /** A notice says what to do; its why names the rule and where it comes from. */
    public List<Line> notice(Notice notice) {
        return List.of(Line.of(notice.rule(), notice.rule().title() + "."));
    }

    public List<Line> region(RegionResult region) {
        return List.of(Line.of(
                region.rule(), TESTS.getOrDefault(region.rule(), region.rule().title() + ".")));
    }

    public List<Line> stage() {
        return List.of(line(Rule.STAGE), line(Rule.STAGE_PROGRAM));
    }

    private Line line(Rule rule) {
        var text = rationale.getOrDefault(rule, PLAIN.getOrDefault(rule, rule.title() + "."));
        return Line.of(rule, text);
    }
}
