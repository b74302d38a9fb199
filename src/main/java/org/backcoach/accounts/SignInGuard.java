package org.backcoach.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttle on failed sign-ins of one account: after {@value #MAX_FAILURES} failures within a
 * minute, further attempts are refused for {@link #LOCK_TIME}. Pure: it is given the time.
 *
 * @param failures failures counted in the current window
 * @param windowFrom when the current one-minute window opened, or {@code null}
 * @param lockedUntil until when sign-in is refused, or {@code null}
 */
public record SignInGuard(int failures, Instant windowFrom, Instant lockedUntil) {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);

    public static SignInGuard fresh() {
        return new SignInGuard(0, null, null);
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public SignInGuard afterFailure(Instant now) {
        var inWindow = windowFrom != null && now.isBefore(windowFrom.plus(WINDOW));
        var count = inWindow ? failures + 1 : 1;
        var from = inWindow ? windowFrom : now;
        var until = count >= MAX_FAILURES ? now.plus(LOCK_TIME) : lockedUntil;
        return new SignInGuard(count, from, until);
    }
}
