package org.backcoach.training.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.RegionStatus;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.Range;
import org.backcoach.catalog.Region;
import org.backcoach.catalog.Slugs;
import org.backcoach.planning.PlanStatus;

/** How the plan pages put things into words: names, dates in the person's time zone, counts. */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Catalog catalog;
    private final ZoneId zone;

    Words(Catalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /** The exercise's name; the id itself for an exercise an old plan names but the catalogue lost. */
    public String exerciseName(String id) {
        return catalog.find(id).map(Exercise::name).orElse(id);
    }

    /** "Wednesday 4 March". */
    public String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "4 Mar 2026", in the person's time zone. */
    public String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** "Monday". */
    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "Monday, Wednesday and Friday". */
    public String dayNames(List<DayOfWeek> days) {
        var names = days.stream().map(this::dayName).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "1-3 sets", "1 set". */
    public String sets(Range sets) {
        return sets.label() + (sets.max() == 1 ? " set" : " sets");
    }

    /** "2-3 rounds", "1 round". */
    public String rounds(Range rounds) {
        return rounds.label() + (rounds.max() == 1 ? " round" : " rounds");
    }

    public String region(Region region) {
        return switch (region) {
            case CORE -> "Core";
            case HIPS -> "Hips";
            case FEET -> "Feet";
            case UPPER_BACK -> "Upper back";
        };
    }

    public String result(RegionStatus result) {
        return switch (result) {
            case NEEDS_WORK -> "Needs some work";
            case OK -> "Passed";
            case NOT_ASSESSED -> "Not tested yet";
        };
    }

    public String stage(Stage stage) {
        return switch (stage) {
            case BEGINNER -> "Beginner";
            case INTERMEDIATE -> "Intermediate";
            case ADVANCED -> "Advanced";
        };
    }

    public String status(PlanStatus status) {
        return switch (status) {
            case READY -> "Ready";
            case NEEDS_CLEARANCE -> "Waiting for clearance";
            case SEE_CLINICIAN -> "See a clinician first";
        };
    }

    /** Notices that ask the person to stop and see someone stand out from the everyday ones. */
    public boolean urgent(Notice notice) {
        return notice.rule() == Rule.SAFE_1 || notice.rule() == Rule.SAFE_2 || notice.rule() == Rule.SAFE_5;
    }

    /** An id for a page anchor: "Total Body 1" becomes "total-body-1". */
    public String anchor(String name) {
        return Slugs.of(name);
    }
}
