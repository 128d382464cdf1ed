package org.sightline.server.testing;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;
import org.sightline.server.SightlineApplication;
import org.sightline.server.SightlineConfiguration;

/** The whole application on random ports, on a fresh test database, with the sample data loaded. */
public final class SightlineAppFactory {
  private SightlineAppFactory() {}

  public static DropwizardAppExtension<SightlineConfiguration> onFreshDatabase(ConfigOverride... extra) {
    return on(TestPostgis.freshDatabase(), extra);
  }

  /** The application on {@code database} (which a test may prepare before the application starts). */
  public static DropwizardAppExtension<SightlineConfiguration> on(TestDatabase database, ConfigOverride... extra) {
    List<ConfigOverride> overrides = new ArrayList<>(List.of(
        ConfigOverride.config("database.url", database.jdbcUrl()),
        ConfigOverride.config("database.user", database.user()),
        ConfigOverride.config("database.password", database.password())));
    overrides.addAll(List.of(extra));
    return new DropwizardAppExtension<>(SightlineApplication.class,
        ResourceHelpers.resourceFilePath("test-config.yml"), overrides.toArray(ConfigOverride[]::new));
  }
}
