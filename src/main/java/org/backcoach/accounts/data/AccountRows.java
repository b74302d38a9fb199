package org.backcoach.accounts.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.accounts.Account;
import org.backcoach.accounts.Role;
import org.backcoach.accounts.SignInGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table. Emails are stored lower case, so lookups are exact. */
@Repository
public class AccountRows {

    private final JdbcClient jdbc;

    public AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account with what sign-in needs beside it. */
    public record Credentials(Account account, String passwordHash, SignInGuard guard) {}

    public void insert(Account account, String passwordHash) {
        jdbc.sql("""
                        insert into account (id, email, display_name, password_hash, role, time_zone, created_at)
                        values (:id, :email, :displayName, :passwordHash, :role, :timeZone, :createdAt)
                        """)
                .param("id", account.id())
                .param("email", account.email())
                .param("displayName", account.displayName())
                .param("passwordHash", passwordHash)
                .param("role", account.role().name())
                .param("timeZone", account.timeZone().getId())
                .param("createdAt", utc(account.createdAt()))
                .update();
    }

    public boolean emailExists(String email) {
        return jdbc.sql("select count(*) from account where email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("select * from account where id = :id")
                .param("id", id)
                .query((rs, row) -> account(rs))
                .optional();
    }

    public Optional<Credentials> credentials(String email) {
        return jdbc.sql("select * from account where email = :email")
                .param("email", email)
                .query((rs, row) -> new Credentials(account(rs), rs.getString("password_hash"), guard(rs)))
                .optional();
    }

    public void saveGuard(UUID id, SignInGuard guard) {
        jdbc.sql("""
                        update account set failed_sign_ins = :failures, failure_window_from = :windowFrom,
                               locked_until = :lockedUntil
                        where id = :id
                        """)
                .param("failures", guard.failures())
                .param("windowFrom", utc(guard.windowFrom()))
                .param("lockedUntil", utc(guard.lockedUntil()))
                .param("id", id)
                .update();
    }

    public void updateTimeZone(UUID id, ZoneId zone) {
        jdbc.sql("update account set time_zone = :zone where id = :id")
                .param("zone", zone.getId())
                .param("id", id)
                .update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                ZoneId.of(rs.getString("time_zone")),
                instant(rs, "created_at"));
    }

    private static SignInGuard guard(ResultSet rs) throws SQLException {
        return new SignInGuard(
                rs.getInt("failed_sign_ins"), instant(rs, "failure_window_from"), instant(rs, "locked_until"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
