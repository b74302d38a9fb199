package org.backcoach.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backcoach.BackCoachApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every set the API acknowledged survives a killed server: the real application runs in a child JVM on
 * an H2 file database with the settings of {@code application.yaml}, sets are logged through the API
 * until enough are acknowledged, the JVM is killed with SIGKILL mid-stream, the application is started
 * again on the same files, and the session must hold every acknowledged set.
 */
class SetDurabilityTests {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private static final String PASSWORD = "a long and happy back";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyAcknowledgedSetSurvivesAKilledServer(@TempDir Path directory) throws Exception {
        var url = "jdbc:h2:file:" + directory.resolve("backcoach").toAbsolutePath() + ";WRITE_DELAY=0";
        var port = freePort();
        var base = "http://localhost:" + port;

        var first = startServer(url, port, directory.resolve("first.log"));
        String bearer;
        String workoutId;
        var acknowledged = new ArrayList<String>();
        try {
            bearer = personWithAPlanForToday(base);
            var today = LocalDate.now(ZoneOffset.UTC);
            var workout =
                    send(bearer, "POST", base + "/api/v1/me/workouts", "{\"date\": \"" + today + "\", \"pain\": 1}");
            assertThat(workout.statusCode()).as(workout.body()).isEqualTo(201);
            var session = json.readTree(workout.body());
            workoutId = session.get("id").asString();
            logUntilKilled(base, bearer, session, first, acknowledged);
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        var second = startServer(url, port, directory.resolve("second.log"));
        try {
            var stored = send(bearer, "GET", base + "/api/v1/me/workouts/" + workoutId, null);
            assertThat(stored.statusCode()).isEqualTo(200);
            var ids = new HashSet<String>();
            json.readTree(stored.body())
                    .get("sets")
                    .forEach(set -> ids.add(set.get("id").asString()));
            assertThat(ids).as("sets in the restarted server").containsAll(acknowledged);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Logs sets from a second thread and kills the server once enough are acknowledged. */
    private void logUntilKilled(String base, String bearer, JsonNode session, Process server, List<String> acknowledged)
            throws InterruptedException {
        var enough = new CountDownLatch(1);
        var killed = new AtomicBoolean();
        var writer = new Thread(() -> {
            try {
                for (int number = 1; number <= SetEntry.MAX_SET_NUMBER && !killed.get(); number++) {
                    for (var item : session.get("items")) {
                        var dose = item.get("dose");
                        var timed = dose != null
                                && !dose.isNull()
                                && dose.get("unit").asString().equals("SECONDS");
                        var body = "{\"exerciseId\": \""
                                + item.get("exerciseId").asString() + "\", \"setNumber\": "
                                + number + (timed ? ", \"seconds\": 30" : ", \"reps\": 10, \"repsInReserve\": 3")
                                + ", \"pain\": 1}";
                        var answer = send(
                                bearer,
                                "POST",
                                base + "/api/v1/me/workouts/"
                                        + session.get("id").asString() + "/sets",
                                body);
                        if (answer.statusCode() == 201) {
                            synchronized (acknowledged) {
                                acknowledged.add(json.readTree(answer.body())
                                        .get("set")
                                        .get("id")
                                        .asString());
                                if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL) {
                                    enough.countDown();
                                }
                            }
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the server died under us: that is the point
            }
        });
        writer.start();
        assertThat(enough.await(90, TimeUnit.SECONDS))
                .as("enough sets acknowledged in time")
                .isTrue();
        killed.set(true);
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no database close
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }

    private String personWithAPlanForToday(String base) throws IOException, InterruptedException {
        var email = "durable@example.org";
        var signUp = send(
                null,
                "POST",
                base + "/api/v1/accounts",
                "{\"email\": \"" + email + "\", \"displayName\": \"Dee\", \"password\": \"" + PASSWORD + "\"}");
        assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
        var basic = "Basic "
                + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        var token = send(basic, "POST", base + "/api/v1/tokens", null);
        assertThat(token.statusCode()).isEqualTo(201);
        var bearer = "Bearer " + json.readTree(token.body()).get("token").asString();
        var today = LocalDate.now(ZoneOffset.UTC).getDayOfWeek();
        var intake = """
                {"safety": {"redFlags": [], "medicalClearance": true},
                 "symptoms": {"painNow": 1, "nightWaking": "NEVER", "exercisesRegularly": true, "mobility": "NORMAL"},
                 "equipment": ["KETTLEBELL", "DUMBBELL", "RESISTANCE_BAND", "MINI_BAND", "FOAM_ROLLER"],
                 "trainingDays": ["%s"]}
                """.formatted(today);
        var plan = send(bearer, "PUT", base + "/api/v1/me/intake", intake);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        return bearer;
    }

    private HttpResponse<String> send(String authorization, String method, String uri, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process startServer(String url, int port, Path log) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        BackCoachApplication.class.getName(),
                        "--server.port=" + port,
                        "--spring.datasource.url=" + url,
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive())
                    .as("the server is starting; see " + log)
                    .isTrue();
            try {
                var health = send(null, "GET", "http://localhost:" + port + "/actuator/health", null);
                if (health.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start within 90 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
