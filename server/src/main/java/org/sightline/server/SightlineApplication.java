package org.sightline.server;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.sightline.server.db.DatabaseMigrator;
import org.sightline.server.db.embedded.ManagedPostgis;
import org.sightline.server.db.embedded.PostgisCluster;
import org.sightline.server.db.geometry.JtsGeometryPlugin;
import org.sightline.server.health.PostgisHealthCheck;
import org.sightline.server.http.SecurityHeadersFilter;
import org.sightline.server.resources.features.FacilityFeatures;
import org.sightline.server.resources.features.FacilityItemsResource;
import org.sightline.server.resources.features.FeatureCollections;
import org.sightline.server.resources.features.OgcApiResource;
import org.sightline.server.resources.map.MapConfigResource;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;

/**
 * The Sightline server. Thin: it wires the parts by hand, in data-flow order (database, schema,
 * data access, sample data, resources). See docs/ARCHITECTURE.md.
 */
public class SightlineApplication extends Application<SightlineConfiguration> {
  /** Name of the embedded cluster's application database. */
  public static final String EMBEDDED_DATABASE = "sightline";

  public static void main(String[] args) throws Exception {
    new SightlineApplication().run(args);
  }

  @Override
  public String getName() {
    return "sightline";
  }

  @Override
  public void initialize(Bootstrap<SightlineConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
        bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    // The web map and the WebJars (Leaflet) both live under META-INF/resources on the classpath.
    bootstrap.addBundle(new AssetsBundle("/META-INF/resources/", "/", "index.html", "web"));
  }

  @Override
  public void run(SightlineConfiguration config, Environment environment) {
    environment.getApplicationContext().getMimeTypes().addMimeMapping("geojson", "application/geo+json");
    environment.servlets()
        .addFilter("security-headers", new SecurityHeadersFilter(config.getMap().getTileUrl()))
        .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
    DataSourceFactory database = config.getDatabase();
    if (config.usesEmbeddedDatabase()) {
      ManagedPostgis embedded = ManagedPostgis.startNow(config.getEmbeddedPostgis());
      environment.lifecycle().manage(embedded);
      PostgisCluster cluster = embedded.cluster();
      cluster.createDatabase(EMBEDDED_DATABASE, null);
      database.setUrl(cluster.jdbcUrl(EMBEDDED_DATABASE));
      database.setUser(PostgisCluster.SUPERUSER);
      database.setPassword(cluster.password());
    }
    DatabaseMigrator.migrate(database.getUrl(), database.getUser(), database.getPassword());

    Jdbi jdbi = new JdbiFactory().build(environment, database, "postgresql");
    jdbi.installPlugin(new PostgresPlugin());
    jdbi.installPlugin(new JtsGeometryPlugin());
    environment.healthChecks().register("postgis", new PostgisHealthCheck(jdbi));

    if (config.isLoadSampleData()) {
      new SampleDataLoader(jdbi).load(SampleFacilities.load(environment.getObjectMapper()));
    }

    FacilityFeatures facilities = new FacilityFeatures(jdbi);
    environment.jersey().register(new OgcApiResource(new FeatureCollections(facilities)));
    environment.jersey().register(new FacilityItemsResource(facilities, Clock.systemUTC()));
    environment.jersey().register(new MapConfigResource(config.getMap()));
    environment.jersey().register(openApi());
  }

  private static OpenApiResource openApi() {
    OpenAPI description = new OpenAPI().info(new Info()
        .title("Sightline API")
        .version("0.1.0")
        .description("OGC API - Features for North Korean detention facilities, and the web map's settings.")
        .license(new License().name("Apache-2.0")));
    SwaggerConfiguration swagger = new SwaggerConfiguration()
        .openAPI(description)
        .prettyPrint(true)
        .readAllResources(false)
        .resourcePackages(Set.of("org.sightline.server.resources"));
    OpenApiResource resource = new OpenApiResource();
    resource.setOpenApiConfiguration(swagger);
    return resource;
  }
}
