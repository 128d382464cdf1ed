package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * server/config.yml as shipped, with environment substitution, and the validation of its settings.
 */
class SightlineConfigurationTest {
  @TempDir Path tempDir;

  private static SightlineConfiguration load(String path, Map<String, String> environment)
      throws Exception {
    YamlConfigurationFactory<SightlineConfiguration> factory =
        new YamlConfigurationFactory<>(
            SightlineConfiguration.class,
            Validators.newValidator(),
            Jackson.newObjectMapper(),
            "dw");
    StringSubstitutor substitutor = new StringSubstitutor(environment);
    substitutor.setEnableSubstitutionInVariables(true);
    return factory.build(
        new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor), path);
  }

  @Test
  void shippedConfigurationDefaultsToTheEmbeddedDatabaseAndNoTiles() throws Exception {
    SightlineConfiguration config = load("config.yml", Map.of());
    assertThat(config.usesEmbeddedDatabase()).isTrue();
    assertThat(config.getEmbeddedPostgis().getPort()).isEqualTo(54329);
    assertThat(config.getMap().getTileUrl()).isNullOrEmpty();
    assertThat(config.isLoadSampleData()).isTrue();
  }

  @Test
  void environmentSelectsAnExternalDatabase() throws Exception {
    SightlineConfiguration config =
        load(
            "config.yml",
            Map.of(
                "SIGHTLINE_DB_URL",
                "jdbc:postgresql://db.example.org:5432/sightline",
                "SIGHTLINE_DB_PASSWORD",
                "secret",
                "SIGHTLINE_LOAD_SAMPLE_DATA",
                "false"));
    assertThat(config.usesEmbeddedDatabase()).isFalse();
    assertThat(config.getDatabase().getUrl())
        .isEqualTo("jdbc:postgresql://db.example.org:5432/sightline");
    assertThat(config.getDatabase().getPassword()).isEqualTo("secret");
    assertThat(config.isLoadSampleData()).isFalse();
  }

  @Test
  void theSealingKeysetIsTheDefaultFileUnlessTheEnvironmentNamesOne() throws Exception {
    SightlineConfiguration shipped = load("config.yml", Map.of());
    assertThat(shipped.getSealing().keysetFileConfigured()).isFalse();
    assertThat(shipped.getSealing().resolvedKeysetFile().getFileName())
        .hasToString("sealing-keyset.json");
    assertThat(shipped.getSealing().keysetVariable()).isEqualTo("SIGHTLINE_SEALING_KEYSET");

    SightlineConfiguration named =
        load("config.yml", Map.of("SIGHTLINE_SEALING_KEYSET_FILE", "/etc/sightline/keys.json"));
    assertThat(named.getSealing().keysetFileConfigured()).isTrue();
    assertThat(named.getSealing().resolvedKeysetFile())
        .isEqualTo(Path.of("/etc/sightline/keys.json"));

    Path bad = tempDir.resolve("bad-sealing.yml");
    Files.writeString(bad, "sealing:\n  keysetVariable: \"NOT-A-NAME\"\n");
    assertThatThrownBy(() -> load(bad.toString(), Map.of()))
        .isInstanceOf(ConfigurationValidationException.class)
        .hasMessageContaining("sealing.keysetVariable must be an environment variable name");
  }

  @Test
  void tileUrlWithoutPlaceholdersIsRejectedWithItsPath() throws Exception {
    Path bad = tempDir.resolve("bad.yml");
    Files.writeString(
        bad, "map:\n  tileUrl: \"javascript:alert(1)\"\nembeddedPostgis:\n  port: 80\n");
    assertThatThrownBy(() -> load(bad.toString(), Map.of()))
        .isInstanceOf(ConfigurationValidationException.class)
        .hasMessageContaining(
            "map.tileUrl must be empty or an http(s) URL template containing {z}, {x} and {y}")
        .hasMessageContaining("embeddedPostgis.port must be greater than or equal to 1024");
  }
}
