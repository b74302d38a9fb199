package org.backcoach.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInGuardTests {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    private static SignInGuard failures(int count, Instant start, Duration apart) {
        var guard = SignInGuard.fresh();
        for (int i = 0; i < count; i++) {
            guard = guard.afterFailure(start.plus(apart.multipliedBy(i)));
        }
        return guard;
    }

    @Test
    void ninefailuresInAMinuteStillAllowAnotherTry() {
        var guard = failures(9, NOON, Duration.ofSeconds(5));

        assertThat(guard.locked(NOON.plusSeconds(45))).isFalse();
    }

    @Test
    void tenFailuresInAMinuteLockForFiveMinutes() {
        var guard = failures(10, NOON, Duration.ofSeconds(5));
        var lastFailure = NOON.plusSeconds(45);

        assertThat(guard.locked(lastFailure.plusSeconds(1))).isTrue();
        assertThat(guard.locked(lastFailure.plus(SignInGuard.LOCK_TIME).minusSeconds(1)))
                .isTrue();
        assertThat(guard.locked(lastFailure.plus(SignInGuard.LOCK_TIME))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteStartANewCount() {
        var guard = failures(20, NOON, Duration.ofSeconds(10));

        assertThat(guard.locked(NOON.plusSeconds(200))).isFalse();
        assertThat(guard.failures()).isLessThan(SignInGuard.MAX_FAILURES);
    }
}
