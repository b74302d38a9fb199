package org.backcoach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What anyone may reach without an account, and what stays closed. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicSurfaceTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theHealthCheckIsPublic() {
        var result = mvc.get().uri("/actuator/health").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void theRestOfActuatorIsClosed() {
        for (var path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db"}) {
            var response = mvc.get().uri(path).exchange().getResponse();
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as(path).endsWith("/sign-in");
            } else {
                assertThat(response.getStatus()).as(path).isIn(401, 403, 404);
            }
        }
    }

    @Test
    void theApiIsDocumentedWithIntakeExamples() {
        var result = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.paths['/api/v1/plans/preview'].post.requestBody.content['application/json'].examples")
                .asMap()
                .isNotEmpty();
        json.extractingPath("$.paths['/api/v1/exercises/{id}'].get").isNotNull();
        json.extractingPath("$.components.schemas.Intake").isNotNull();
    }

    @Test
    void theSwaggerUiIsReachable() {
        assertThat(mvc.get().uri("/swagger-ui/index.html").exchange()).hasStatusOk();
    }

    @Test
    void theHomePageIsPublicAndSaysItIsNotADiagnosis() {
        var result = mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("not a diagnosis");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anUnknownApiPathNeedsAnAccountAndAnswersInProblemJson() {
        var result = mvc.get().uri("/api/v1/me/plan").exchange();

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
