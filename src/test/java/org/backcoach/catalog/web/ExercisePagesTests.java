package org.backcoach.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.backcoach.catalog.Catalog;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The exercise library pages: the searchable list, its htmx fragment, and one exercise's page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExercisePagesTests {

    private static final Pattern CARD_NAME = Pattern.compile("<h2><a href=\"/exercises/[^\"]+\">([^<]+)</a></h2>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalog catalog;

    @Nested
    class TheList {

        @Test
        void listsEveryExerciseInNameOrderWithKindRegionsAndEquipment() {
            var result = page("/exercises");

            assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            var names = namesIn(result);
            assertThat(names).hasSize(catalog.exercises().size()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
            assertThat(html(result))
                    .contains("<title>Exercises · BackCoach</title>")
                    .contains("All " + catalog.exercises().size() + " exercises.")
                    .contains("href=\"/exercises/bird-dog\"")
                    .contains("<span>Stability</span>")
                    .contains("<span>Core, Upper back</span>")
                    .contains("<small>No equipment</small>")
                    .contains("<small>Foam roller</small>");
        }

        @Test
        void labelsEveryFilterAndSearchBox() {
            var body = html(page("/exercises"));

            for (var id : List.of(
                    "exercise-q", "exercise-region", "exercise-kind", "exercise-equipment", "exercise-position")) {
                assertThat(body).contains("<label for=\"" + id + "\">").contains("id=\"" + id + "\"");
            }
            assertThat(body)
                    .contains("<option value=\"upper-back\">Upper back</option>")
                    .contains("<option value=\"none\">No equipment</option>")
                    .contains("<option value=\"half-kneeling\">Half-kneeling (one knee down)</option>")
                    .contains("<option value=\"soft-tissue\">Soft tissue</option>")
                    .doesNotContain("<script>")
                    .doesNotContain("onclick");
        }

        @Test
        void worksWithoutJavaScriptAsAPlainGetForm() {
            assertThat(html(page("/exercises")))
                    .contains("method=\"get\"")
                    .contains("action=\"/exercises\"")
                    .contains("hx-get=\"/exercises\"")
                    .contains("hx-target=\"#results\"")
                    .contains("hx-push-url=\"true\"")
                    .contains("<button type=\"submit\">");
        }
    }

    @Nested
    class SearchAndFilters {

        @Test
        void aWordInTheNameNarrowsTheList() {
            var result = page("/exercises?q=bridge");

            assertThat(namesIn(result))
                    .containsExactlyInAnyOrder(
                            "Glute Bridge", "1-Leg Glute Bridge", "Foam Roll Wall Pillar Bridge", "Wall Pillar Bridge");
            assertThat(html(result)).contains("4 of " + catalog.exercises().size() + " exercises match.");
            assertThat(html(result)).contains("value=\"bridge\"");
        }

        @Test
        void aSingleMatchIsCountedInTheSingular() {
            var result = page("/exercises?q=spanish");

            assertThat(namesIn(result)).containsExactly("Spanish Squat");
            assertThat(html(result)).contains("1 of " + catalog.exercises().size() + " exercises matches.");
        }

        @Test
        void searchIgnoresCaseDashesAndWordOrder() {
            assertThat(namesIn(page("/exercises?q=KNEELING+half+row")))
                    .containsExactlyInAnyOrder("Cable Half-Kneeling Row", "Resistance Band Half-Kneeling Row");
        }

        @Test
        void regionFilterKeepsOnlyThatRegion() {
            var names = namesIn(page("/exercises?region=feet"));

            assertThat(names).contains("Lacrosse Ball Rolling (foot)", "Short-Foot Exercise", "Wall Calf Stretch");
            assertThat(names).doesNotContain("Bird Dog", "Cable Half-Kneeling Row");
        }

        @Test
        void kindFilterKeepsOnlyThatKind() {
            assertThat(namesIn(page("/exercises?kind=breathing")))
                    .containsExactlyInAnyOrder("Breathing Reset (Supine)", "Wall-Test Position Hold");
        }

        @Test
        void equipmentFilterKeepsExercisesThatUseIt() {
            var names = namesIn(page("/exercises?equipment=foam-roller"));

            assertThat(names)
                    .contains("Foam Roll Calf", "Foam Roll Upper Back")
                    .doesNotContain("Bird Dog", "Air Squat");
        }

        @Test
        void noEquipmentKeepsOnlyExercisesThatNeedNothing() {
            var names = namesIn(page("/exercises?equipment=none"));

            assertThat(names).contains("Bird Dog", "Air Squat", "Cat-Cow");
            assertThat(names).doesNotContain("Foam Roll Calf", "Kettlebell Goblet Squat", "Cable Half-Kneeling Row");
            assertThat(names)
                    .allSatisfy(
                            name -> assertThat(exerciseNamed(name).equipment()).isEmpty());
        }

        @Test
        void positionFilterKeepsOnlyThatPosition() {
            var names = namesIn(page("/exercises?position=half-kneeling"));

            assertThat(names)
                    .contains("Cable Half-Kneeling Row", "Static Kneeling Hip Stretch")
                    .doesNotContain("Air Squat");
        }

        @Test
        void filtersCombineAndShowWhatIsChosen() {
            var result =
                    page("/exercises?q=row&region=core&kind=strength&equipment=resistance-band&position=half-kneeling");

            assertThat(namesIn(result))
                    .allSatisfy(name -> assertThat(name).containsIgnoringCase("row"))
                    .allSatisfy(name -> assertThat(name).contains("Resistance Band"));
            assertThat(html(result))
                    .contains("<option value=\"strength\" selected=\"selected\">Strength</option>")
                    .contains("<option value=\"resistance-band\" selected=\"selected\">Resistance band</option>")
                    .contains("<option value=\"half-kneeling\" selected=\"selected\">");
        }

        @Test
        void acceptsTheApisValueNamesToo() {
            assertThat(namesIn(page("/exercises?region=UPPER_BACK&kind=SOFT_TISSUE")))
                    .contains("Foam Roll Upper Back")
                    .doesNotContain("Foam Roll Calf");
        }

        @Test
        void anUnknownFilterValueIsIgnoredRatherThanAnError() {
            var result = page("/exercises?region=knees&position=upside-down");

            assertThat(result).hasStatusOk();
            assertThat(namesIn(result)).hasSize(catalog.exercises().size());
        }

        @Test
        void nothingMatchingShowsAFriendlyEmptyStateWithAWayBack() {
            var result = page("/exercises?q=handstand");

            assertThat(result).hasStatusOk();
            assertThat(namesIn(result)).isEmpty();
            assertThat(html(result))
                    .contains("No exercises match.")
                    .contains("Nothing matches that yet")
                    .contains("<a href=\"/exercises\">Show all exercises</a>");
        }
    }

    @Nested
    class WithHtmx {

        @Test
        void anHtmxRequestGetsOnlyTheResultsFragment() {
            var result = mvc.get()
                    .uri("/exercises?q=bridge")
                    .header("HX-Request", "true")
                    .accept(MediaType.TEXT_HTML)
                    .exchange();

            assertThat(result).hasStatusOk();
            var body = html(result);
            assertThat(body.strip()).startsWith("<div id=\"results\">");
            assertThat(body).doesNotContain("<html", "<head", "<form", "<footer");
            assertThat(namesIn(result)).contains("Glute Bridge").doesNotContain("Bird Dog");
            // The new count travels out of band into the status line that screen readers watch.
            assertThat(body).contains("<p id=\"result-count\" hx-swap-oob=\"innerHTML\">4 of ");
            assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");
        }

        @Test
        void theAddressBarKeepsOnlyTheFiltersInUse() {
            var result = mvc.get()
                    .uri("/exercises?q=half kneeling&region=&kind=strength&equipment=&position=")
                    .header("HX-Request", "true")
                    .exchange();

            assertThat(result.getResponse().getHeader("HX-Push-Url"))
                    .isEqualTo("/exercises?q=half%20kneeling&kind=strength");
        }

        @Test
        void searchWordsInTheAddressBarAreEncodedSafely() {
            var search = ExerciseSearch.of("90/90 & more+", null, null, "none", null);

            assertThat(ExercisePagesController.address("", search))
                    .isEqualTo("/exercises?q=90%2F90%20%26%20more%2B&equipment=none");
        }

        @Test
        void aFullPageNeverCarriesTheOutOfBandCopyOfTheCount() {
            assertThat(html(page("/exercises?q=bridge"))).doesNotContain("hx-swap-oob");
        }

        @Test
        void historyRestoreAndBoostedRequestsGetTheWholePage() {
            for (var header : List.of("HX-History-Restore-Request", "HX-Boosted")) {
                var result = mvc.get()
                        .uri("/exercises")
                        .header("HX-Request", "true")
                        .header(header, "true")
                        .accept(MediaType.TEXT_HTML)
                        .exchange();

                assertThat(html(result)).as(header).contains("<html").contains("<form");
            }
        }
    }

    @Nested
    class OneExercise {

        @Test
        void showsWhatItTrainsHowAndWithWhat() {
            var result = page("/exercises/cable-half-kneeling-row");

            assertThat(result).hasStatusOk();
            assertThat(html(result))
                    .contains("<title>Cable Half-Kneeling Row · BackCoach</title>")
                    .contains("<h1>Cable Half-Kneeling Row</h1>")
                    .contains("<dt>Movement</dt><dd>Pull</dd>")
                    .contains("<dt>Equipment</dt><dd>Cable machine</dd>")
                    .contains("<dt>Position</dt><dd>Half-kneeling (one knee down)</dd>")
                    .contains("<dt>Load</dt><dd>With weights or resistance</dd>");
        }

        @Test
        void showsTheStepsInOrderAndTheCues() {
            var exercise = catalog.exercise("bird-dog");
            var body = html(page("/exercises/bird-dog"));

            var steps = body.substring(body.indexOf("<ol class=\"exercise-steps\">"));
            int previous = -1;
            for (var step : exercise.steps()) {
                int at = steps.indexOf("<li>" + escaped(step) + "</li>");
                assertThat(at).as(step).isGreaterThan(previous);
                previous = at;
            }
            exercise.cues().forEach(cue -> assertThat(body).contains("<li>" + escaped(cue) + "</li>"));
            assertThat(body)
                    .contains("<dt>Sides</dt><dd>One side at a time</dd>")
                    .contains("<dt>Load</dt><dd>Bodyweight</dd>")
                    .contains("<dt>Equipment</dt><dd>No equipment</dd>")
                    .contains("<dt>Position</dt><dd>On hands and knees</dd>");
        }

        @Test
        void linksToEachVariantInPlainWords() {
            assertThat(html(page("/exercises/cable-half-kneeling-row")))
                    .containsPattern(
                            "<span>At home:</span>\\s*<a href=\"/exercises/resistance-band-half-kneeling-row\">"
                                    + "Resistance Band Half-Kneeling Row</a>")
                    .containsPattern(
                            "<span>Without equipment:</span>\\s*<a href=\"/exercises/prone-t-raise\">Prone T-Raise</a>");
            assertThat(html(page("/exercises/glute-bridge")))
                    .containsPattern("<span>One-leg version:</span>\\s*<a href=\"/exercises/1-leg-glute-bridge\">");
            assertThat(html(page("/exercises/bird-dog")))
                    .containsPattern("<span>Easier version:</span>\\s*<a href=\"/exercises/glute-bridge\">");
        }

        @Test
        void listsTheExercisesItStandsIn() {
            var body = html(page("/exercises/prone-t-raise"));

            assertThat(body)
                    .contains("Stands in for")
                    .containsPattern("<a href=\"/exercises/cable-half-kneeling-row\">Cable Half-Kneeling Row</a>\\s*"
                            + "<small>\\(without equipment\\)</small>");
            assertThat(html(page("/exercises/glute-bridge")))
                    .containsPattern(
                            "<a href=\"/exercises/bird-dog\">Bird Dog</a>\\s*<small>\\(as an easier option\\)</small>");
        }

        @Test
        void leavesOutSectionsThatWouldBeEmpty() {
            var body = html(page("/exercises/foam-roll-upper-back"));

            assertThat(body).doesNotContain("<dt>Movement</dt>").doesNotContain("Stands in for");
            assertThat(html(page("/exercises/prone-t-raise"))).doesNotContain("Other ways to do it");
        }

        @Test
        void anUnknownIdIsNotFound() {
            assertThat(page("/exercises/handstand-push-up")).hasStatus(404);
        }
    }

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
    }

    private static String html(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> namesIn(MvcTestResult result) {
        return CARD_NAME
                .matcher(html(result))
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private org.backcoach.catalog.Exercise exerciseNamed(String name) {
        return catalog.exercises().stream()
                .filter(exercise -> escaped(exercise.name()).equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** As Thymeleaf writes text into HTML. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
