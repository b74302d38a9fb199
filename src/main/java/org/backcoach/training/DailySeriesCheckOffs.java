package org.backcoach.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.backcoach.training.data.SeriesCheckRows;
import org.springframework.stereotype.Service;

/** The days a person did their daily series, on their own calendar. Scoped to one account. */
@Service
public class DailySeriesCheckOffs {

    private final SeriesCheckRows rows;
    private final Clock clock;

    DailySeriesCheckOffs(SeriesCheckRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Marks the series done that day; twice is the same as once. */
    public void done(UUID accountId, LocalDate day) {
        rows.insertIfAbsent(accountId, day, clock.instant());
    }

    public void undo(UUID accountId, LocalDate day) {
        rows.delete(accountId, day);
    }

    public boolean doneOn(UUID accountId, LocalDate day) {
        return !rows.days(accountId, day, day).isEmpty();
    }

    /** The days from {@code from} to {@code to}, both included, with the series done. */
    public List<LocalDate> daysDone(UUID accountId, LocalDate from, LocalDate to) {
        return rows.days(accountId, from, to);
    }
}
