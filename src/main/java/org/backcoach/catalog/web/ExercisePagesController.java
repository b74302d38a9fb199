package org.backcoach.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class ExercisePagesController {

    static final String HX_REQUEST = "HX-Request";

    private final ExerciseLibrary library;

    ExercisePagesController(ExerciseLibrary library) {
        this.library = library;
    }

    @GetMapping("/exercises")
    String exercises(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String equipment,
            @RequestParam(required = false) String position,
            @RequestHeader(name = HX_REQUEST, required = false) String htmx,
            @RequestHeader(name = "HX-Boosted", required = false) String boosted,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var search = ExerciseSearch.of(q, region, kind, equipment, position);
        var results = library.search(search);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("summary", summary(results.size(), library.size(), search.narrowed()));
        model.addAttribute("regions", ExerciseLibrary.regionOptions());
        model.addAttribute("kinds", ExerciseLibrary.kindOptions());
        model.addAttribute("equipment", ExerciseLibrary.equipmentOptions());
        model.addAttribute("positions", ExerciseLibrary.positionOptions());
        // The same address answers with a whole page or only the results, so caches must keep both.
        response.addHeader(HttpHeaders.VARY, HX_REQUEST);
        // htmx also sets HX-Request when it follows a boosted link or restores history; those want the page.
        var partial = "true".equals(htmx) && !"true".equals(boosted) && !"true".equals(historyRestore);
        model.addAttribute("partial", partial);
        if (partial) {
            // The address bar shows only the filters in use, so a copied link stays short and readable.
            response.setHeader("HX-Push-Url", address(request.getContextPath(), search));
        }
        return partial ? "catalog/exercises :: results" : "catalog/exercises";
    }

    @GetMapping("/exercises/{id}")
    String exercise(@PathVariable String id, Model model) {
        var exercise = library.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("exercise", exercise);
        return "catalog/exercise";
    }

    /**
     * Hands the status to the container so the HTML error page (templates/error/404.html) answers. Without
     * this, the application-wide API advice would answer a person's browser in problem+json.
     */
    @ExceptionHandler(ResponseStatusException.class)
    void pageError(ResponseStatusException exception, HttpServletResponse response) throws IOException {
        response.sendError(exception.getStatusCode().value());
    }

    /** The library's address with only the filters in use, each value strictly encoded. */
    static String address(String contextPath, ExerciseSearch search) {
        var values = new LinkedHashMap<String, String>();
        values.put("q", search.text());
        values.put("region", search.regionValue());
        values.put("kind", search.kindValue());
        values.put("equipment", search.equipmentValue());
        values.put("position", search.positionValue());
        values.values().removeIf(String::isEmpty);
        var address = UriComponentsBuilder.fromPath(contextPath + "/exercises");
        values.keySet().forEach(name -> address.queryParam(name, "{" + name + "}"));
        return address.encode().buildAndExpand(values).toUriString();
    }

    static String summary(int found, int total, boolean narrowed) {
        if (found == 0) {
            return "No exercises match.";
        }
        if (!narrowed) {
            return "All " + total + " exercises.";
        }
        return found + " of " + total + " exercises " + (found == 1 ? "matches." : "match.");
    }
}
