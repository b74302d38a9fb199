package org.backcoach.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.backcoach.planning.web.PlanPreviewApiTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal API end to end: sign up, get a token, submit intakes, read the plan and the history. Runs
 * on both databases: {@link MeApiH2Tests} and {@link MeApiPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class MeApiTests {

    static final String PASSWORD = "a long and happy back";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    /** Signs up a new person and returns a bearer token of theirs. */
    static String newPersonToken(MockMvcTester mvc, JsonMapper json) {
        var email = "person-" + UUID.randomUUID() + "@example.org";
        var signUp = mvc.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + email + "\", \"displayName\": \"Sam\", \"password\": \"" + PASSWORD + "\"}")
                .exchange();
        assertThat(signUp).hasStatus(201);
        var basic = Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var token = mvc.post()
                .uri("/api/v1/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .exchange();
        assertThat(token).hasStatus(201);
        return json.readTree(token.getResponse().getContentAsByteArray())
                .get("token")
                .asString();
    }

    @Test
    void storesEveryIntakeAsANewVersionAndServesTheCurrentPlan() {
        var token = "Bearer " + newPersonToken(mvc, json);

        assertThat(mvc.get().uri("/api/v1/me/plan").header(HttpHeaders.AUTHORIZATION, token))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        var first = mvc.put()
                .uri("/api/v1/me/intake")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(PlanPreviewApiTests.VALID)
                .exchange();
        assertThat(first).hasStatusOk();
        assertThat(first).bodyJson().extractingPath("$.version").isEqualTo(1);
        assertThat(first).bodyJson().extractingPath("$.plan.status").isEqualTo("READY");

        var retake = PlanPreviewApiTests.VALID.replace("\"lowBackLifted\": true", "\"lowBackLifted\": false");
        var second = mvc.put()
                .uri("/api/v1/me/intake")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(retake)
                .exchange();
        assertThat(second).bodyJson().extractingPath("$.version").isEqualTo(2);

        var current = mvc.get()
                .uri("/api/v1/me/plan")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(current).hasStatusOk();
        assertThat(current).bodyJson().extractingPath("$.version").isEqualTo(2);
        assertThat(current)
                .bodyJson()
                .extractingPath("$.plan.regions[0].result")
                .isEqualTo("OK");
        assertThat(current)
                .bodyJson()
                .extractingPath("$.plan.rationale[0].rule")
                .isEqualTo("R-STAGE");

        var history = mvc.get()
                .uri("/api/v1/me/intakes")
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
        assertThat(history).bodyJson().extractingPath("$[*].version").asArray().containsExactly(2, 1);
        assertThat(history)
                .bodyJson()
                .extractingPath("$[1].intake.assessments.core.lowBackLifted")
                .isEqualTo(true);
    }

    @Test
    void aBadIntakeIsRefusedAndNothingIsStored() {
        var token = "Bearer " + newPersonToken(mvc, json);

        var result = mvc.put()
                .uri("/api/v1/me/intake")
                .header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(PlanPreviewApiTests.VALID.replace("\"painNow\": 4", "\"painNow\": 14"))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("symptoms.painNow");
        assertThat(mvc.get().uri("/api/v1/me/intakes").header(HttpHeaders.AUTHORIZATION, token))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    @Test
    void withoutCredentialsTheApiAnswers401NeverARedirect() {
        for (var path : new String[] {"/api/v1/me/plan", "/api/v1/me/intakes"}) {
            assertThat(mvc.get().uri(path)).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.put()
                        .uri("/api/v1/me/intake")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/me/plan").header(HttpHeaders.AUTHORIZATION, "Bearer bc_not-a-token"))
                .hasStatus(401);
    }

    @Test
    void onePersonNeverSeesAnothersPlan() {
        var alice = "Bearer " + newPersonToken(mvc, json);
        var bob = "Bearer " + newPersonToken(mvc, json);
        mvc.put()
                .uri("/api/v1/me/intake")
                .header(HttpHeaders.AUTHORIZATION, alice)
                .contentType(MediaType.APPLICATION_JSON)
                .content(PlanPreviewApiTests.VALID)
                .exchange();

        assertThat(mvc.get().uri("/api/v1/me/plan").header(HttpHeaders.AUTHORIZATION, bob))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/me/intakes").header(HttpHeaders.AUTHORIZATION, bob))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }
}
