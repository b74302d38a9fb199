package org.backcoach.training.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The series_check table: one row per account and day the daily series was done. */
@Repository
public class SeriesCheckRows {

    private final JdbcClient jdbc;

    public SeriesCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the row unless it is there already. */
    public void insertIfAbsent(UUID accountId, LocalDate day, Instant at) {
        if (!days(accountId, day, day).isEmpty()) {
            return;
        }
        try {
            jdbc.sql("insert into series_check (account_id, check_day, done_at) values (:accountId, :day, :at)")
                    .param("accountId", accountId)
                    .param("day", day)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // Done twice at the same moment: done either way.
        }
    }

    public void delete(UUID accountId, LocalDate day) {
        jdbc.sql("delete from series_check where account_id = :accountId and check_day = :day")
                .param("accountId", accountId)
                .param("day", day)
                .update();
    }

    /** The days from {@code from} to {@code to}, both included, on which the series was done. */
    public List<LocalDate> days(UUID accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select check_day from series_check
                        where account_id = :accountId and check_day between :from and :to
                        order by check_day
                        """)
                .param("accountId", accountId)
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list();
    }
}
