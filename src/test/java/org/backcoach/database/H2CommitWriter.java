package org.backcoach.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Started by {@link H2DurabilityTests} in a JVM of its own, to be killed: opens the H2 database at the
 * given URL, then commits rows one at a time, each in its own transaction, and prints each row's id
 * followed by {@code ;} once its commit has returned, that is once the write is acknowledged. It stops
 * by itself after {@link #LIFETIME} so that it cannot outlive a test that forgot it.
 */
public final class H2CommitWriter {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final String READY = "ready";

    private H2CommitWriter() {}

    public static void main(String[] args) throws SQLException {
        var url = args[0];
        var deadline = System.nanoTime() + LIFETIME.toNanos();
        var payload = "an acknowledged write is durable; ".repeat(6);
        try (var connection = DriverManager.getConnection(url, "backcoach", "")) {
            try (var statement = connection.createStatement()) {
                statement.execute("create table acknowledged (id integer primary key, payload varchar(400) not null)");
            }
            System.out.println(READY);
            System.out.flush();
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("insert into acknowledged (id, payload) values (?, ?)")) {
                for (int id = 1; System.nanoTime() < deadline; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, payload);
                    insert.executeUpdate();
                    connection.commit();
                    System.out.println(id + ";");
                    System.out.flush();
                }
            }
        }
    }
}
