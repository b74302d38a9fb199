package org.backcoach.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock for tests that starts at a fixed instant and moves a second on every reading, so order is real. */
public final class TickingClock extends Clock {

    private final AtomicReference<Instant> now;

    private final Instant start;

    public TickingClock(Instant start) {
        this.start = start;
        this.now = new AtomicReference<>(start);
    }

    /** Back to the start, for the next test. */
    public void reset() {
        now.set(start);
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(instant -> instant.plusSeconds(1));
    }

    /** Jumps ahead, as when a day or a week goes by between two sessions. */
    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the ticking clock is UTC only");
    }
}
