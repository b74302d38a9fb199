package org.backcoach.coaching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backcoach.assessment.RegionResult;
import org.backcoach.planning.Plan;

/** What changed from one plan to the next, in plain sentences, for "what's new" after a retake. */
public final class PlanChanges {

    private PlanChanges() {}

    public static List<String> between(Plan before, Plan after) {
        var changes = new ArrayList<String>();
        if (before.status() != after.status()) {
            changes.add("Status: " + words(before.status().name()) + " → "
                    + words(after.status().name()) + ".");
        }
        if (before.stage() != after.stage()) {
            changes.add("Stage: " + words(before.stage().name()) + " → "
                    + words(after.stage().name()) + ".");
        }
        for (var region : after.regions()) {
            before.regions().stream()
                    .filter(old -> old.region() == region.region() && old.result() != region.result())
                    .findFirst()
                    .ifPresent(old -> changes.add(regionChange(old, region)));
        }
        var seriesBefore =
                before.dailySeries() == null ? null : before.dailySeries().region();
        var seriesAfter =
                after.dailySeries() == null ? null : after.dailySeries().region();
        if (!Objects.equals(seriesBefore, seriesAfter)) {
            changes.add("Daily series: " + (seriesBefore == null ? "none" : words(seriesBefore.name())) + " → "
                    + (seriesAfter == null ? "none" : words(seriesAfter.name())) + ".");
        }
        listChange("New habits", habits(after), habits(before), changes);
        listChange("Habits you can let go", habits(before), habits(after), changes);
        listChange("New in your sessions", exercises(after), exercises(before), changes);
        listChange("No longer in your sessions", exercises(before), exercises(after), changes);
        return changes;
    }

    private static String regionChange(RegionResult before, RegionResult after) {
        return words(after.region().name()) + ": " + words(before.result().name()) + " → "
                + words(after.result().name()) + ".";
    }

    private static void listChange(String label, Set<String> in, Set<String> notIn, List<String> changes) {
        var difference = in.stream().filter(item -> !notIn.contains(item)).collect(Collectors.joining(", "));
        if (!difference.isEmpty()) {
            changes.add(label + ": " + difference + ".");
        }
    }

    private static Set<String> habits(Plan plan) {
        return plan.habits().stream().map(Plan.Habit::text).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> exercises(Plan plan) {
        var series = plan.dailySeries() == null ? Stream.<Plan.Item>empty() : plan.dailySeries().items().stream();
        var sessions = plan.strength() == null
                ? Stream.<Plan.Item>empty()
                : plan.strength().sessions().stream()
                        .flatMap(session -> session.circuits().stream())
                        .flatMap(circuit -> circuit.items().stream());
        return Stream.concat(series, sessions)
                .map(Plan.Item::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String words(String constant) {
        var lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
