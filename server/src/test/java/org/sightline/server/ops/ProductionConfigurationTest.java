package org.sightline.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import io.dropwizard.request.logging.old.LogbackClassicRequestLogFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.ConfigurationVariables;
import org.sightline.server.SightlineConfiguration;

/**
 * server/config-production.example.yml read as the server reads it ({@link ConfigurationVariables}
 * over the file, then Dropwizard's factory and validation), and the deployment files beside it:
 * docs/deploy/nginx.conf and docs/deploy/sightline.service.
 */
class ProductionConfigurationTest {
  static final String EXAMPLE = "config-production.example.yml";

  /** The variables the example needs, as /etc/sightline/env would give them. */
  static Map<String, String> environment() {
    return Map.of(
        "SIGHTLINE_DB_URL", "jdbc:postgresql://db.internal:5432/sightline?sslmode=verify-full",
        "SIGHTLINE_DB_USER", "sightline_server",
        "SIGHTLINE_DB_PASSWORD", "server-secret",
        "SIGHTLINE_DB_OWNER", "sightline_owner",
        "SIGHTLINE_DB_OWNER_PASSWORD", "owner-secret");
  }

  @TempDir Path tempDir;

  /** One factory for every load (building its validator is the slow part). */
  private static final YamlConfigurationFactory<SightlineConfiguration> FACTORY =
      new YamlConfigurationFactory<>(
          SightlineConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

  static SightlineConfiguration load(String path, Map<String, String> environment)
      throws Exception {
    return FACTORY.build(
        new SubstitutingSourceProvider(
            new FileConfigurationSourceProvider(), new ConfigurationVariables(environment)),
        path);
  }

  @Test
  void theExampleTakesAnExternalDatabaseAndItsSecretsFromTheEnvironment() throws Exception {
    SightlineConfiguration config = load(EXAMPLE, environment());

    assertThat(config.usesEmbeddedDatabase()).as("the embedded cluster is off").isFalse();
    assertThat(config.getDatabase().getUrl())
        .isEqualTo("jdbc:postgresql://db.internal:5432/sightline?sslmode=verify-full");
    assertThat(config.getDatabase().getUser()).isEqualTo("sightline_server");
    assertThat(config.getDatabase().getPassword()).isEqualTo("server-secret");
    assertThat(config.getSchemaOwner().user()).isEqualTo("sightline_owner");
    assertThat(config.isLoadSampleData()).isFalse();
    assertThat(config.getAuth().createFirstAdmin())
        .as("no first-admin password printed into the journal")
        .isFalse();
    assertThat(config.getSealing().resolvedKeysetFile())
        .isEqualTo(Path.of("/etc/sightline/sealing-keyset.json"));
    assertThat(config.getEvidence().resolvedDirectory())
        .isEqualTo(Path.of("/var/lib/sightline/evidence"));
    assertThat(config.getAuth().maxLoginsPerSecond()).isEqualTo(20);
    assertThat(config.getAuth().maxConcurrentPasswordChecks())
        .isEqualTo(Runtime.getRuntime().availableProcessors());

    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    HttpConnectorFactory application = http(server.getApplicationConnectors());
    assertThat(application.getBindHost()).isEqualTo("127.0.0.1");
    assertThat(application.isUseForwardedHeaders())
        .as("the client's address from the proxy")
        .isTrue();
    assertThat(http(server.getAdminConnectors()).getBindHost()).isEqualTo("127.0.0.1");

    // Logs and request logs as JSON lines.
    DefaultLoggingFactory logging = (DefaultLoggingFactory) config.getLoggingFactory();
    assertThat(logging.getAppenders())
        .singleElement()
        .isInstanceOfSatisfying(
            ConsoleAppenderFactory.class,
            console ->
                assertThat(console.getLayout()).isInstanceOf(EventJsonLayoutBaseFactory.class));
    assertThat(server.getRequestLogFactory()).isInstanceOf(LogbackClassicRequestLogFactory.class);
    assertThat(((LogbackClassicRequestLogFactory) server.getRequestLogFactory()).getAppenders())
        .singleElement()
        .isInstanceOfSatisfying(
            ConsoleAppenderFactory.class,
            console ->
                assertThat(console.getLayout()).isInstanceOf(EventJsonLayoutBaseFactory.class));
  }

  @Test
  void bothShippedConfigurationsKeepTheAdminPortOnLoopback() throws Exception {
    for (String path : List.of("config.yml", EXAMPLE)) {
      DefaultServerFactory server =
          (DefaultServerFactory) load(path, environment()).getServerFactory();
      assertThat(server.getAdminConnectors())
          .as(path)
          .allSatisfy(
              connector ->
                  assertThat(((HttpConnectorFactory) connector).getBindHost())
                      .isEqualTo("127.0.0.1"));
    }
  }

  @Test
  void aMissingVariableRefusesTheConfigurationNamingIt() {
    Map<String, String> environment = new HashMap<>(environment());
    environment.remove("SIGHTLINE_DB_PASSWORD");

    assertThatThrownBy(() -> load(EXAMPLE, environment))
        .isInstanceOf(UndefinedEnvironmentVariableException.class)
        .hasMessage(
            "the configuration uses the environment variable SIGHTLINE_DB_PASSWORD, which is not"
                + " set: set it, or give a default as ${SIGHTLINE_DB_PASSWORD:-default}");
  }

  @Test
  void variablesAreSubstitutedWithTheirDefaultsWhenUnset() throws Exception {
    Path config = tempDir.resolve("variables.yml");
    Files.writeString(
        config,
        """
        map:
          tileUrl: ${TILES}
          tileAttribution: ${ATTRIBUTION:-© nobody}
        evidence:
          directory: ${EVIDENCE_DIR:-/srv/evidence}
        """);
    SightlineConfiguration loaded =
        load(
            config.toString(),
            Map.of("TILES", "https://tiles.example.org/{z}/{x}/{y}.png", "EVIDENCE_DIR", "/data"));
    assertThat(loaded.getMap().getTileUrl()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
    assertThat(loaded.getMap().getTileAttribution()).isEqualTo("© nobody");
    assertThat(loaded.getEvidence().resolvedDirectory()).isEqualTo(Path.of("/data"));
  }

  @Test
  void nginxAcceptsTheServersLargestUploadAndProxiesOnlyTheApplicationPort() throws Exception {
    String nginx = Files.readString(Path.of("../docs/deploy/nginx.conf"));
    SightlineConfiguration config = load(EXAMPLE, environment());
    Matcher limit = Pattern.compile("client_max_body_size\\s+(\\d+)m;").matcher(nginx);
    assertThat(limit.find()).as("client_max_body_size in MiB").isTrue();
    assertThat(Long.parseLong(limit.group(1)) * 1024 * 1024)
        .isEqualTo(config.getEvidence().maxUploadBytes());
    int adminPort =
        http(((DefaultServerFactory) config.getServerFactory()).getAdminConnectors()).getPort();
    assertThat(nginx)
        .contains("proxy_pass http://127.0.0.1:8080")
        .doesNotContain(":" + adminPort)
        .contains("Strict-Transport-Security")
        .contains("proxy_set_header X-Forwarded-For $remote_addr;")
        .contains("proxy_set_header X-Forwarded-Proto $scheme;");
  }

  private static HttpConnectorFactory http(List<ConnectorFactory> connectors) {
    assertThat(connectors).hasSize(1);
    return (HttpConnectorFactory) connectors.get(0);
  }
}
