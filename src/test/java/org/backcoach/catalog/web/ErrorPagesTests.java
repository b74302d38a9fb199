package org.backcoach.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a person sees when something goes wrong around the library. A real server, because error pages
 * are rendered on the container's error dispatch, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownExerciseGetsACalm404PageWithAWayBack() throws Exception {
        var response = send("GET", "/exercises/handstand-push-up");

        assertThat(response.statusCode()).isEqualTo(404);
        assertHtml(response);
        assertThat(response.body())
                .contains("<title>Not found · BackCoach</title>")
                .contains("We don't have that exercise")
                .containsPattern("href=\"/exercises[;\"]")
                .containsPattern("href=\"/[;\"]");
        assertNoInternals(response.body());
    }

    @Test
    void anAddressThatLeadsNowhereGetsTheSameCalm404Page() throws Exception {
        var response = send("GET", "/exercises/bird-dog/photos");

        assertThat(response.statusCode()).isEqualTo(404);
        assertHtml(response);
        assertThat(response.body()).contains("We don't have that exercise");
        assertNoInternals(response.body());
    }

    @Test
    void aRefusedRequestGetsTheGenericPageWithItsCode() throws Exception {
        // A form post without its CSRF token is refused with 403, which has no page of its own.
        var response = send("POST", "/exercises");

        assertThat(response.statusCode()).isEqualTo(403);
        assertHtml(response);
        assertThat(response.body()).contains("That didn't work").contains("Error code <span>403</span>");
        assertNoInternals(response.body());
    }

    @Test
    void theServerErrorPageBlamesUsNotThePerson() throws Exception {
        // Reached directly, Boot's error controller answers as for an unexpected failure.
        var response = send("GET", "/error");

        assertThat(response.statusCode()).isEqualTo(500);
        assertHtml(response);
        assertThat(response.body()).contains("Something went wrong on our side").contains("It wasn't anything you did");
        assertNoInternals(response.body());
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHtml(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<main").contains("not a diagnosis");
    }

    private static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Whitelabel")
                .doesNotContain("trace");
    }
}
