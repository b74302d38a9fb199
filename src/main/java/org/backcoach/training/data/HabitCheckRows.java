package org.backcoach.training.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The habit_check table: one row per account, day and ticked habit. Every query names the account. */
@Repository
public class HabitCheckRows {

    private final JdbcClient jdbc;

    public HabitCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the row unless it is there already; ticking twice is the same as ticking once. */
    public void insertIfAbsent(UUID accountId, LocalDate day, String habitId, Instant at) {
        if (exists(accountId, day, habitId)) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into habit_check (account_id, check_day, habit_id, checked_at)
                            values (:accountId, :day, :habitId, :checkedAt)
                            """)
                    .param("accountId", accountId)
                    .param("day", day)
                    .param("habitId", habitId)
                    .param("checkedAt", at.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            // A second tick landed between the check and the insert: the habit is ticked either way.
        }
    }

    public void delete(UUID accountId, LocalDate day, String habitId) {
        jdbc.sql("delete from habit_check where account_id = :accountId and check_day = :day and habit_id = :habitId")
                .param("accountId", accountId)
                .param("day", day)
                .param("habitId", habitId)
                .update();
    }

    public Set<String> habitIds(UUID accountId, LocalDate day) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select habit_id from habit_check
                        where account_id = :accountId and check_day = :day
                        order by habit_id
                        """)
                .param("accountId", accountId)
                .param("day", day)
                .query(String.class)
                .list());
    }

    private boolean exists(UUID accountId, LocalDate day, String habitId) {
        return jdbc.sql("""
                                select count(*) from habit_check
                                where account_id = :accountId and check_day = :day and habit_id = :habitId
                                """)
                        .param("accountId", accountId)
                        .param("day", day)
                        .param("habitId", habitId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
