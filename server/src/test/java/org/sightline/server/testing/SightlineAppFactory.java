package org.sightline.server.testing;

import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.server.SightlineApplication;
import org.sightline.server.SightlineConfiguration;

/** The whole application on random ports, on a fresh test database, with the sample data loaded. */
public final class SightlineAppFactory {
  private SightlineAppFactory() {}

  public static DropwizardAppExtension<SightlineConfiguration> onFreshDatabase(
      ConfigOverride... extra) {
    return on(TestPostgis.freshDatabase(), extra);
  }

  /**
   * The database (as the restricted server role, migrated by the owner), a fresh evidence
   * directory, and a generated sealing keyset.
   */
  private static ConfigOverride[] overrides(TestDatabase database, ConfigOverride... extra) {
    List<ConfigOverride> overrides =
        new ArrayList<>(
            List.of(
                ConfigOverride.config("database.url", database.jdbcUrl()),
                ConfigOverride.config("database.user", database.appUser()),
                ConfigOverride.config("database.password", database.appPassword()),
                ConfigOverride.config("schemaOwner.user", database.user()),
                ConfigOverride.config("schemaOwner.password", database.password()),
                ConfigOverride.config("evidence.directory", evidenceDirectory(database)),
                ConfigOverride.config("sealing.keysetFile", TestKeysets.shared().toString())));
    overrides.addAll(List.of(extra));
    return overrides.toArray(ConfigOverride[]::new);
  }

  /** A fresh evidence directory for the application on {@code database}. */
  public static String evidenceDirectory(TestDatabase database) {
    try {
      return Files.createTempDirectory("sightline-evidence-" + database.name() + "-").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The application on {@code database} (which a test may prepare before the application starts).
   */
  public static DropwizardAppExtension<SightlineConfiguration> on(
      TestDatabase database, ConfigOverride... extra) {
    ConfigOverride[] overrides = overrides(database, extra);
    return new DropwizardAppExtension<>(
        SightlineApplication.class, ResourceHelpers.resourceFilePath("test-config.yml"), overrides);
  }

  /** The application on {@code database}, reading time from {@code clock}. */
  public static DropwizardAppExtension<SightlineConfiguration> on(
      TestDatabase database, Clock clock, ConfigOverride... extra) {
    return on(
        database,
        clock,
        System.getenv(),
        ResourceHelpers.resourceFilePath("test-config.yml"),
        extra);
  }

  /**
   * The application on {@code database} with the configuration file {@code configPath}, whose
   * {@code ${NAME}} come from {@code variables} (in place of the environment), reading time from
   * {@code clock}.
   */
  public static DropwizardAppExtension<SightlineConfiguration> on(
      TestDatabase database,
      Clock clock,
      Map<String, String> variables,
      String configPath,
      ConfigOverride... extra) {
    ConfigOverride[] overrides = overrides(database, extra);
    DropwizardTestSupport<SightlineConfiguration> support =
        new DropwizardTestSupport<>(SightlineApplication.class, configPath, overrides) {
          @Override
          public Application<SightlineConfiguration> newApplication() {
            return new SightlineApplication(clock, variables);
          }
        };
    return new DropwizardAppExtension<>(support);
  }
}
