package org.sightline.server.sealing;

import com.codahale.metrics.health.HealthCheck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Healthy when the sealing keyset seals and unseals (a constant test value, with the primary key),
 * with which keys: the admin port's {@code sealing} check.
 */
public final class SealingHealthCheck extends HealthCheck {
  private static final byte[] PROBE = "sightline sealing probe".getBytes(StandardCharsets.UTF_8);
  private static final String PROBE_RECORD = "health:sealing";

  private final SealingKeys keys;
  private final Sealer sealer;

  public SealingHealthCheck(SealingKeys keys, Sealer sealer) {
    this.keys = keys;
    this.sealer = sealer;
  }

  @Override
  protected Result check() {
    SealedValue sealed = sealer.seal(PROBE, PROBE_RECORD);
    if (!Arrays.equals(sealer.unseal(sealed, PROBE_RECORD), PROBE)) {
      return Result.unhealthy("sealing does not round-trip with " + keys);
    }
    return Result.healthy("seals with " + keys);
  }
}
