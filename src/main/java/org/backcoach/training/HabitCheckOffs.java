package org.backcoach.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.backcoach.training.data.HabitCheckRows;
import org.springframework.stereotype.Service;

/**
 * The daily habits a person ticked off, day by day. The day is the person's own calendar day; every
 * method is scoped to one account, so nobody can tick, untick or read another person's habits.
 */
@Service
public class HabitCheckOffs {

    /** The longest habit id the table holds. */
    public static final int MAX_HABIT_ID_LENGTH = 60;

    private final HabitCheckRows rows;
    private final Clock clock;

    HabitCheckOffs(HabitCheckRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Marks the habit done on that day; ticking twice is the same as ticking once. */
    public void tick(UUID accountId, LocalDate day, String habitId) {
        rows.insertIfAbsent(accountId, day, checked(habitId), clock.instant());
    }

    /** Takes the tick back; nothing happens if it wasn't ticked. */
    public void untick(UUID accountId, LocalDate day, String habitId) {
        rows.delete(accountId, day, checked(habitId));
    }

    /** The ids of the habits ticked on that day. */
    public Set<String> ticked(UUID accountId, LocalDate day) {
        return Set.copyOf(rows.habitIds(accountId, day));
    }

    private static String checked(String habitId) {
        if (habitId == null || habitId.isBlank() || habitId.length() > MAX_HABIT_ID_LENGTH) {
            throw new IllegalArgumentException("a habit id has 1 to " + MAX_HABIT_ID_LENGTH + " characters");
        }
        return habitId;
    }
}
