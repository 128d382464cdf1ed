package org.sightline.server;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sightline.server.auth.AuthConfiguration;
import org.sightline.server.db.SchemaOwnerConfiguration;
import org.sightline.server.db.embedded.EmbeddedPostgisConfiguration;
import org.sightline.server.evidence.EvidenceConfiguration;
import org.sightline.server.http.HttpConfiguration;
import org.sightline.server.resources.map.MapConfiguration;
import org.sightline.server.sealing.SealingConfiguration;
import org.sightline.server.structure.StructureMatchingConfiguration;

/**
 * Sightline's YAML configuration ({@code server/config.yml}); {@code ${VAR:-default}} is replaced
 * from the environment. See the README for every setting.
 */
public class SightlineConfiguration extends Configuration {
  /** The database url that selects the embedded cluster. */
  public static final String EMBEDDED_URL = "embedded";

  /**
   * The PostgreSQL + PostGIS database. The {@code url} {@value #EMBEDDED_URL} means: start and use
   * the embedded cluster ({@link #getEmbeddedPostgis()}); then {@code user} and {@code password}
   * are ignored.
   */
  @Valid
  @NotNull
  @JsonProperty("database")
  private DataSourceFactory database = defaultDatabase();

  @Valid
  @NotNull
  @JsonProperty("embeddedPostgis")
  private EmbeddedPostgisConfiguration embeddedPostgis = new EmbeddedPostgisConfiguration();

  /** Load the bundled sample facilities at start (never overwrites existing records). */
  @JsonProperty("loadSampleData")
  private boolean loadSampleData = true;

  @Valid
  @NotNull
  @JsonProperty("map")
  private MapConfiguration map = new MapConfiguration();

  /**
   * For an external database: the role that owns the schema and runs the migrations, when it is not
   * the {@code database} user. The server itself should connect as a member of the group role
   * {@code sightline_app}, which cannot delete anything or alter the audit trail. Ignored with the
   * embedded cluster, which sets both up itself.
   */
  @Valid
  @JsonProperty("schemaOwner")
  private SchemaOwnerConfiguration schemaOwner;

  @Valid
  @NotNull
  @JsonProperty("auth")
  private AuthConfiguration auth = new AuthConfiguration();

  @Valid
  @NotNull
  @JsonProperty("evidence")
  private EvidenceConfiguration evidence = new EvidenceConfiguration();

  @Valid
  @NotNull
  @JsonProperty("http")
  private HttpConfiguration http = new HttpConfiguration();

  @Valid
  @NotNull
  @JsonProperty("structureMatching")
  private StructureMatchingConfiguration structureMatching = new StructureMatchingConfiguration();

  /**
   * Where the keyset that seals witness identities is: a file, or an environment variable holding
   * its JSON. There is no built-in key: without a keyset the server does not start ({@code
   * scripts/run} creates one for a development instance).
   */
  @Valid
  @NotNull
  @JsonProperty("sealing")
  private SealingConfiguration sealing = new SealingConfiguration();

  private static DataSourceFactory defaultDatabase() {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(EMBEDDED_URL);
    return factory;
  }

  public DataSourceFactory getDatabase() {
    return database;
  }

  public boolean usesEmbeddedDatabase() {
    return EMBEDDED_URL.equals(database.getUrl());
  }

  public EmbeddedPostgisConfiguration getEmbeddedPostgis() {
    return embeddedPostgis;
  }

  public boolean isLoadSampleData() {
    return loadSampleData;
  }

  public MapConfiguration getMap() {
    return map;
  }

  /** The schema owner's credentials, or null to migrate as the {@code database} user. */
  public SchemaOwnerConfiguration getSchemaOwner() {
    return schemaOwner;
  }

  public AuthConfiguration getAuth() {
    return auth;
  }

  public EvidenceConfiguration getEvidence() {
    return evidence;
  }

  public StructureMatchingConfiguration getStructureMatching() {
    return structureMatching;
  }

  public HttpConfiguration getHttp() {
    return http;
  }

  public SealingConfiguration getSealing() {
    return sealing;
  }
}
