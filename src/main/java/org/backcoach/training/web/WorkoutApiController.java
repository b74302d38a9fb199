package org.backcoach.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.catalog.Dose;
import org.backcoach.catalog.Range;
import org.backcoach.planning.Plan;
import org.backcoach.progression.PainAdvice;
import org.backcoach.shared.InvalidInputException;
import org.backcoach.training.Adaptation;
import org.backcoach.training.ExerciseTargets;
import org.backcoach.training.LoggedSet;
import org.backcoach.training.SetEntry;
import org.backcoach.training.WorkoutBlock;
import org.backcoach.training.WorkoutSession;
import org.backcoach.training.WorkoutStatus;
import org.backcoach.training.WorkoutSummary;
import org.backcoach.training.Workouts;
import org.backcoach.training.web.JsonFields.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Training", description = "Your strength sessions: start one, log every set, finish it")
class WorkoutApiController {

    private static final Map<String, Kind> START = fields("date", Kind.DATE, "pain", Kind.INTEGER);
    private static final Map<String, Kind> SET = fields(
            "exerciseId", Kind.STRING,
            "setNumber", Kind.INTEGER,
            "reps", Kind.INTEGER,
            "seconds", Kind.INTEGER,
            "loadKg", Kind.NUMBER,
            "repsInReserve", Kind.INTEGER,
            "pain", Kind.INTEGER);
    private static final Map<String, Kind> CORRECTION = fields(
            "reps",
            Kind.INTEGER,
            "seconds",
            Kind.INTEGER,
            "loadKg",
            Kind.NUMBER,
            "repsInReserve",
            Kind.INTEGER,
            "pain",
            Kind.INTEGER);
    private static final Map<String, Kind> NOTES = fields("notes", Kind.STRING);
    private static final Map<String, Kind> PAIN = fields("pain", Kind.INTEGER);

    private final Workouts workouts;
    private final ExerciseTargets targets;
    private final JsonFields json;
    private final Clock clock;

    WorkoutApiController(Workouts workouts, ExerciseTargets targets, JsonFields json, Clock clock) {
        this.workouts = workouts;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
    }

    /** One exercise of the session, flattened with the block it belongs to. */
    record ItemView(
            String exerciseId,
            String name,
            int block,
            Range sets,
            Dose dose,
            Double targetLoadKg,
            String targetReason,
            List<Plan.Cue> cues,
            Plan.Substitution substitutedFor) {}

    /** A block of the session without its items, which {@link ItemView#block()} points back to. */
    record BlockView(WorkoutBlock.Kind kind, String name, boolean optional, Range rounds, int restSeconds) {}

    /** What happened when an exercise hurt. */
    record AdviceView(PainAdvice.Action action, String exerciseId, String substitute, String rule, String message) {
        static AdviceView of(Adaptation adaptation) {
            return new AdviceView(
                    adaptation.action(),
                    adaptation.exerciseId(),
                    adaptation.substitute(),
                    adaptation.rule().id(),
                    adaptation.message());
        }
    }

    record SetView(
            UUID id,
            String exerciseId,
            int setNumber,
            Integer reps,
            Integer seconds,
            Double loadKg,
            Integer repsInReserve,
            int pain,
            Instant loggedAt) {
        static SetView of(LoggedSet set) {
            return new SetView(
                    set.id(),
                    set.exerciseId(),
                    set.setNumber(),
                    set.reps(),
                    set.seconds(),
                    set.loadKg(),
                    set.repsInReserve(),
                    set.pain(),
                    set.loggedAt());
        }
    }

    record WorkoutView(
            UUID id,
            String name,
            LocalDate date,
            WorkoutStatus status,
            Integer startingPain,
            String notes,
            Instant startedAt,
            Instant finishedAt,
            List<BlockView> blocks,
            List<ItemView> items,
            List<SetView> sets,
            List<AdviceView> adaptations,
            WorkoutSummary summary) {}

    /** A logged set and, when it hurt, what to do now. */
    record LoggedView(SetView set, AdviceView advice, WorkoutStatus status) {}

    /** An exercise's next target and why. */
    record TargetView(
            String exerciseId,
            String unit,
            int low,
            int high,
            Double loadKg,
            String label,
            String change,
            String rule,
            String reason,
            Instant updatedAt) {}

    @Operation(
            summary = "Start the session scheduled on a day",
            description = "201 with the session when it starts, 200 when it had been started already (it resumes);"
                    + " 409 when the plan has no session that day. 'pain' is how your back feels before you begin.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples = @ExampleObject("{\"date\": \"2026-11-23\", \"pain\": 3}"))))
    @PostMapping(path = "/api/v1/me/workouts")
    ResponseEntity<WorkoutView> start(
            @AuthenticationPrincipal AccountPrincipal me, @RequestBody(required = false) String body) {
        var values = json.read(body, START);
        var date = values.date("date");
        if (date == null) {
            throw InvalidInputException.of("date", "is required, as YYYY-MM-DD");
        }
        var pain = values.integer("pain");
        if (pain != null && (pain < 0 || pain > 10)) {
            throw InvalidInputException.of("pain", "must be between 0 and 10");
        }
        var started = workouts.start(me.accountId(), date, pain);
        var view = view(started.session());
        return started.created()
                ? ResponseEntity.created(URI.create("/api/v1/me/workouts/" + view.id()))
                        .body(view)
                : ResponseEntity.ok(view);
    }

    @Operation(summary = "A session with its blocks, items, logged sets and summary")
    @GetMapping("/api/v1/me/workouts/{id}")
    WorkoutView workout(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id) {
        return view(workouts.find(me.accountId(), id)
                .orElseThrow(() -> new org.backcoach.training.NoSuchWorkoutException(id)));
    }

    @Operation(
            summary = "Log a set",
            description = "Stored before the answer is sent. Logging the same exercise and set number again"
                    + " replaces it (200). When the set hurt, 'advice' says what to do: SUBSTITUTE (with the"
                    + " exercise to try), SKIP, or END_SESSION.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            examples =
                                                    @ExampleObject(
                                                            "{\"exerciseId\": \"kettlebell-goblet-squat\", \"setNumber\": 1,"
                                                                    + " \"reps\": 10, \"loadKg\": 12, \"repsInReserve\": 3,"
                                                                    + " \"pain\": 2}"))))
    @PostMapping("/api/v1/me/workouts/{id}/sets")
    ResponseEntity<LoggedView> log(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) String body) {
        var values = json.read(body, SET);
        var logged = workouts.log(
                me.accountId(),
                id,
                new SetEntry(
                        values.string("exerciseId"),
                        values.integer("setNumber"),
                        values.integer("reps"),
                        values.integer("seconds"),
                        values.number("loadKg"),
                        values.integer("repsInReserve"),
                        values.integer("pain")));
        var view = loggedView(logged);
        return logged.replaced()
                ? ResponseEntity.ok(view)
                : ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @Operation(summary = "Correct a logged set")
    @PutMapping("/api/v1/me/workouts/{id}/sets/{setId}")
    LoggedView correct(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID id,
            @PathVariable UUID setId,
            @RequestBody(required = false) String body) {
        var values = json.read(body, CORRECTION);
        var logged = workouts.correct(
                me.accountId(),
                id,
                setId,
                new SetEntry(
                        null,
                        null,
                        values.integer("reps"),
                        values.integer("seconds"),
                        values.number("loadKg"),
                        values.integer("repsInReserve"),
                        values.integer("pain")));
        return loggedView(logged);
    }

    @Operation(summary = "Delete a logged set")
    @DeleteMapping("/api/v1/me/workouts/{id}/sets/{setId}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id, @PathVariable UUID setId) {
        workouts.delete(me.accountId(), id, setId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set the pain you start the session with (0-10)")
    @PutMapping("/api/v1/me/workouts/{id}/pain")
    WorkoutView startingPain(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) String body) {
        var pain = json.read(body, PAIN).integer("pain");
        if (pain == null || pain < 0 || pain > 10) {
            throw InvalidInputException.of("pain", "is required, between 0 and 10");
        }
        return view(workouts.startingPain(me.accountId(), id, pain));
    }

    @Operation(summary = "Keep notes on a session")
    @PutMapping("/api/v1/me/workouts/{id}/notes")
    WorkoutView notes(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) String body) {
        return view(workouts.notes(
                me.accountId(), id, checkedNotes(json.read(body, NOTES).string("notes"))));
    }

    @Operation(
            summary = "Finish a session",
            description = "200 with the summary; next targets move for what you logged. 409 when the session is"
                    + " already over.")
    @PostMapping("/api/v1/me/workouts/{id}/complete")
    WorkoutSummary complete(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID id,
            @RequestBody(required = false) String body) {
        var notes = checkedNotes(json.read(body, NOTES).string("notes"));
        return WorkoutSummary.of(workouts.complete(me.accountId(), id, notes), clock.instant());
    }

    @Operation(summary = "Your next target for each exercise you've logged, with the reason")
    @GetMapping("/api/v1/me/targets")
    List<TargetView> targets(@AuthenticationPrincipal AccountPrincipal me) {
        return targets.current(me.accountId()).values().stream()
                .map(target -> new TargetView(
                        target.target().exerciseId(),
                        target.target().unit().name(),
                        target.target().low(),
                        target.target().high(),
                        target.target().loadKg(),
                        target.target().label(),
                        target.change().name(),
                        target.rule().id(),
                        target.reason(),
                        target.updatedAt()))
                .toList();
    }

    private static LoggedView loggedView(WorkoutSession.Logged logged) {
        return new LoggedView(
                SetView.of(logged.set()),
                logged.adaptation().map(AdviceView::of).orElse(null),
                logged.status());
    }

    private static String checkedNotes(String notes) {
        if (notes != null && notes.length() > WorkoutSession.MAX_NOTES) {
            throw InvalidInputException.of("notes", "can hold at most " + WorkoutSession.MAX_NOTES + " characters");
        }
        return notes;
    }

    private WorkoutView view(WorkoutSession session) {
        var blocks = new ArrayList<BlockView>();
        var items = new ArrayList<ItemView>();
        for (var block : session.blocks()) {
            var index = blocks.size();
            blocks.add(
                    new BlockView(block.kind(), block.name(), block.optional(), block.rounds(), block.restSeconds()));
            block.items()
                    .forEach(item -> items.add(new ItemView(
                            item.exerciseId(),
                            item.name(),
                            index,
                            item.sets(),
                            item.dose(),
                            item.targetLoadKg(),
                            item.targetReason(),
                            item.cues(),
                            item.substitutedFor())));
        }
        return new WorkoutView(
                session.id(),
                session.name(),
                session.day(),
                session.status(),
                session.startingPain().orElse(null),
                session.notes().orElse(null),
                session.startedAt(),
                session.finishedAt().orElse(null),
                blocks,
                items,
                session.sets().stream().map(SetView::of).toList(),
                session.adaptations().stream().map(AdviceView::of).toList(),
                WorkoutSummary.of(session, clock.instant()));
    }

    private static Map<String, Kind> fields(Object... namesAndKinds) {
        var fields = new LinkedHashMap<String, Kind>();
        for (int i = 0; i < namesAndKinds.length; i += 2) {
            fields.put((String) namesAndKinds[i], (Kind) namesAndKinds[i + 1]);
        }
        return fields;
    }
}
