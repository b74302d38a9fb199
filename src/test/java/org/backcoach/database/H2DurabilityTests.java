package org.backcoach.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * An acknowledged write to the embedded H2 file database survives a killed process: a child JVM commits
 * rows one by one with the URL settings of {@code application.yaml} and prints each id once committed;
 * it is killed with SIGKILL mid-stream, and every printed id must be in the reopened database. A second
 * test runs the same kill with H2's write delay put back, and shows that the check can see a loss.
 */
class H2DurabilityTests {

    /** Acknowledged commits to wait for before the kill. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    /** The application's datasource URL, read from the one place it is set. */
    static String applicationUrl() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject().getProperty("spring.datasource.url");
    }

    /** The application's URL with its settings, for a database file in the given directory. */
    static String sameSettingsIn(Path directory) {
        var url = applicationUrl();
        assertThat(url).startsWith("jdbc:h2:file:");
        var settings = url.contains(";") ? url.substring(url.indexOf(';')) : "";
        return "jdbc:h2:file:" + directory.resolve("backcoach").toAbsolutePath() + settings;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAcknowledgedCommitSurvivesAKilledProcess(@TempDir Path directory) throws Exception {
        var url = sameSettingsIn(directory);
        assertThat(url).contains(";WRITE_DELAY=0");

        var acknowledged = commitThenKill(url);
        var stored = storedIds(url);

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(stored).as("rows in the reopened database").containsAll(acknowledged);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void withAWriteDelayTheSameKillLosesAcknowledgedCommits(@TempDir Path directory) throws Exception {
        var delayed = sameSettingsIn(directory).replace(";WRITE_DELAY=0", ";WRITE_DELAY=60000");

        var acknowledged = commitThenKill(delayed);
        var stored = storedIds(sameSettingsIn(directory));

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(stored)
                .as("with a write delay, commits acknowledged shortly before a kill are lost")
                .doesNotContainAnyElementsOf(acknowledged.subList(acknowledged.size() - 10, acknowledged.size()));
    }

    /** Runs {@link H2CommitWriter}, kills it with SIGKILL once enough commits are acknowledged, returns them. */
    private static List<Integer> commitThenKill(String url) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        H2CommitWriter.class.getName(),
                        url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var acknowledged = new ArrayList<Integer>();
        var enough = new CountDownLatch(1);
        var reader = new Thread(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    // Only a whole line counts: the kill may cut the last one short.
                    if (line.endsWith(";")) {
                        synchronized (acknowledged) {
                            acknowledged.add(Integer.valueOf(line.substring(0, line.length() - 1)));
                            if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL) {
                                enough.countDown();
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the process dies
            }
        });
        reader.start();
        try {
            assertThat(enough.await(60, TimeUnit.SECONDS))
                    .as("the writer acknowledged " + ACKNOWLEDGED_BEFORE_KILL + " commits in time")
                    .isTrue();
            assertThat(process.isAlive())
                    .as("the writer is still writing when killed")
                    .isTrue();
        } finally {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    private static Set<Integer> storedIds(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "backcoach", "");
                var statement = connection.createStatement()) {
            statement.execute(
                    "create table if not exists acknowledged (id integer primary key, payload varchar(400) not null)");
            var ids = new HashSet<Integer>();
            try (var rows = statement.executeQuery("select id from acknowledged")) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        }
    }
}
