package org.sightline.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.Meter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sightline.server.testing.MutableClock;

/** The server-wide limit on password checks: its rate and its concurrency, outcomes only. */
class LoginGateTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final Meter refused = new Meter();

  @Test
  void admitsOneSecondsWorthOfAttemptsThenRefusesUntilTheClockRefillsIt() throws Exception {
    LoginGate gate = new LoginGate(4, Duration.ZERO, 3, clock, refused);
    AtomicInteger ran = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      assertThat(gate.admit(ran::incrementAndGet)).isEqualTo(i + 1);
    }
    assertThatThrownBy(() -> gate.admit(ran::incrementAndGet))
        .isInstanceOfSatisfying(
            LoginRefusedException.class,
            busy -> {
              assertThat(busy.throttled()).isTrue();
              assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1));
            })
        .hasMessage("the server is checking too many logins at once; try again in 1 s");
    assertThat(ran).hasValue(3);
    assertThat(refused.getCount()).isEqualTo(1);

    // A third of a second refills one attempt; a long pause refills one second's worth, no more.
    clock.advance(Duration.ofMillis(334));
    gate.admit(ran::incrementAndGet);
    assertThatThrownBy(() -> gate.admit(ran::incrementAndGet))
        .isInstanceOf(LoginRefusedException.class);
    clock.advance(Duration.ofHours(1));
    for (int i = 0; i < 3; i++) {
      gate.admit(ran::incrementAndGet);
    }
    assertThatThrownBy(() -> gate.admit(ran::incrementAndGet))
        .isInstanceOf(LoginRefusedException.class);
    assertThat(ran).hasValue(7);
    assertThat(refused.getCount()).isEqualTo(3);

    // A clock set back takes nothing away and refills nothing.
    clock.advance(Duration.ofSeconds(-30));
    assertThatThrownBy(() -> gate.admit(ran::incrementAndGet))
        .isInstanceOf(LoginRefusedException.class);
  }

  @Test
  void refusesACheckWhileAllAreTakenAndAdmitsItOnceOneIsGivenBack() throws Exception {
    LoginGate gate = new LoginGate(2, Duration.ofMillis(1), 1000, clock, refused);
    gate.enter();
    gate.enter();
    assertThat(gate.checksRunning()).isEqualTo(2);
    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(() -> gate.admit(ran::incrementAndGet))
        .isInstanceOf(LoginRefusedException.class)
        .hasMessageContaining("too many logins at once");
    assertThat(ran).hasValue(0);
    assertThat(refused.getCount()).isEqualTo(1);

    gate.leave();
    assertThat(gate.admit(ran::incrementAndGet)).isEqualTo(1);
    assertThat(gate.checksRunning()).as("the admitted check gave its turn back").isEqualTo(1);

    // A check that throws gives its turn back too.
    assertThatThrownBy(
            () ->
                gate.admit(
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(gate.checksRunning()).isEqualTo(1);
    gate.leave();
    assertThat(gate.checksRunning()).isZero();
  }

  @Test
  void aRateBelowOneASecondStillAdmitsOneAttempt() throws Exception {
    LoginGate gate = new LoginGate(1, Duration.ZERO, 0.5, clock, refused);
    gate.admit(() -> 1);
    assertThatThrownBy(() -> gate.admit(() -> 1)).isInstanceOf(LoginRefusedException.class);
    clock.advance(Duration.ofSeconds(2));
    assertThat(gate.admit(() -> 2)).isEqualTo(2);
  }
}
