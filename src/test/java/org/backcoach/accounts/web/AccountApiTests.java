package org.backcoach.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Sign-up and tokens through the API. Runs on both databases: {@link AccountApiH2Tests} and {@link AccountApiPostgresTests}. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class AccountApiTests {

    @Autowired
    MockMvcTester mvc;

    private String email() {
        return "Someone-" + UUID.randomUUID() + "@Example.org";
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult signUp(String body) {
        return mvc.post()
                .uri("/api/v1/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void signsUpAClient() {
        var email = email();
        var result =
                signUp("{\"email\": \"" + email + "\", \"displayName\": \"Ana\", \"password\": \"twelve chars ok\"}");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.role").isEqualTo("CLIENT");
        assertThat(result).bodyJson().extractingPath("$.email").isEqualTo(email.toLowerCase());
    }

    @Test
    void refusesAShortPasswordAndABadEmailNamingBoth() {
        var result = signUp("{\"email\": \"not-an-email\", \"displayName\": \"Ana\", \"password\": \"short\"}");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("email", "password");
    }

    @Test
    void aSecondAccountWithTheSameEmailIsA409() {
        var email = email();
        signUp("{\"email\": \"" + email + "\", \"displayName\": \"Ana\", \"password\": \"twelve chars ok\"}");

        var again = signUp("{\"email\": \"" + email.toUpperCase()
                + "\", \"displayName\": \"Ana\", \"password\": \"twelve chars ok\"}");

        assertThat(again).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTokenNeedsTheRightPassword() {
        var email = email();
        signUp("{\"email\": \"" + email + "\", \"displayName\": \"Ana\", \"password\": \"twelve chars ok\"}");
        var wrong = Base64.getEncoder().encodeToString((email + ":wrong password!").getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Basic " + wrong))
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
