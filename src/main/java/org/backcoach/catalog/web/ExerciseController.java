package org.backcoach.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.Equipment;
import org.backcoach.catalog.Exercise;
import org.backcoach.catalog.ExerciseKind;
import org.backcoach.catalog.Region;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Exercises", description = "The exercise catalogue")
class ExerciseController {

    private final Catalog catalog;

    ExerciseController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List exercises, optionally filtered by region, kind, equipment or a word in the name")
    @GetMapping("/api/v1/exercises")
    List<Exercise> exercises(
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) ExerciseKind kind,
            @RequestParam(required = false) Equipment equipment,
            @RequestParam(required = false) String q) {
        var words = q == null ? "" : q.toLowerCase(Locale.ROOT).strip();
        return catalog.exercises().stream()
                .filter(exercise -> region == null || exercise.regions().contains(region))
                .filter(exercise -> kind == null || exercise.kind() == kind)
                .filter(exercise -> equipment == null || exercise.equipment().contains(equipment))
                .filter(exercise -> exercise.name().toLowerCase(Locale.ROOT).contains(words))
                .toList();
    }

    @Operation(summary = "One exercise by id")
    @GetMapping("/api/v1/exercises/{id}")
    Exercise exercise(@PathVariable String id) {
        return catalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "There is no exercise with id '" + id + "'."));
    }
}
