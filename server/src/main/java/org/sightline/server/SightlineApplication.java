package org.sightline.server;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.util.JarLocation;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jdbi.v3.core.Jdbi;
import org.sightline.geodata.corroboration.Corroborator;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.structure.StructureTracker;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.auth.ApiTokens;
import org.sightline.server.auth.FirstAdminNotice;
import org.sightline.server.auth.LoginGate;
import org.sightline.server.auth.LoginService;
import org.sightline.server.auth.LoginThrottle;
import org.sightline.server.auth.PasswordHasher;
import org.sightline.server.auth.TokenAuthenticator;
import org.sightline.server.auth.TokenIssuer;
import org.sightline.server.auth.UserAccounts;
import org.sightline.server.catalogue.FacilityCoverage;
import org.sightline.server.catalogue.SceneCatalogue;
import org.sightline.server.catalogue.SceneStore;
import org.sightline.server.cli.AuditCommand;
import org.sightline.server.cli.BackupCommand;
import org.sightline.server.cli.CommandLineErrors;
import org.sightline.server.cli.IngestCommand;
import org.sightline.server.cli.KeysCommand;
import org.sightline.server.cli.ServerStartCommand;
import org.sightline.server.cli.TokenCommand;
import org.sightline.server.cli.UserCommand;
import org.sightline.server.corroboration.CorroborationRecomputation;
import org.sightline.server.db.DatabaseSetup;
import org.sightline.server.db.SightlineJdbi;
import org.sightline.server.db.embedded.ManagedPostgis;
import org.sightline.server.errors.DatabaseUnavailableExceptionMapper;
import org.sightline.server.errors.DomainExceptionMapper;
import org.sightline.server.errors.InvalidDataExceptionMapper;
import org.sightline.server.errors.JsonEncodingExceptionMapper;
import org.sightline.server.errors.JsonInputExceptionMapper;
import org.sightline.server.evidence.EvidenceCustody;
import org.sightline.server.evidence.EvidenceStore;
import org.sightline.server.health.AppendOnlyHealthCheck;
import org.sightline.server.health.PostgisHealthCheck;
import org.sightline.server.http.AccessPolicyFeature;
import org.sightline.server.http.BearerTokenFilter;
import org.sightline.server.http.CorsFilter;
import org.sightline.server.http.GeoJsonGeometryModelConverter;
import org.sightline.server.http.JsonErrorHandler;
import org.sightline.server.http.OpenApiOperations;
import org.sightline.server.http.PublicOpenApiResource;
import org.sightline.server.http.QueryParameterFeature;
import org.sightline.server.http.RequestSizeLimitFilter;
import org.sightline.server.http.SecurityHeaders;
import org.sightline.server.http.SecurityHeadersFilter;
import org.sightline.server.http.StaticErrorsFilter;
import org.sightline.server.http.UnreadBodyFilter;
import org.sightline.server.imports.FacilityImporter;
import org.sightline.server.map.MapLayers;
import org.sightline.server.metrics.PrometheusMetrics;
import org.sightline.server.publication.PublicExports;
import org.sightline.server.publication.PublicFeatures;
import org.sightline.server.publication.Publications;
import org.sightline.server.publication.RedactionPolicies;
import org.sightline.server.registry.DatedAreaKind;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.DuplicateReview;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.resources.audit.AuditResource;
import org.sightline.server.resources.auth.AuthResource;
import org.sightline.server.resources.auth.TokenResource;
import org.sightline.server.resources.evidence.EvidenceResource;
import org.sightline.server.resources.exports.ExportResource;
import org.sightline.server.resources.facilities.BoundaryResource;
import org.sightline.server.resources.facilities.DuplicateDecisionResource;
import org.sightline.server.resources.facilities.FacilityPublicationResource;
import org.sightline.server.resources.facilities.FacilityResource;
import org.sightline.server.resources.facilities.ZoneResource;
import org.sightline.server.resources.features.BoundaryItemsResource;
import org.sightline.server.resources.features.ChangeEventItemsResource;
import org.sightline.server.resources.features.FacilityFeatures;
import org.sightline.server.resources.features.FacilityItemsResource;
import org.sightline.server.resources.features.FeatureCollections;
import org.sightline.server.resources.features.OgcApiResource;
import org.sightline.server.resources.features.StructureItemsResource;
import org.sightline.server.resources.features.ZoneItemsResource;
import org.sightline.server.resources.imagery.CoverageResource;
import org.sightline.server.resources.imagery.ImageryIngestResource;
import org.sightline.server.resources.imagery.RevisitsResource;
import org.sightline.server.resources.imports.ImportResource;
import org.sightline.server.resources.map.MapConfigResource;
import org.sightline.server.resources.map.MapLayersResource;
import org.sightline.server.resources.map.VocabularyResource;
import org.sightline.server.resources.publication.PublicExportResource;
import org.sightline.server.resources.publication.PublicFeatureResource;
import org.sightline.server.resources.publication.RedactionPolicyResource;
import org.sightline.server.resources.publication.ReviewResource;
import org.sightline.server.resources.stac.StacApiResource;
import org.sightline.server.resources.structures.BoundaryProposalResource;
import org.sightline.server.resources.structures.FacilityChangeEventsResource;
import org.sightline.server.resources.structures.FacilityObservationsResource;
import org.sightline.server.resources.structures.FacilityStructuresResource;
import org.sightline.server.resources.structures.ObservationResource;
import org.sightline.server.resources.structures.OverrideResource;
import org.sightline.server.resources.structures.StructureSeriesResource;
import org.sightline.server.resources.testimony.TestimonyModule;
import org.sightline.server.resources.users.UserResource;
import org.sightline.server.sample.IllustrativeObservations;
import org.sightline.server.sample.RegistryAdditions;
import org.sightline.server.sample.SampleDataLoader;
import org.sightline.server.sample.SampleFacilities;
import org.sightline.server.sample.SyntheticTestimony;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingHealthCheck;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.structure.BoundaryProposals;
import org.sightline.server.structure.ObservationLayerImport;
import org.sightline.server.structure.Observations;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.structure.StructureOverrides;
import org.sightline.server.structure.StructureRecomputation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sightline server. Thin: it wires the parts by hand, in data-flow order (database, schema,
 * data access, sample data, access control, resources). See docs/ARCHITECTURE.md.
 */
public class SightlineApplication extends Application<SightlineConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(SightlineApplication.class);

  /** The name of the servlet that serves the web map's files. */
  private static final String WEB_MAP_SERVLET = "web";

  private final Clock clock;
  private final Map<String, String> environmentVariables;

  public SightlineApplication() {
    this(Clock.systemUTC());
  }

  /**
   * @param clock the time source for tokens, throttling and evidence intake (tests move it)
   */
  public SightlineApplication(Clock clock) {
    this(clock, System.getenv());
  }

  /**
   * @param clock the time source for tokens, throttling and evidence intake (tests move it)
   * @param environmentVariables what {@code ${NAME}} in the configuration and the sealing keyset's
   *     variable read ({@link ConfigurationVariables}; tests give their own)
   */
  public SightlineApplication(Clock clock, Map<String, String> environmentVariables) {
    this.clock = clock;
    this.environmentVariables = Map.copyOf(environmentVariables);
  }

  public static void main(String[] args) throws Exception {
    new SightlineApplication().run(args);
  }

  /**
   * As Dropwizard's, with a usage error on the command line said in one line, without the whole
   * usage text after it ({@link CommandLineErrors}).
   */
  @Override
  public void run(String... arguments) throws Exception {
    Bootstrap<SightlineConfiguration> bootstrap = new Bootstrap<>(this);
    addDefaultCommands(bootstrap);
    initialize(bootstrap);
    bootstrap.registerMetrics();
    CommandLineErrors errors = new CommandLineErrors(System.err);
    Optional<Throwable> failure =
        new Cli(new JarLocation(getClass()), bootstrap, System.out, errors.stream()).run(arguments);
    errors.finish(failure);
    failure.ifPresent(this::onFatalError);
  }

  @Override
  public String getName() {
    return "sightline";
  }

  @Override
  public void initialize(Bootstrap<SightlineConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(),
            new ConfigurationVariables(environmentVariables)));
    // The web map and the WebJars (Leaflet) both live under META-INF/resources on the classpath.
    bootstrap.addBundle(
        new AssetsBundle("/META-INF/resources/", "/", "index.html", WEB_MAP_SERVLET));
    bootstrap.addCommand(new UserCommand());
    bootstrap.addCommand(new TokenCommand());
    bootstrap.addCommand(new AuditCommand());
    bootstrap.addCommand(new IngestCommand());
    bootstrap.addCommand(new KeysCommand());
    bootstrap.addCommand(new BackupCommand());
  }

  /**
   * Dropwizard's {@code server} (with a refused start said in one line: {@link ServerStartCommand})
   * and {@code check}.
   */
  @Override
  protected void addDefaultCommands(Bootstrap<SightlineConfiguration> bootstrap) {
    bootstrap.addCommand(new ServerStartCommand(this));
    bootstrap.addCommand(new CheckCommand<>(this));
  }

  @Override
  public void run(SightlineConfiguration config, Environment environment) {
    // First, before anything is started: without its keyset the server refuses to start.
    SealingKeys sealingKeys = SealingKeys.load(config.getSealing(), environmentVariables);
    LOG.info("Sealing keys: {}", sealingKeys);
    environment
        .healthChecks()
        .register("sealing", new SealingHealthCheck(sealingKeys, new Sealer(sealingKeys)));
    environment
        .getApplicationContext()
        .getMimeTypes()
        .addMimeMapping("geojson", "application/geo+json");
    SecurityHeaders securityHeaders =
        new SecurityHeaders(config.getMap().getTileUrl(), config.getMap().getThumbnailHosts());
    installJsonErrors(environment, securityHeaders);
    environment
        .servlets()
        .addFilter("security-headers", new SecurityHeadersFilter(securityHeaders))
        .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
    environment
        .servlets()
        .addFilter("cors", new CorsFilter(config.getHttp().allowedOrigins()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    // Refuse misspelt fields instead of ignoring them; write times as RFC 3339 text, not numbers.
    JsonMapping.configure(environment.getObjectMapper());

    ManagedPostgis embedded = DatabaseSetup.prepare(config);
    if (embedded != null) {
      environment.lifecycle().manage(embedded);
    }
    Jdbi jdbi = new JdbiFactory().build(environment, config.getDatabase(), "postgresql");
    SightlineJdbi.installPlugins(jdbi);
    environment.healthChecks().register("postgis", new PostgisHealthCheck(jdbi));
    environment.healthChecks().register("append-only", new AppendOnlyHealthCheck(jdbi));
    PrometheusMetrics.install(environment);

    if (config.isLoadSampleData()) {
      SampleDataLoader loader = new SampleDataLoader(jdbi);
      loader.load(SampleFacilities.load(environment.getObjectMapper()));
      loader.apply(RegistryAdditions.load(environment.getObjectMapper()));
      loader.publishPublicSources();
      loader.loadScenes(new SceneStore(jdbi, clock));
    }

    AttributedTransactions transactions = new AttributedTransactions(jdbi);
    PasswordHasher hasher = new PasswordHasher();
    TokenIssuer issuer = new TokenIssuer(clock, config.getAuth());
    UserAccounts accounts = new UserAccounts(transactions, hasher, clock);
    LoginService logins =
        new LoginService(
            transactions,
            hasher,
            new LoginThrottle(config.getAuth()),
            LoginGate.of(config.getAuth(), clock, environment.metrics()),
            issuer,
            clock);
    EvidenceStore evidenceStore =
        new EvidenceStore(
            config.getEvidence().resolvedDirectory(), config.getEvidence().maxUploadBytes());
    evidenceStore.prepare();
    PrometheusMetrics.watchDiskSpace(
        environment.metrics(), "evidence", config.getEvidence().resolvedDirectory());

    // Access control: authentication on every request, then each method's declared rule.
    environment.jersey().register(new BearerTokenFilter(new TokenAuthenticator(jdbi, clock)));
    environment.jersey().register(new AccessPolicyFeature());
    environment.jersey().register(new QueryParameterFeature());
    environment.jersey().register(new UnreadBodyFilter());
    environment
        .jersey()
        .register(
            new RequestSizeLimitFilter(
                config.getHttp().maxRequestBytes(),
                Set.of(
                    "evidence",
                    "imports",
                    "imagery/ingest",
                    "facilities/*/observations/import",
                    "claims/import")));

    FacilityFeatures facilities = new FacilityFeatures(jdbi);
    FacilityRegistry registry = new FacilityRegistry(transactions);
    DuplicateReview duplicateReview = new DuplicateReview(transactions);
    // Corroboration follows every write that moves evidence: claims, boundaries, change events.
    CorroborationRecomputation corroboration =
        new CorroborationRecomputation(Corroborator.withDefaults());
    DatedAreas boundaries =
        new DatedAreas(DatedAreaKind.BOUNDARY, transactions, registry, corroboration::afterAreas);
    DatedAreas zones =
        new DatedAreas(DatedAreaKind.ZONE, transactions, registry, corroboration::afterAreas);
    StructureRecomputation recomputation =
        new StructureRecomputation(
            new StructureTracker(config.getStructureMatching().parameters()),
            corroboration::afterChangeEvents);
    Observations observations = new Observations(transactions, recomputation);
    if (config.isLoadSampleData()) {
      IllustrativeObservations series =
          IllustrativeObservations.load(environment.getObjectMapper());
      int added =
          observations.loadIllustrative(
              SampleDataLoader.ACTOR, series.facilityId(), series.observations());
      LOG.info(
          "Sample observations (ILLUSTRATIVE, not real findings): {} added at {}",
          added,
          series.facilityId());
    }
    TestimonyModule testimony =
        new TestimonyModule(
            transactions,
            clock,
            new Sealer(sealingKeys),
            new IdentityFingerprints(sealingKeys),
            corroboration);
    testimony.register(environment.jersey());
    if (config.isLoadSampleData()) {
      int claims =
          SyntheticTestimony.load(environment.getObjectMapper())
              .loadInto(testimony.sampleServices(), SampleDataLoader.ACTOR);
      LOG.info(
          "Sample testimony (SYNTHETIC, not real testimony): {} claims added{}",
          claims,
          claims == 0 ? " (already present)" : "");
    }
    corroboration
        .recomputeIfRulesChanged(transactions)
        .ifPresent(
            summary ->
                LOG.info(
                    "Corroboration rules changed: {} items weighed, {} events kept, {} replaced,"
                        + " {} added",
                    summary.itemsWeighed(),
                    summary.eventsKept(),
                    summary.eventsReplaced(),
                    summary.eventsAdded()));
    StructureChange structureChange = new StructureChange(transactions, registry, boundaries);
    environment
        .jersey()
        .register(
            new OgcApiResource(
                new FeatureCollections(
                    facilities, boundaries, zones, structureChange, testimony.events())));
    environment
        .jersey()
        .register(
            new FacilityObservationsResource(
                observations, registry, new ObservationLayerImport(transactions, observations)));
    environment.jersey().register(new ObservationResource(observations));
    environment.jersey().register(new FacilityStructuresResource(structureChange));
    environment.jersey().register(new FacilityChangeEventsResource(structureChange));
    environment.jersey().register(new StructureSeriesResource(structureChange));
    environment
        .jersey()
        .register(
            new OverrideResource(new StructureOverrides(transactions, recomputation), registry));
    environment
        .jersey()
        .register(new BoundaryProposalResource(new BoundaryProposals(observations, boundaries)));
    environment.jersey().register(new StructureItemsResource(structureChange, clock));
    environment.jersey().register(new ChangeEventItemsResource(structureChange, clock));
    environment.jersey().register(new FacilityItemsResource(facilities, clock));
    Publications publications = new Publications(transactions);
    PublicFeatures publicFeatures = new PublicFeatures(jdbi, new RedactionPolicies(transactions));
    environment.jersey().register(new FacilityPublicationResource(transactions, publications));
    environment.jersey().register(new ReviewResource(publications, publicFeatures));
    environment.jersey().register(new PublicExportResource(new PublicExports(transactions)));
    environment.jersey().register(new RedactionPolicyResource(new RedactionPolicies(transactions)));
    environment.jersey().register(new PublicFeatureResource(publicFeatures));
    environment.jersey().register(new FacilityResource(registry, duplicateReview));
    environment.jersey().register(new DuplicateDecisionResource(duplicateReview));
    environment.jersey().register(new BoundaryItemsResource(boundaries, clock));
    environment.jersey().register(new ZoneItemsResource(zones, clock));
    environment.jersey().register(new BoundaryResource(boundaries));
    environment.jersey().register(new ZoneResource(zones));
    environment
        .jersey()
        .register(
            new ImportResource(new FacilityImporter(transactions, registry, boundaries, zones)));
    environment.jersey().register(new ExportResource(transactions, clock));
    environment.jersey().register(new ImageryIngestResource(jdbi, clock));
    environment.jersey().register(new StacApiResource(new SceneCatalogue(jdbi)));
    CoverageResource coverage = new CoverageResource(new FacilityCoverage(jdbi), registry);
    environment.jersey().register(coverage);
    environment.jersey().register(new RevisitsResource(coverage, clock));
    environment.jersey().register(new MapConfigResource(config.getMap()));
    environment.jersey().register(new VocabularyResource());
    environment.jersey().register(new MapLayersResource(new MapLayers(jdbi, clock)));
    environment.jersey().register(new AuthResource(logins, accounts));
    environment.jersey().register(new TokenResource(new ApiTokens(transactions, issuer, clock)));
    environment.jersey().register(new UserResource(accounts));
    environment.jersey().register(new AuditResource(transactions));
    environment
        .jersey()
        .register(new EvidenceResource(new EvidenceCustody(transactions, evidenceStore, clock)));
    environment.jersey().register(openApi());

    if (config.getAuth().createFirstAdmin()) {
      // Once the connectors listen, so that the notice names the port they really use.
      environment
          .lifecycle()
          .addServerLifecycleListener(
              server ->
                  accounts
                      .createFirstAdminIfNone()
                      .ifPresent(
                          password -> FirstAdminNotice.print(password, applicationUrl(server))));
    }
  }

  /** The base URL of the first application connector, as a user on this machine reaches it. */
  private static String applicationUrl(Server server) {
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector http) {
        String host = http.getHost();
        boolean local =
            host == null || host.equals("0.0.0.0") || host.equals("::") || host.startsWith("127.");
        return "http://" + (local ? "localhost" : host) + ":" + http.getLocalPort();
      }
    }
    return "http://localhost:8080";
  }

  /**
   * Every error in the API's JSON shape: Jersey's through the exception mappers, Jetty's and the
   * servlets' (requests refused before Jersey sees them) through one {@link JsonErrorHandler}, set
   * on the server before it starts and on both servlet contexts.
   */
  private static void installJsonErrors(Environment environment, SecurityHeaders securityHeaders) {
    environment.jersey().register(new DomainExceptionMapper());
    environment.jersey().register(new InvalidDataExceptionMapper());
    environment.jersey().register(new JsonInputExceptionMapper());
    environment.jersey().register(new DatabaseUnavailableExceptionMapper());
    environment.jersey().register(new JsonEncodingExceptionMapper());
    environment
        .servlets()
        .addFilter("static-errors", new StaticErrorsFilter())
        .addMappingForServletNames(EnumSet.of(DispatcherType.REQUEST), true, WEB_MAP_SERVLET);
    JsonErrorHandler errors = new JsonErrorHandler(environment.getObjectMapper(), securityHeaders);
    environment.getApplicationContext().setErrorHandler(errors);
    environment.getAdminContext().setErrorHandler(errors);
    environment
        .lifecycle()
        .addEventListener(
            new LifeCycle.Listener() {
              @Override
              public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                  server.setErrorHandler(errors);
                }
              }
            });
  }

  private static PublicOpenApiResource openApi() {
    // JTS geometries are written as GeoJSON: describe them so (once; the registry is global).
    if (ModelConverters.getInstance().getConverters().stream()
        .noneMatch(GeoJsonGeometryModelConverter.class::isInstance)) {
      ModelConverters.getInstance().addConverter(new GeoJsonGeometryModelConverter());
    }
    OpenAPI description =
        new OpenAPI()
            .info(
                new Info()
                    .title("Sightline API")
                    .version("0.1.0")
                    .description(
                        "OGC API - Features for North Korean detention facilities, accounts and tokens, the audit"
                            + " trail, evidence custody, and the web map's settings. Send 'Authorization: Bearer <token>'.")
                    .license(new License().name("Apache-2.0")))
            // Relative to the description's own URL (/api/openapi.json): every path under /api.
            .servers(
                List.of(
                    new io.swagger.v3.oas.models.servers.Server()
                        .url("/api")
                        .description("This server's API root")))
            .components(
                new Components()
                    .addSchemas(OpenApiOperations.ERROR_SCHEMA, OpenApiOperations.errorSchema())
                    .addSchemas(
                        GeoJsonGeometryModelConverter.SCHEMA,
                        GeoJsonGeometryModelConverter.schema())
                    .addSecuritySchemes(
                        "bearer",
                        new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .description(
                                "A session token from POST /api/auth/login, or an API token from POST /api/tokens")))
            // Optional at the top level: public endpoints work without a token; the rest say 401.
            .addSecurityItem(new SecurityRequirement())
            .addSecurityItem(new SecurityRequirement().addList("bearer"));
    SwaggerConfiguration swagger =
        new SwaggerConfiguration()
            .openAPI(description)
            .prettyPrint(true)
            .readAllResources(false)
            .resourcePackages(Set.of("org.sightline.server.resources"));
    PublicOpenApiResource resource = new PublicOpenApiResource();
    resource.setOpenApiConfiguration(swagger);
    return resource;
  }
}
