package org.backcoach.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.backcoach.catalog.BodySegment;
import org.backcoach.catalog.Catalog;
import org.backcoach.catalog.VariantKind;
import org.backcoach.training.TickingClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workouts API end to end with a person in a gym: start the day's session, log sets, get advice when
 * something hurts, finish, and see the next targets move. The clock starts on Wednesday 4 March 2026 and
 * ticks a second per reading. Runs on both databases: {@link WorkoutApiH2Tests} and {@link
 * WorkoutApiPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(WorkoutApiTests.Ticking.class)
abstract class WorkoutApiTests {

    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-03-04T08:00:00Z");
    static final String WEDNESDAY = "2026-03-04";
    static final String PASSWORD = "a long and happy back";

    static final String GYM_INTAKE = """
            {"safety": {"redFlags": [], "medicalClearance": true, "conditions": []},
             "symptoms": {"painNow": 1, "nightWaking": "NEVER", "exercisesRegularly": true,
                          "experiencedExerciser": true, "mobility": "NORMAL"},
             "assessments": {
               "core": {"lowBackLifted": false, "shouldersTensed": false, "bellyPushedOut": false},
               "hips": {"internalRotationLeft": 30, "internalRotationRight": 30,
                        "extensionKneeBelowParallelLeft": true, "extensionKneeBelowParallelRight": true},
               "feet": {"flatWhenSitting": false, "archCollapsesStanding": false},
               "upperBack": {"shoulderReachesFloorLeft": true, "shoulderReachesFloorRight": true}},
             "equipment": ["FOAM_ROLLER", "LACROSSE_BALL", "PVC_PIPE", "MINI_BAND", "RESISTANCE_BAND", "DUMBBELL",
                           "KETTLEBELL", "CABLE_MACHINE", "SMITH_MACHINE", "GLIDE_DISK", "TRX", "LANDMINE", "BENCH"],
             "trainingDays": ["MONDAY", "WEDNESDAY", "FRIDAY"]}
            """;

    @TestConfiguration
    static class Ticking {

        @Bean
        @Primary
        Clock tickingClock() {
            return new TickingClock(WEDNESDAY_MORNING);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void backToWednesdayMorning() {
        ticking().reset();
    }

    /** A new person in a gym with a plan made on Wednesday morning; returns their bearer header. */
    String personWithPlan() {
        var email = "lifter-" + UUID.randomUUID() + "@example.org";
        assertThat(mvc.post()
                        .uri("/api/v1/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + email + "\", \"displayName\": \"Ari\", \"password\": \"" + PASSWORD
                                + "\"}"))
                .hasStatus(201);
        var basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var token = mvc.post()
                .uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .exchange();
        var bearer = "Bearer " + read(token).get("token").asString();
        assertThat(mvc.put()
                        .uri("/api/v1/me/intake")
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(GYM_INTAKE))
                .hasStatusOk();
        return bearer;
    }

    MvcTestResult post(String bearer, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    JsonNode read(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    JsonNode start(String bearer, int pain) {
        var started = post(bearer, "/api/v1/me/workouts", "{\"date\": \"" + WEDNESDAY + "\", \"pain\": " + pain + "}");
        assertThat(started.getResponse().getStatus())
                .as(new String(started.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        return read(started);
    }

    /** The first circuit exercise of the session that is lower body and has a one-leg version. */
    JsonNode lowerBodyItemWithAOneLegVersion(JsonNode workout) {
        for (var item : workout.get("items")) {
            var block = workout.get("blocks").get(item.get("block").asInt());
            var exercise = catalog.exercise(item.get("exerciseId").asString());
            if (block.get("kind").asString().equals("CIRCUIT")
                    && exercise.segment() == BodySegment.LOWER
                    && exercise.variant(VariantKind.ONE_LEG).isPresent()) {
                return item;
            }
        }
        throw new AssertionError("Total Body 1 has a lower-body exercise with a one-leg version");
    }

    static String set(String exerciseId, int number, int reps, Double loadKg, int reserve, int pain) {
        return "{\"exerciseId\": \"" + exerciseId + "\", \"setNumber\": " + number + ", \"reps\": " + reps
                + ", \"loadKg\": " + loadKg + ", \"repsInReserve\": " + reserve + ", \"pain\": " + pain + "}";
    }

    @Test
    void startsTheSessionScheduledThatDayWithItsBlocksAndItems() {
        var bearer = personWithPlan();

        var workout = start(bearer, 2);

        assertThat(workout.get("name").asString()).isEqualTo("Total Body 1");
        assertThat(workout.get("date").asString()).isEqualTo(WEDNESDAY);
        assertThat(workout.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(workout.get("startingPain").asInt()).isEqualTo(2);
        var kinds = workout.get("blocks")
                .valueStream()
                .map(block -> block.get("kind").asString())
                .toList();
        assertThat(kinds).startsWith("WARM_UP").endsWith("COOL_DOWN").contains("CIRCUIT");
        assertThat(workout.get("items").get(0).has("exerciseId")).isTrue();
        assertThat(workout.get("items").get(0).has("sets")).isTrue();
        assertThat(workout.get("items").get(0).has("dose")).isTrue();
        assertThat(workout.get("items").get(0).has("targetLoadKg")).isTrue();

        var again = post(bearer, "/api/v1/me/workouts", "{\"date\": \"" + WEDNESDAY + "\"}");
        assertThat(again).hasStatusOk();
        assertThat(read(again).get("id").asString()).isEqualTo(workout.get("id").asString());
    }

    @Test
    void aRestDayHasNoSessionToStart() {
        var bearer = personWithPlan();

        var thursday = post(bearer, "/api/v1/me/workouts", "{\"date\": \"2026-03-05\"}");
        var tuesday = post(bearer, "/api/v1/me/workouts", "{\"date\": \"2026-03-03\"}");

        assertThat(thursday).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tuesday).hasStatus(409);
    }

    @Test
    void refusesBadStartsAndBadSetsNamingEachField() {
        var bearer = personWithPlan();
        var noDate = post(bearer, "/api/v1/me/workouts", "{\"pain\": 11, \"when\": \"today\"}");
        assertThat(noDate).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noDate)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("when");
        assertThat(post(bearer, "/api/v1/me/workouts", "{\"date\": \"4 March\"}"))
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("date");
        assertThat(post(bearer, "/api/v1/me/workouts", "{\"date\": ")).hasStatus(400);

        var id = start(bearer, 2).get("id").asString();
        var bad = post(
                bearer,
                "/api/v1/me/workouts/" + id + "/sets",
                "{\"exerciseId\": \"\", \"setNumber\": 0, \"reps\": -1, \"loadKg\": 900, \"repsInReserve\": 9, \"pain\": 12}");
        assertThat(bad).hasStatus(400);
        assertThat(bad)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("exerciseId", "setNumber", "reps", "loadKg", "repsInReserve", "pain");
        var wrongType = post(bearer, "/api/v1/me/workouts/" + id + "/sets", "{\"setNumber\": \"one\", \"reps\": 2.5}");
        assertThat(wrongType)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("setNumber", "reps");
        var unknownExercise = post(bearer, "/api/v1/me/workouts/" + id + "/sets", set("moonwalk", 1, 10, null, 2, 2));
        assertThat(unknownExercise).hasStatus(400);
        var notInSession = post(
                bearer, "/api/v1/me/workouts/" + id + "/sets", set("superman-prone-back-extension", 1, 10, null, 2, 2));
        assertThat(notInSession).hasStatus(409);
    }

    @Test
    void logsASetThatIsStoredAndReplacedWhenSentAgain() {
        var bearer = personWithPlan();
        var workout = start(bearer, 2);
        var id = workout.get("id").asString();
        var item = lowerBodyItemWithAOneLegVersion(workout);
        var exerciseId = item.get("exerciseId").asString();

        var first = post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 10, 16.0, 3, 2));
        assertThat(first).hasStatus(201);
        assertThat(first).bodyJson().extractingPath("$.advice").isNull();
        assertThat(first).bodyJson().extractingPath("$.set.loadKg").isEqualTo(16.0);
        var retry = post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 11, 16.0, 3, 2));
        assertThat(retry).hasStatusOk();

        var stored = read(mvc.get()
                .uri("/api/v1/me/workouts/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange());
        assertThat(stored.get("sets")).hasSize(1);
        assertThat(stored.get("sets").get(0).get("reps").asInt()).isEqualTo(11);
        assertThat(stored.get("summary").get("setsLogged").asInt()).isEqualTo(1);
    }

    @Test
    void aLowerBodyExerciseThatHurtsIsSwappedForItsOneLegVersion_R_SAFE_4_R_SUBSTITUTE() {
        var bearer = personWithPlan();
        var workout = start(bearer, 2);
        var id = workout.get("id").asString();
        var exerciseId =
                lowerBodyItemWithAOneLegVersion(workout).get("exerciseId").asString();
        var oneLeg = catalog.exercise(exerciseId).variant(VariantKind.ONE_LEG).orElseThrow();

        var hurt = post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 8, 12.0, 3, 4));

        assertThat(hurt).hasStatus(201);
        assertThat(hurt).bodyJson().extractingPath("$.advice.action").isEqualTo("SUBSTITUTE");
        assertThat(hurt).bodyJson().extractingPath("$.advice.substitute").isEqualTo(oneLeg);
        assertThat(hurt).bodyJson().extractingPath("$.advice.rule").isEqualTo("R-SUBSTITUTE");
        assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 2, 8, 12.0, 3, 4)))
                .as("a stopped exercise takes no more sets")
                .hasStatus(409);
        assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(oneLeg, 1, 8, null, 3, 4)))
                .as("the one-leg version takes its place")
                .hasStatus(201);

        var stored = read(mvc.get()
                .uri("/api/v1/me/workouts/" + id)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange());
        assertThat(stored.get("adaptations").get(0).get("action").asString()).isEqualTo("SUBSTITUTE");
        assertThat(stored.get("summary").get("substituted")).hasSize(1);
    }

    @Test
    void painOfSevenEndsTheSessionCalmly_R_PAIN_STOP() {
        var bearer = personWithPlan();
        var workout = start(bearer, 3);
        var id = workout.get("id").asString();
        var exerciseId =
                lowerBodyItemWithAOneLegVersion(workout).get("exerciseId").asString();

        var ended = post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 8, 12.0, 3, 7));

        assertThat(ended).hasStatus(201);
        assertThat(ended).bodyJson().extractingPath("$.advice.action").isEqualTo("END_SESSION");
        assertThat(ended).bodyJson().extractingPath("$.advice.rule").isEqualTo("R-PAIN-STOP");
        assertThat(ended).bodyJson().extractingPath("$.status").isEqualTo("ENDED_EARLY");
        assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/complete", "")).hasStatus(409);
        assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 2, 8, 12.0, 3, 3)))
                .hasStatus(409);
    }

    @Test
    void correctsAndDeletesALoggedSet() {
        var bearer = personWithPlan();
        var workout = start(bearer, 2);
        var id = workout.get("id").asString();
        var exerciseId =
                lowerBodyItemWithAOneLegVersion(workout).get("exerciseId").asString();
        var setId = read(post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 10, 16.0, 3, 2)))
                .get("set")
                .get("id")
                .asString();

        var corrected = mvc.put()
                .uri("/api/v1/me/workouts/" + id + "/sets/" + setId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reps\": 12, \"loadKg\": 16, \"repsInReserve\": 2, \"pain\": 2}")
                .exchange();
        assertThat(corrected).hasStatusOk();
        assertThat(corrected).bodyJson().extractingPath("$.set.reps").isEqualTo(12);

        var deleted = mvc.delete()
                .uri("/api/v1/me/workouts/" + id + "/sets/" + setId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
        assertThat(deleted).hasStatus(204);
        assertThat(mvc.delete()
                        .uri("/api/v1/me/workouts/" + id + "/sets/" + setId)
                        .header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(404);
    }

    @Test
    void finishingGivesTheSummaryAndMovesTheTargets_R_PROGRESSION() {
        var bearer = personWithPlan();
        var workout = start(bearer, 1);
        var id = workout.get("id").asString();
        var item = lowerBodyItemWithAOneLegVersion(workout);
        var exerciseId = item.get("exerciseId").asString();
        var top = item.get("dose").get("max").asInt();
        var sets = item.get("sets").get("min").asInt();
        for (int number = 1; number <= sets; number++) {
            assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, number, top, 16.0, 3, 1)))
                    .hasStatus(201);
        }

        var done = post(bearer, "/api/v1/me/workouts/" + id + "/complete", "{\"notes\": \"Felt strong.\"}");

        assertThat(done).hasStatusOk();
        assertThat(done).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
        assertThat(done).bodyJson().extractingPath("$.setsLogged").isEqualTo(sets);
        assertThat(done).bodyJson().extractingPath("$.notes").isEqualTo("Felt strong.");
        assertThat(post(bearer, "/api/v1/me/workouts/" + id + "/complete", "")).hasStatus(409);

        var targets = read(mvc.get()
                .uri("/api/v1/me/targets")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange());
        var target = targets.valueStream()
                .filter(t -> t.get("exerciseId").asString().equals(exerciseId))
                .findFirst()
                .orElseThrow();
        assertThat(target.get("change").asString()).isEqualTo("ADD_LOAD");
        assertThat(target.get("loadKg").asDouble()).isGreaterThan(16.0);
        assertThat(target.get("reason").asString()).contains("in reserve");
    }

    @Test
    void theNextTimeTheSessionComesRoundItCarriesTheNewTarget_R_PROGRESSION() {
        var bearer = personWithPlan();
        var workout = start(bearer, 1);
        var id = workout.get("id").asString();
        var item = lowerBodyItemWithAOneLegVersion(workout);
        var exerciseId = item.get("exerciseId").asString();
        var top = item.get("dose").get("max").asInt();
        for (int number = 1; number <= item.get("sets").get("min").asInt(); number++) {
            post(bearer, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, number, top, 16.0, 3, 1));
        }
        post(bearer, "/api/v1/me/workouts/" + id + "/complete", "");
        ticking().advance(Duration.ofDays(7));

        var nextWeek = post(bearer, "/api/v1/me/workouts", "{\"date\": \"2026-03-11\"}");

        assertThat(nextWeek).hasStatus(201);
        var again = read(nextWeek)
                .get("items")
                .valueStream()
                .filter(i -> i.get("exerciseId").asString().equals(exerciseId))
                .findFirst()
                .orElseThrow();
        assertThat(again.get("targetLoadKg").asDouble()).isGreaterThan(16.0);
        assertThat(again.get("targetReason").asString()).isNotBlank();
    }

    @Test
    void nobodyReachesAnotherPersonsSession() {
        var owner = personWithPlan();
        var other = personWithPlan();
        var id = start(owner, 2).get("id").asString();
        var exerciseId = "glute-bridge";

        assertThat(mvc.get().uri("/api/v1/me/workouts/" + id).header(HttpHeaders.AUTHORIZATION, other))
                .hasStatus(404);
        assertThat(post(other, "/api/v1/me/workouts/" + id + "/sets", set(exerciseId, 1, 10, null, 2, 1)))
                .hasStatus(404);
        assertThat(post(other, "/api/v1/me/workouts/" + id + "/complete", "")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/me/workouts/" + id)).hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/me/workouts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"" + WEDNESDAY + "\"}"))
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/me/targets")).hasStatus(401);
    }

    @Autowired
    Clock clock;

    TickingClock ticking() {
        return (TickingClock) clock;
    }
}
