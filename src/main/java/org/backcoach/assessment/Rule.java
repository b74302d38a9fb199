package org.backcoach.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules behind every verdict and every element of a plan, with the sources they come from. The ids
 * are stable: docs/rules.md explains each one, tests name them, and the plan shows them as its "why".
 */
public enum Rule {
    SAFE_1("R-SAFE-1", "A, E", "Red flags stop the program"),
    SAFE_2("R-SAFE-2", "B", "Exercise starts only with medical clearance"),
    SAFE_3("R-SAFE-3", "C", "Conditions that need clearance and a note"),
    SAFE_4("R-SAFE-4", "A, B, C, E", "If it hurts, don't do it"),
    SAFE_5("R-SAFE-5", "A", "Severe pain although every test passes"),
    SAFE_6("R-SAFE-6", "E", "No double-leg raises for a weak back"),
    NO_DIAGNOSIS("R-NO-DIAGNOSIS", "A, E", "Self-tests are not a diagnosis"),
    STAGE("R-STAGE", "B", "Starting stage by pain level"),
    STAGE_PROGRAM("R-STAGE-PROGRAM", "B", "What each stage trains"),
    CORE("R-CORE", "A", "Core wall test"),
    HIPS("R-HIPS", "A", "Hip rotation and extension tests"),
    FEET("R-FEET", "A, D", "Foot arch test"),
    UPPER_BACK("R-UPPER-BACK", "A", "Upper-back rotation test"),
    HABITS("R-HABITS", "A", "Daily habits for every region that needs work"),
    PRIORITY("R-PRIORITY", "A", "Which daily series comes first"),
    SERIES("R-SERIES", "A", "The daily series of a region"),
    BREATHING("R-BREATHING", "A", "The breathing pattern in every series, warm-up and cool-down"),
    CORE_DEADBUG("R-CORE-DEADBUG", "A", "Wall-test hold until the core test passes"),
    INTEGRATION("R-INTEGRATION", "A", "Weak regions' cues carried into every exercise"),
    STRENGTH("R-STRENGTH", "A", "Three total-body sessions a week"),
    WARM_UP("R-WARM-UP", "A", "The warm-up before every session"),
    COOL_DOWN("R-COOL-DOWN", "A", "The cool-down after every session"),
    FORM("R-FORM", "A", "Form first"),
    EFFORT("R-EFFORT", "A", "Leave 2-3 reps in reserve"),
    PROGRESSION("R-PROGRESSION", "A, B, E", "Progress week over week, slowly"),
    EQUIPMENT("R-EQUIPMENT", "A", "Only the equipment the person has"),
    SUBSTITUTE("R-SUBSTITUTE", "A", "A painful exercise is replaced or skipped"),
    PAIN_STOP("R-PAIN-STOP", "A, B, C, E", "Pain that climbs ends the session"),
    PAIN_TREND("R-PAIN-TREND", "E", "Pain rising over sessions: stop and see a clinician"),
    STAGE_REVIEW("R-STAGE-REVIEW", "B", "Moving up a stage when pain has dropped");

    private final String id;
    private final String sources;
    private final String title;

    Rule(String id, String sources, String title) {
        this.id = id;
        this.sources = sources;
        this.title = title;
    }

    public String id() {
        return id;
    }

    /** The sources behind the rule. */
    public List<Source> sources() {
        return Arrays.stream(sources.split(",\\s*")).map(Source::valueOf).toList();
    }

    /** The sources as one line a person can read, such as "A: Eric Proper, Life Time: ...". */
    public String citation() {
        return sources().stream()
                .map(source -> source.name() + ": " + source.citation())
                .collect(Collectors.joining("; "));
    }

    public String title() {
        return title;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
