package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.Path;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.audit.Actor;
import org.sightline.server.auth.Role;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestPublishing;
import org.sightline.server.testing.TestUsers;

/**
 * The role x endpoint matrix. It walks every endpoint Jersey has registered and calls it over real
 * HTTP as anonymous, as a user without roles, and as each role, with a fresh token every time, and
 * checks the answer: 401 for anonymous and 403 for a user where the rule says no, and where it says
 * yes the endpoint's own success status (200, 201 or 204) for a request that should succeed ({@link
 * #RECIPES}: fresh fixtures for every request that changes something), so a 404 or a 500 is a
 * failure. An endpoint missing from {@link #EXPECTED} fails the test, so a resource added later
 * without a rule here (and a rule on it) cannot slip through.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessMatrixTest {
  /** Who calls: anonymous, a user with no role, and one user per role. */
  enum Caller {
    ANONYMOUS,
    NO_ROLE,
    ADMIN,
    ANALYST,
    INVESTIGATOR,
    ADVOCATE
  }

  private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
  private static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
  private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);
  private static final Set<Caller> EVIDENCE_HANDLERS =
      EnumSet.of(Caller.ADMIN, Caller.ANALYST, Caller.INVESTIGATOR);
  private static final Set<Caller> ANALYSTS = EnumSet.of(Caller.ADMIN, Caller.ANALYST);

  /** Testimony: investigators only; the admin role does not include it (witness safety). */
  private static final Set<Caller> INVESTIGATORS = EnumSet.of(Caller.INVESTIGATOR);

  private static final Set<Caller> STAFF =
      EnumSet.of(Caller.ADMIN, Caller.ANALYST, Caller.INVESTIGATOR, Caller.ADVOCATE);

  /** Corroborated events unredacted: not advocates, who read them as the public will. */
  private static final Set<Caller> UNREDACTED_EVENTS =
      EnumSet.of(Caller.ADMIN, Caller.ANALYST, Caller.INVESTIGATOR);

  /** The rule for every endpoint, as "METHOD /api/path-template". */
  static final Map<String, Set<Caller>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("GET /api/", EVERYONE);
    EXPECTED.put("GET /api/conformance", EVERYONE);
    EXPECTED.put("GET /api/collections", EVERYONE);
    EXPECTED.put("GET /api/collections/{collectionId}", EVERYONE);
    EXPECTED.put("GET /api/collections/facilities/items", EVERYONE);
    EXPECTED.put("GET /api/collections/facilities/items/{featureId}", EVERYONE);
    EXPECTED.put("GET /api/collections/facility-boundaries/items", EVERYONE);
    EXPECTED.put("GET /api/collections/facility-boundaries/items/{featureId}", EVERYONE);
    EXPECTED.put("GET /api/collections/zones/items", EVERYONE);
    EXPECTED.put("GET /api/collections/zones/items/{featureId}", EVERYONE);
    EXPECTED.put("GET /api/map-config", EVERYONE);
    EXPECTED.put("GET /api/vocabulary", EVERYONE);
    EXPECTED.put("GET /api/map/footprints", EVERYONE);
    EXPECTED.put("GET /api/map/change-events", STAFF);
    EXPECTED.put("GET /api/map/events", UNREDACTED_EVENTS);
    EXPECTED.put("GET /api/map/time-span", EVERYONE);
    // The footprints layer's histogram; the staff layers' (same rule as the layer, checked in the
    // method): MapLayersHttpTest.
    EXPECTED.put("GET /api/map/histogram", EVERYONE);
    EXPECTED.put("GET /api/exports/facilities.{format}", EVERYONE);
    // Public exports: advocates ask and decide (a second advocate approves: the recipe's export was
    // asked for by another); everyone reads the approved ones (PublicExportHttpTest).
    EXPECTED.put("POST /api/public-exports", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("GET /api/public-exports", EVERYONE);
    EXPECTED.put("GET /api/public-exports/{id}", EVERYONE);
    EXPECTED.put("POST /api/public-exports/{id}/approve", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("POST /api/public-exports/{id}/reject", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("POST /api/public-exports/{id}/withdraw", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("GET /api/public-exports/{id}/files/{name}", EVERYONE);
    EXPECTED.put("POST /api/imports", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("POST /api/imagery/ingest", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/coverage", EVERYONE);
    EXPECTED.put("GET /api/facilities/{facilityId}/coverage/csv", EVERYONE);
    EXPECTED.put("GET /api/facilities/{facilityId}/revisits", EVERYONE);
    EXPECTED.put("GET /api/stac", EVERYONE);
    EXPECTED.put("GET /api/stac/conformance", EVERYONE);
    EXPECTED.put("GET /api/stac/collections", EVERYONE);
    EXPECTED.put("GET /api/stac/collections/{collectionId}", EVERYONE);
    EXPECTED.put("GET /api/stac/collections/{collectionId}/items", EVERYONE);
    EXPECTED.put("GET /api/stac/collections/{collectionId}/items/{itemId}", EVERYONE);
    EXPECTED.put("GET /api/stac/search", EVERYONE);
    EXPECTED.put("POST /api/stac/search", EVERYONE);
    EXPECTED.put("GET /api/openapi.{type:json|yaml}", EVERYONE);
    EXPECTED.put("POST /api/auth/login", EVERYONE);
    EXPECTED.put("POST /api/auth/logout", LOGGED_IN);
    EXPECTED.put("GET /api/auth/me", LOGGED_IN);
    EXPECTED.put("POST /api/auth/password", LOGGED_IN);
    EXPECTED.put("GET /api/tokens", LOGGED_IN);
    EXPECTED.put("POST /api/tokens", LOGGED_IN);
    EXPECTED.put("POST /api/tokens/{tokenId}/revocation", LOGGED_IN);
    EXPECTED.put("GET /api/users", ADMINS);
    EXPECTED.put("POST /api/users", ADMINS);
    EXPECTED.put("GET /api/users/{userId}", ADMINS);
    EXPECTED.put("PUT /api/users/{userId}/roles", ADMINS);
    EXPECTED.put("POST /api/users/{userId}/password", ADMINS);
    EXPECTED.put("POST /api/users/{userId}/deactivation", ADMINS);
    EXPECTED.put("GET /api/users/{userId}/history", ADMINS);
    EXPECTED.put("GET /api/audit/events", ADMINS);
    EXPECTED.put("GET /api/audit/verify", ADMINS);
    EXPECTED.put("GET /api/facilities", EVERYONE);
    EXPECTED.put("POST /api/facilities", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}", EVERYONE);
    EXPECTED.put("PUT /api/facilities/{facilityId}", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/deletion", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/history", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/boundaries", EVERYONE);
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/boundaries", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/boundaries/{boundaryId}", EVERYONE);
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/end",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/supersede",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/deletion",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/zones", EVERYONE);
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/zones", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/zones/{zoneId}", EVERYONE);
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/end",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/supersede",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/deletion",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/duplicate-decision",
        EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/publication", STAFF);
    EXPECTED.put("PUT /api/facilities/{facilityId}/publication", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("POST /api/publication/reviews", STAFF);
    EXPECTED.put("GET /api/publication/reviews", STAFF);
    EXPECTED.put("GET /api/publication/reviews/{id}", STAFF);
    EXPECTED.put("GET /api/publication/reviews/{id}/preview", STAFF);
    EXPECTED.put("POST /api/publication/reviews/{id}/publish", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("POST /api/publication/reviews/{id}/reject", STAFF);
    EXPECTED.put("POST /api/publication/reviews/{id}/withdraw", EnumSet.of(Caller.ADVOCATE));
    EXPECTED.put("GET /api/publication/records/{kind}/{recordId}", STAFF);
    EXPECTED.put("GET /api/publication/candidates/events", STAFF);
    EXPECTED.put("GET /api/redaction-policy", EVERYONE);
    EXPECTED.put("GET /api/redaction-policy/versions", STAFF);
    EXPECTED.put("POST /api/redaction-policy", ADMINS);
    EXPECTED.put("POST /api/redaction-policy/versions/{version}/activate", ADMINS);
    EXPECTED.put("GET /api/public/features", EVERYONE);
    EXPECTED.put("GET /api/facilities/{facilityId}/observations", STAFF);
    EXPECTED.put("POST /api/facilities/{facilityId}/observations", ANALYSTS);
    EXPECTED.put("POST /api/facilities/{facilityId}/observations/import", ANALYSTS);
    EXPECTED.put("GET /api/observations/{observationId}", STAFF);
    EXPECTED.put("PUT /api/observations/{observationId}", ANALYSTS);
    EXPECTED.put("POST /api/observations/{observationId}/deletion", ANALYSTS);
    EXPECTED.put("GET /api/observations/{observationId}/boundary-proposal", STAFF);
    EXPECTED.put("POST /api/observations/{observationId}/boundary-proposal/confirmation", ANALYSTS);
    EXPECTED.put("GET /api/facilities/{facilityId}/structures", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/change-events", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/structure-series", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/structure-series/csv", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/structure-overrides", STAFF);
    EXPECTED.put("POST /api/facilities/{facilityId}/structure-overrides", ANALYSTS);
    EXPECTED.put(
        "POST /api/facilities/{facilityId}/structure-overrides/{overrideId}/withdrawal", ANALYSTS);
    EXPECTED.put("GET /api/collections/structures/items", STAFF);
    EXPECTED.put("GET /api/collections/structures/items/{featureId}", STAFF);
    EXPECTED.put("GET /api/collections/change-events/items", STAFF);
    EXPECTED.put("GET /api/collections/change-events/items/{featureId}", STAFF);
    EXPECTED.put("GET /api/collections/events/items", UNREDACTED_EVENTS);
    EXPECTED.put("GET /api/collections/events/items/{featureId}", UNREDACTED_EVENTS);
    EXPECTED.put("GET /api/organisations", INVESTIGATORS);
    EXPECTED.put("POST /api/organisations", INVESTIGATORS);
    for (String collection : List.of("witnesses", "testimonies", "documents", "claims")) {
      EXPECTED.put("GET /api/" + collection, INVESTIGATORS);
      EXPECTED.put("POST /api/" + collection, INVESTIGATORS);
      EXPECTED.put("GET /api/" + collection + "/{id}", INVESTIGATORS);
      EXPECTED.put("PUT /api/" + collection + "/{id}", INVESTIGATORS);
      EXPECTED.put("POST /api/" + collection + "/{id}/deletion", INVESTIGATORS);
    }
    EXPECTED.put("POST /api/witnesses/{id}/unseal", INVESTIGATORS);
    EXPECTED.put("POST /api/claims/import", INVESTIGATORS);
    EXPECTED.put("GET /api/witness-merges", INVESTIGATORS);
    EXPECTED.put("POST /api/witness-merges/{id}/decision", INVESTIGATORS);
    EXPECTED.put("GET /api/claim-duplicates", INVESTIGATORS);
    EXPECTED.put("POST /api/claim-duplicates/{id}/decision", INVESTIGATORS);
    EXPECTED.put("POST /api/evidence", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}/content", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}/custody", EVIDENCE_HANDLERS);
    EXPECTED.put("POST /api/evidence/{evidenceId}/transfers", EVIDENCE_HANDLERS);
    EXPECTED.put(
        "POST /api/evidence/{evidenceId}/withdrawal",
        EnumSet.of(Caller.ADMIN, Caller.INVESTIGATOR));
  }

  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static TestUsers users;
  private static final Map<Caller, String> USERNAMES = new LinkedHashMap<>();
  private static long targetUserId;
  private static long targetTokenId;
  private static long evidenceId;

  @BeforeAll
  static void users() {
    users = new TestUsers(DATABASE, Clock.systemUTC());
    USERNAMES.put(Caller.NO_ROLE, "matrix-norole");
    USERNAMES.put(Caller.ADMIN, "matrix-admin");
    USERNAMES.put(Caller.ANALYST, "matrix-analyst");
    USERNAMES.put(Caller.INVESTIGATOR, "matrix-investigator");
    USERNAMES.put(Caller.ADVOCATE, "matrix-advocate");
    users.create("matrix-norole");
    users.create("matrix-admin", Role.ADMIN);
    users.create("matrix-analyst", Role.ANALYST);
    users.create("matrix-investigator", Role.INVESTIGATOR);
    users.create("matrix-advocate", Role.ADVOCATE);
    String targetToken = users.tokenFor("matrix-target", Role.ANALYST);
    ApiClient target = ApiClient.anonymous(APP.getLocalPort()).as(targetToken);
    targetUserId = target.get("/auth/me").json().get("id").asLong();
    targetTokenId = target.get("/tokens").json().get(0).get("id").asLong();
    ApiClient.Answer upload =
        target.post(
            "/evidence?filename=matrix.txt",
            HttpRequest.BodyPublishers.ofString("evidence for the matrix"),
            "Content-Type",
            "text/plain");
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    evidenceId = upload.json().at("/item/id").asLong();
    recipes();
  }

  /** Every resource method Jersey serves, as "METHOD /api/template". */
  static Set<String> registeredEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    var config = APP.getEnvironment().jersey().getResourceConfig();
    List<Class<?>> classes = new ArrayList<>(config.getClasses());
    config.getInstances().forEach(instance -> classes.add(instance.getClass()));
    for (Class<?> type : classes) {
      if (type.isAnnotationPresent(Path.class)) {
        collect(Resource.from(type), "/api", endpoints);
      }
    }
    return endpoints;
  }

  private static void collect(Resource resource, String prefix, Set<String> into) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      into.add(method.getHttpMethod() + " " + path);
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, into);
    }
  }

  private static String join(String prefix, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return prefix.endsWith("/") ? prefix : prefix + "/";
    }
    return (prefix.endsWith("/") ? prefix : prefix + "/")
        + (path.startsWith("/") ? path.substring(1) : path);
  }

  @Test
  void everyRegisteredEndpointHasAnExpectedRuleAndNoRuleIsStale() {
    Set<String> registered = registeredEndpoints();
    assertThat(registered)
        .as("endpoints without a row in AccessMatrixTest.EXPECTED")
        .isSubsetOf(EXPECTED.keySet());
    assertThat(EXPECTED.keySet())
        .as("rows in EXPECTED for endpoints that no longer exist")
        .isSubsetOf(registered);
  }

  @Test
  void everyRuleHasARequestRecipe() {
    assertThat(RECIPES.keySet())
        .as("endpoints with a rule but no request recipe")
        .isEqualTo(EXPECTED.keySet());
  }

  @Test
  void everyEndpointAnswersEveryCallerAsItsRuleSays() {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, Set<Caller>> rule : EXPECTED.entrySet()) {
      Recipe recipe = RECIPES.get(rule.getKey());
      for (Caller caller : Caller.values()) {
        ApiClient client = ApiClient.anonymous(APP.getLocalPort());
        if (caller != Caller.ANONYMOUS) {
          usersMade++;
          client =
              client.as(users.tokenFor(USERNAMES.get(caller) + "-" + usersMade, roleOf(caller)));
        }
        ApiClient.Answer answer = recipe.call(caller, client);
        calls++;
        boolean allowed = rule.getValue().contains(caller);
        int expected = allowed ? recipe.success() : caller == Caller.ANONYMOUS ? 401 : 403;
        if (answer.status() != expected) {
          wrong.add(
              rule.getKey()
                  + " as "
                  + caller
                  + ": expected "
                  + expected
                  + ", got "
                  + answer.status()
                  + " "
                  + abbreviate(answer.body()));
        }
      }
    }
    assertThat(wrong).as("endpoint x caller answers that break the rules").isEmpty();
    assertThat(calls).isEqualTo(EXPECTED.size() * Caller.values().length);
  }

  private static Role[] roleOf(Caller caller) {
    return switch (caller) {
      case ADMIN -> new Role[] {Role.ADMIN};
      case ANALYST -> new Role[] {Role.ANALYST};
      case INVESTIGATOR -> new Role[] {Role.INVESTIGATOR};
      case ADVOCATE -> new Role[] {Role.ADVOCATE};
      default -> new Role[0];
    };
  }

  /**
   * How to call one endpoint so that a caller the rule allows succeeds: the request (made with the
   * caller's client, after creating whatever fresh fixture it changes) and the success status. A
   * caller the rule refuses sends the same request.
   */
  private record Recipe(int success, BiFunction<Caller, ApiClient, ApiClient.Answer> request) {
    ApiClient.Answer call(Caller caller, ApiClient client) {
      return request.apply(caller, client);
    }
  }

  /** The request recipe for every endpoint of {@link #EXPECTED}. */
  static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static int usersMade;

  /** An admin and analyst that sets up fixtures (not one of the callers under test). */
  private static ApiClient fixtures;

  private static long publishedBoundaryId;
  private static long publishedZoneId;

  private static void get(String endpoint, String path) {
    RECIPES.put(endpoint, new Recipe(200, (caller, client) -> client.get(path)));
  }

  private static void recipe(
      String endpoint, int success, BiFunction<Caller, ApiClient, ApiClient.Answer> request) {
    RECIPES.put(endpoint, new Recipe(success, request));
  }

  private static String unique(String prefix) {
    return prefix + "-" + SERIAL.incrementAndGet();
  }

  private static Map<String, Object> square(double west, double south, double east, double north) {
    return object(
        "type",
        "Polygon",
        "coordinates",
        List.of(
            List.of(
                List.of(west, south),
                List.of(east, south),
                List.of(east, north),
                List.of(west, north),
                List.of(west, south))));
  }

  /** A new unpublished facility, for a request that changes one. */
  private static String newFacility() {
    String id = unique("matrix-f");
    ApiClient.Answer created =
        fixtures.postJson(
            "/facilities",
            object(
                "id",
                id,
                "name",
                "Matrix " + id,
                "type",
                "kyohwaso",
                "status",
                "operational",
                "location",
                object("type", "Point", "coordinates", List.of(128.05, 41.05))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id;
  }

  /**
   * A candidate duplicate and its namesake, created for one call: kyohwaso with the same camp
   * number and a place word of their own, 1 km apart, the namesake first. @return {candidate,
   * namesake}
   */
  private static String[] newCandidatePair() {
    String place = "Matrix" + letters(unique("p"));
    String namesake = unique("matrix-namesake");
    String candidate = unique("matrix-candidate");
    for (String[] f :
        List.of(
            new String[] {namesake, "Kyohwaso No. 97 " + place, "128.05"},
            new String[] {candidate, "Kyohwaso No. 97 " + place + " (second point)", "128.062"})) {
      ApiClient.Answer created =
          fixtures.postJson(
              "/facilities",
              object(
                  "id",
                  f[0],
                  "name",
                  f[1],
                  "type",
                  "kyohwaso",
                  "status",
                  "operational",
                  "location",
                  object(
                      "type", "Point", "coordinates", List.of(Double.parseDouble(f[2]), 41.05))));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    return new String[] {candidate, namesake};
  }

  /** The digits of {@code text} as letters (a place word must not hold numbers). */
  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        out.append((char) ('a' + (c - '0')));
      } else if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String investigatorIfMatch(String path) {
    return investigation.get(path).header("ETag");
  }

  private static String ifMatch(String path) {
    return fixtures.get(path).header("ETag");
  }

  private static long newBoundary(String facilityId) {
    ApiClient.Answer added =
        fixtures.postJson(
            "/facilities/" + facilityId + "/boundaries",
            object(
                "geometry",
                square(128.0, 41.0, 128.1, 41.1),
                "validFrom",
                "2000-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().at("/boundary/id").asLong();
  }

  private static long newZone(String facilityId) {
    ApiClient.Answer added =
        fixtures.postJson(
            "/facilities/" + facilityId + "/zones",
            object(
                "zoneKey",
                unique("matrix-zone"),
                "name",
                "Housing",
                "kind",
                "housing",
                "geometry",
                square(128.02, 41.02, 128.04, 41.04),
                "validFrom",
                "2000-01-01",
                "basis",
                "approximate",
                "confidence",
                "low"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().at("/zone/id").asLong();
  }

  private static long newEvidence() {
    ApiClient.Answer upload =
        fixtures.post(
            "/evidence?filename=matrix-fixture.txt",
            HttpRequest.BodyPublishers.ofString(unique("matrix fixture evidence")),
            "Content-Type",
            "text/plain");
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    return upload.json().at("/item/id").asLong();
  }

  /** A new analyst without a password (no hashing cost). */
  private static long newUser() {
    return users
        .accounts()
        .create(Actor.system("test"), unique("matrix-u"), null, null, Set.of(Role.ANALYST))
        .id();
  }

  /** A facility's editable fields as GET shows them, for a PUT. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> editable(String facilityId) {
    Map<String, Object> body =
        JSON.convertValue(fixtures.get("/facilities/" + facilityId).json(), Map.class);
    for (String readOnly :
        List.of("id", "published", "version", "createdAt", "updatedAt", "updatedBy", "sources")) {
      body.remove(readOnly);
    }
    return body;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two sample scenes over Camp 14 the structure fixtures are drawn on, in date order. */
  private static final String[] STRUCTURE_SCENES = {
    "S2B_52SBJ_20241210_0_L2A", "S2C_52SBJ_20250124_0_L2A"
  };

  /**
   * A new observation on a new facility (drawn over the sample scenes of Camp 14): a fence, and a
   * guard post when {@code withGuardPost}. @return its JSON answer
   */
  private static ApiClient.Answer newObservation(
      String facilityId, String scene, boolean withGuardPost) {
    List<Object> structures = new ArrayList<>();
    structures.add(
        object(
            "class",
            "perimeter",
            "geometry",
            object(
                "type",
                "LineString",
                "coordinates",
                List.of(
                    List.of(126.050, 39.560),
                    List.of(126.060, 39.560),
                    List.of(126.060, 39.570),
                    List.of(126.050, 39.570),
                    List.of(126.050, 39.560)))));
    if (withGuardPost) {
      structures.add(
          object("class", "guard-post", "geometry", square(126.0550, 39.5650, 126.0551, 39.5651)));
    }
    ApiClient.Answer recorded =
        fixtures.postJson(
            "/facilities/" + facilityId + "/observations",
            object("sceneId", scene, "confidence", "likely", "structures", structures));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    return recorded;
  }

  private static long newObservationId() {
    return newObservation(newFacility(), STRUCTURE_SCENES[0], false)
        .json()
        .at("/observation/id")
        .asLong();
  }

  /** An investigator who sets up testimony fixtures (not one of the callers under test). */
  private static ApiClient investigation;

  /** A new witness of organisation matrix-org, optionally with a sealed name; @return its JSON. */
  private static JsonNode newWitness(String fullName) {
    Map<String, Object> body =
        new LinkedHashMap<>(
            object(
                "organisation",
                "matrix-org",
                "gender",
                "female",
                "birthDecade",
                1970,
                "provinceOfOrigin",
                "north-hamgyong",
                "relations",
                List.of("former-prisoner")));
    if (fullName != null) {
      body.put("identity", object("fullName", fullName, "exactBirthDate", "1972-04-05"));
    }
    ApiClient.Answer created = investigation.postJson("/witnesses", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static long newTestimony(String witnessCode) {
    ApiClient.Answer created =
        investigation.postJson(
            "/testimonies",
            object(
                "witness",
                witnessCode,
                "organisation",
                "matrix-org",
                "interviewedOn",
                "2020-01-02",
                "interviewer",
                "Matrix Interviewer",
                "language",
                "ko",
                "consent",
                "none",
                "sourceGrade",
                "C"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static long newDocument() {
    ApiClient.Answer created =
        investigation.postJson(
            "/documents",
            object(
                "organisation", "matrix-org", "kind", "report", "title", unique("Matrix report")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static Map<String, Object> claimBody(long testimony, String description) {
    return object(
        "testimony",
        testimony,
        "type",
        "torture",
        "description",
        description,
        "time",
        "2003",
        "informationGrade",
        "3",
        "witnessRelation",
        "victim",
        "places",
        List.of(object("point", List.of(128.05, 41.05), "radiusM", 300)));
  }

  private static long newClaim() {
    long testimony = newTestimony(newWitness(null).get("code").asText());
    ApiClient.Answer created =
        investigation.postJson("/claims", claimBody(testimony, unique("Matrix claim")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** A fresh witness merge proposal: two witnesses with one sealed identity. @return its id. */
  private static long newMergeProposal() {
    String name = "Matrix Person " + letters(unique("n"));
    String first = newWitness(name).get("code").asText();
    String second = newWitness(name).get("code").asText();
    for (JsonNode proposal : investigation.get("/witness-merges?status=proposed").json()) {
      if (Set.of(first, second)
          .equals(Set.of(proposal.get("witnessA").asText(), proposal.get("witnessB").asText()))) {
        return proposal.get("id").asLong();
      }
    }
    throw new AssertionError("no merge proposal for " + first + " and " + second);
  }

  /** A fresh likely duplicate: one account told in two testimonies. @return its id. */
  private static long newDuplicate() {
    String account =
        "Matrix account "
            + letters(unique("d"))
            + ": the guards beat the prisoners in the yard every evening that winter";
    long first = newTestimony(newWitness(null).get("code").asText());
    long second = newTestimony(newWitness(null).get("code").asText());
    long a = investigation.postJson("/claims", claimBody(first, account)).json().get("id").asLong();
    long b =
        investigation.postJson("/claims", claimBody(second, account)).json().get("id").asLong();
    for (JsonNode duplicate : investigation.get("/claim-duplicates?status=proposed").json()) {
      if (duplicate.get("claimA").asLong() == Math.min(a, b)
          && duplicate.get("claimB").asLong() == Math.max(a, b)) {
        return duplicate.get("id").asLong();
      }
    }
    throw new AssertionError("no duplicate proposal for claims " + a + " and " + b);
  }

  /** A ready review of a new facility, submitted by the fixtures' analyst. @return its id */
  private static long newFacilityReview() {
    ApiClient.Answer submitted =
        fixtures.postJson(
            "/publication/reviews", object("kind", "facility", "recordId", newFacility()));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    return submitted.json().get("id").asLong();
  }

  /** The live corroborated event a new claim makes. @return its key */
  private static String newEventKey() {
    long claim = newClaim();
    return DATABASE
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT e.event_key FROM corroborated_event e JOIN event_member m ON m.event_id = e.id
                         WHERE m.claim_id = :claim AND e.superseded_at IS NULL""")
                    .bind("claim", claim)
                    .mapTo(String.class)
                    .one());
  }

  /** What each staff caller may submit: facilities (admin, analyst), claims, events. */
  private static Map<String, Object> submission(Caller caller) {
    return switch (caller) {
      case INVESTIGATOR -> object("kind", "claim", "recordId", String.valueOf(newClaim()));
      case ADVOCATE -> object("kind", "event", "recordId", newEventKey());
      default -> object("kind", "facility", "recordId", newFacility());
    };
  }

  private static void publicationRecipes() {
    recipe(
        "POST /api/publication/reviews",
        201,
        (caller, client) -> client.postJson("/publication/reviews", submission(caller)));
    get("GET /api/publication/reviews", "/publication/reviews?state=ready");
    recipe(
        "GET /api/publication/reviews/{id}",
        200,
        (caller, client) -> client.get("/publication/reviews/" + newFacilityReview()));
    recipe(
        "GET /api/publication/reviews/{id}/preview",
        200,
        (caller, client) -> client.get("/publication/reviews/" + newFacilityReview() + "/preview"));
    recipe(
        "POST /api/publication/reviews/{id}/publish",
        200,
        (caller, client) -> {
          long review = newFacilityReview();
          return client.postJson(
              "/publication/reviews/" + review + "/publish",
              object("note", "matrix"),
              "If-Match",
              "\"v1\"");
        });
    recipe(
        "POST /api/publication/reviews/{id}/reject",
        200,
        (caller, client) -> {
          // An advocate rejects anyone's review; the others take back their own.
          ApiClient.Answer own = client.postJson("/publication/reviews", submission(caller));
          long review = own.status() == 201 ? own.json().get("id").asLong() : newFacilityReview();
          return client.postJson(
              "/publication/reviews/" + review + "/reject",
              object("note", "matrix"),
              "If-Match",
              "\"v1\"");
        });
    recipe(
        "POST /api/publication/reviews/{id}/withdraw",
        200,
        (caller, client) -> {
          long review = newFacilityReview();
          ApiClient.Answer published =
              client.postJson(
                  "/publication/reviews/" + review + "/publish", object(), "If-Match", "\"v1\"");
          return client.postJson(
              "/publication/reviews/" + review + "/withdraw",
              object("reason", "matrix"),
              "If-Match",
              published.header("ETag") == null ? "\"v2\"" : published.header("ETag"));
        });
    recipe(
        "GET /api/publication/records/{kind}/{recordId}",
        200,
        (caller, client) -> client.get("/publication/records/facility/" + newFacility()));
    get("GET /api/redaction-policy", "/redaction-policy");
    get("GET /api/redaction-policy/versions", "/redaction-policy/versions");
    recipe(
        "POST /api/redaction-policy",
        201,
        (caller, client) ->
            client.postJson(
                "/redaction-policy",
                object("rules", object(), "reason", "matrix"),
                "If-Match",
                fixtures.get("/redaction-policy").header("ETag")));
    recipe(
        "POST /api/redaction-policy/versions/{version}/activate",
        200,
        (caller, client) ->
            client.postJson(
                "/redaction-policy/versions/1/activate",
                object(),
                "If-Match",
                fixtures.get("/redaction-policy").header("ETag")));
    get("GET /api/public/features", "/public/features");
    get("GET /api/publication/candidates/events", "/publication/candidates/events");
  }

  private static void testimonyRecipes() {
    investigation =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("matrix-investigation", Role.INVESTIGATOR));
    ApiClient.Answer organisation =
        investigation.postJson("/organisations", object("id", "matrix-org", "name", "Matrix Org"));
    assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
    get("GET /api/organisations", "/organisations");
    recipe(
        "POST /api/organisations",
        201,
        (caller, client) ->
            client.postJson(
                "/organisations", object("id", unique("matrix-org"), "name", "Another Org")));
    get("GET /api/witnesses", "/witnesses");
    recipe(
        "POST /api/witnesses",
        201,
        (caller, client) ->
            client.postJson("/witnesses", object("organisation", "matrix-org", "gender", "male")));
    long witness = newWitness("Matrix Sealed Person").get("id").asLong();
    get("GET /api/witnesses/{id}", "/witnesses/" + witness);
    recipe(
        "PUT /api/witnesses/{id}",
        200,
        (caller, client) -> {
          long id = newWitness(null).get("id").asLong();
          return client.putJson(
              "/witnesses/" + id,
              object("organisation", "matrix-org", "gender", "undisclosed"),
              "If-Match",
              investigatorIfMatch("/witnesses/" + id));
        });
    recipe(
        "POST /api/witnesses/{id}/deletion",
        200,
        (caller, client) -> {
          long id = newWitness(null).get("id").asLong();
          return client.postJson(
              "/witnesses/" + id + "/deletion",
              object("reason", "recorded twice by mistake"),
              "If-Match",
              investigatorIfMatch("/witnesses/" + id));
        });
    recipe(
        "POST /api/witnesses/{id}/unseal",
        200,
        (caller, client) ->
            client.postJson(
                "/witnesses/" + witness + "/unseal",
                object("reason", "matrix: contact for consent")));
    get("GET /api/witness-merges", "/witness-merges");
    recipe(
        "POST /api/witness-merges/{id}/decision",
        200,
        (caller, client) -> {
          long id = newMergeProposal();
          return client.postJson(
              "/witness-merges/" + id + "/decision",
              object("decision", "dismiss", "reason", "two people"),
              "If-Match",
              "\"v1\"");
        });
    long testimony = newTestimony(newWitness(null).get("code").asText());
    get("GET /api/testimonies", "/testimonies");
    recipe(
        "POST /api/testimonies",
        201,
        (caller, client) ->
            client.postJson(
                "/testimonies",
                object(
                    "witness",
                    newWitness(null).get("code").asText(),
                    "organisation",
                    "matrix-org",
                    "interviewedOn",
                    "2021-03-04",
                    "interviewer",
                    "Matrix",
                    "language",
                    "en",
                    "consent",
                    "anonymised",
                    "sourceGrade",
                    "B")));
    get("GET /api/testimonies/{id}", "/testimonies/" + testimony);
    recipe(
        "PUT /api/testimonies/{id}",
        200,
        (caller, client) -> {
          long id = newTestimony(newWitness(null).get("code").asText());
          JsonNode current = investigation.get("/testimonies/" + id).json();
          return client.putJson(
              "/testimonies/" + id,
              object(
                  "witness",
                  current.get("witness").asText(),
                  "organisation",
                  "matrix-org",
                  "interviewedOn",
                  "2020-01-02",
                  "interviewer",
                  "Matrix Interviewer",
                  "language",
                  "ko",
                  "consent",
                  "anonymised",
                  "sourceGrade",
                  "B"),
              "If-Match",
              investigatorIfMatch("/testimonies/" + id));
        });
    recipe(
        "POST /api/testimonies/{id}/deletion",
        200,
        (caller, client) -> {
          long id = newTestimony(newWitness(null).get("code").asText());
          return client.postJson(
              "/testimonies/" + id + "/deletion",
              object("reason", "entered under the wrong witness"),
              "If-Match",
              investigatorIfMatch("/testimonies/" + id));
        });
    long document = newDocument();
    get("GET /api/documents", "/documents");
    recipe(
        "POST /api/documents",
        201,
        (caller, client) ->
            client.postJson(
                "/documents",
                object("organisation", "matrix-org", "kind", "article", "title", "An article")));
    get("GET /api/documents/{id}", "/documents/" + document);
    recipe(
        "PUT /api/documents/{id}",
        200,
        (caller, client) -> {
          long id = newDocument();
          return client.putJson(
              "/documents/" + id,
              object("organisation", "matrix-org", "kind", "report", "title", "Retitled"),
              "If-Match",
              investigatorIfMatch("/documents/" + id));
        });
    recipe(
        "POST /api/documents/{id}/deletion",
        200,
        (caller, client) -> {
          long id = newDocument();
          return client.postJson(
              "/documents/" + id + "/deletion",
              object("reason", "not a source after all"),
              "If-Match",
              investigatorIfMatch("/documents/" + id));
        });
    long claim = newClaim();
    get("GET /api/claims", "/claims");
    recipe(
        "POST /api/claims",
        201,
        (caller, client) -> client.postJson("/claims", claimBody(testimony, unique("A claim"))));
    get("GET /api/claims/{id}", "/claims/" + claim);
    recipe(
        "PUT /api/claims/{id}",
        200,
        (caller, client) -> {
          long id = newClaim();
          JsonNode current = investigation.get("/claims/" + id).json();
          return client.putJson(
              "/claims/" + id,
              claimBody(current.get("testimony").asLong(), "Edited: " + unique("claim")),
              "If-Match",
              investigatorIfMatch("/claims/" + id));
        });
    recipe(
        "POST /api/claims/{id}/deletion",
        200,
        (caller, client) -> {
          long id = newClaim();
          return client.postJson(
              "/claims/" + id + "/deletion",
              object("reason", "recorded twice"),
              "If-Match",
              investigatorIfMatch("/claims/" + id));
        });
    recipe(
        "POST /api/claims/import",
        200,
        (caller, client) ->
            client.post(
                "/claims/import?organisation=matrix-org&dryRun=true",
                HttpRequest.BodyPublishers.ofString(
                    """
                    ref,document_ref,type,description,time,place_facility,information_grade
                    M-1,no-such-document,torture,A claim,2001,kwanliso-15-yodok,3
                    """),
                "Content-Type",
                "text/csv"));
    get("GET /api/claim-duplicates", "/claim-duplicates");
    recipe(
        "POST /api/claim-duplicates/{id}/decision",
        200,
        (caller, client) -> {
          long id = newDuplicate();
          return client.postJson(
              "/claim-duplicates/" + id + "/decision",
              object("decision", "dismiss", "reason", "two events"),
              "If-Match",
              "\"v1\"");
        });
    get("GET /api/collections/events/items", "/collections/events/items");
    recipe(
        "GET /api/collections/events/items/{featureId}",
        200,
        (caller, client) -> {
          String key =
              fixtures
                  .get("/collections/events/items")
                  .json()
                  .at("/features/0/properties/eventKey")
                  .asText();
          return client.get("/collections/events/items/" + key);
        });
  }

  /** Advocates who ask for and approve the public exports the recipes decide on. */
  private static ApiClient exportAsker;

  private static ApiClient exportApprover;

  /** A fresh public export of the facilities as CSV, asked for by {@link #exportAsker}. */
  private static long newPublicExport() {
    ApiClient.Answer asked =
        exportAsker.postJson(
            "/public-exports",
            object(
                "title",
                unique("matrix export"),
                "formats",
                List.of("csv"),
                "filters",
                object("layers", List.of("facilities"))));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    return asked.json().get("id").asLong();
  }

  /** A fresh approved public export. */
  private static long newApprovedPublicExport() {
    long id = newPublicExport();
    ApiClient.Answer approved =
        exportApprover.postJson(
            "/public-exports/" + id + "/approve",
            object(),
            "If-Match",
            exportApprover.get("/public-exports/" + id).header("ETag"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return id;
  }

  private static void publicExportRecipes() {
    exportAsker =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("matrix-export-asker", Role.ADVOCATE));
    exportApprover =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("matrix-export-approver", Role.ADVOCATE));
    long approved = newApprovedPublicExport();
    recipe(
        "POST /api/public-exports",
        201,
        (caller, client) ->
            client.postJson(
                "/public-exports",
                object(
                    "title",
                    "matrix",
                    "formats",
                    List.of("csv"),
                    "filters",
                    object("layers", List.of("facilities")))));
    get("GET /api/public-exports", "/public-exports");
    get("GET /api/public-exports/{id}", "/public-exports/" + approved);
    get(
        "GET /api/public-exports/{id}/files/{name}",
        "/public-exports/" + approved + "/files/manifest.json");
    for (String action : List.of("approve", "reject", "withdraw")) {
      recipe(
          "POST /api/public-exports/{id}/" + action,
          200,
          (caller, client) -> {
            long id = action.equals("withdraw") ? newApprovedPublicExport() : newPublicExport();
            return client.postJson(
                "/public-exports/" + id + "/" + action,
                object("note", "matrix", "reason", "matrix"),
                "If-Match",
                exportAsker.get("/public-exports/" + id).header("ETag"));
          });
    }
  }

  private static void recipes() {
    testimonyRecipes();
    publicExportRecipes();
    fixtures =
        ApiClient.anonymous(APP.getLocalPort())
            .as(users.tokenFor("matrix-fixtures", Role.ADMIN, Role.ANALYST));
    users.create("matrix-login", Role.ANALYST);
    publishedBoundaryId =
        fixtures.get("/facilities/kwanliso-15-yodok/boundaries").json().get(0).get("id").asLong();
    publishedZoneId = newZone("kwanliso-15-yodok");
    // A zone a user adds is public only once reviewed and published.
    TestPublishing.publish(
        DATABASE.appJdbi(), PublicationKind.ZONE, String.valueOf(publishedZoneId));
    String camp = "/facilities/kwanliso-15-yodok";
    String scene = "S2B_52SBJ_20241210_0_L2A";
    String structureCamp = newFacility();
    newObservation(structureCamp, STRUCTURE_SCENES[0], false);
    ApiClient.Answer second = newObservation(structureCamp, STRUCTURE_SCENES[1], true);
    long secondObservation = second.json().at("/observation/id").asLong();
    long fenceDrawing = second.json().at("/observation/structures/0/id").asLong();
    long guardPostDrawing = second.json().at("/observation/structures/1/id").asLong();
    String structures = "/facilities/" + structureCamp;
    get("GET /api/facilities/{facilityId}/observations", structures + "/observations");
    recipe(
        "POST /api/facilities/{facilityId}/observations",
        201,
        (caller, client) ->
            client.postJson(
                "/facilities/" + newFacility() + "/observations",
                object("sceneId", STRUCTURE_SCENES[0], "confidence", "likely")));
    recipe(
        "POST /api/facilities/{facilityId}/observations/import",
        200,
        (caller, client) ->
            client.post(
                "/facilities/"
                    + structureCamp
                    + "/observations/import?dryRun=true&confidence=likely"
                    + "&sceneId=S2B_52SBJ_20250208_0_L2A",
                HttpRequest.BodyPublishers.ofString(
                    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                        + "\"properties\":{\"class\":\"guard tower\",\"condition\":\"intact\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126.07,39.58],"
                        + "[126.0701,39.58],[126.0701,39.5801],[126.07,39.5801],[126.07,39.58]]]}}]}"),
                "Content-Type",
                "application/geo+json"));
    get("GET /api/observations/{observationId}", "/observations/" + secondObservation);
    recipe(
        "PUT /api/observations/{observationId}",
        200,
        (caller, client) -> {
          long id = newObservationId();
          return client.putJson(
              "/observations/" + id,
              object("confidence", "very-likely"),
              "If-Match",
              ifMatch("/observations/" + id));
        });
    recipe(
        "POST /api/observations/{observationId}/deletion",
        200,
        (caller, client) -> {
          long id = newObservationId();
          return client.postJson(
              "/observations/" + id + "/deletion",
              object("reason", "recorded on the wrong scene"),
              "If-Match",
              ifMatch("/observations/" + id));
        });
    get(
        "GET /api/observations/{observationId}/boundary-proposal",
        "/observations/" + secondObservation + "/boundary-proposal");
    recipe(
        "POST /api/observations/{observationId}/boundary-proposal/confirmation",
        201,
        (caller, client) ->
            client.postJson(
                "/observations/" + newObservationId() + "/boundary-proposal/confirmation",
                object("confidence", "medium")));
    get("GET /api/facilities/{facilityId}/structures", structures + "/structures");
    get("GET /api/facilities/{facilityId}/change-events", structures + "/change-events");
    get("GET /api/facilities/{facilityId}/structure-series", structures + "/structure-series");
    get(
        "GET /api/facilities/{facilityId}/structure-series/csv",
        structures + "/structure-series/csv");
    get(
        "GET /api/facilities/{facilityId}/structure-overrides",
        structures + "/structure-overrides");
    recipe(
        "POST /api/facilities/{facilityId}/structure-overrides",
        201,
        (caller, client) ->
            client.postJson(
                structures + "/structure-overrides",
                object(
                    "kind",
                    "non-match",
                    "structureId",
                    guardPostDrawing,
                    "otherStructureId",
                    fenceDrawing,
                    "reason",
                    "a guard post is never the fence")));
    recipe(
        "POST /api/facilities/{facilityId}/structure-overrides/{overrideId}/withdrawal",
        200,
        (caller, client) -> {
          long id =
              fixtures
                  .postJson(
                      structures + "/structure-overrides",
                      object(
                          "kind", "split", "structureId", guardPostDrawing, "reason", "a new post"))
                  .json()
                  .at("/override/id")
                  .asLong();
          return client.postJson(
              structures + "/structure-overrides/" + id + "/withdrawal",
              object("reason", "it was the same post"));
        });
    get("GET /api/collections/structures/items", "/collections/structures/items");
    recipe(
        "GET /api/collections/structures/items/{featureId}",
        200,
        (caller, client) -> {
          long identity =
              fixtures.get(structures + "/structures").json().get(0).get("identityId").asLong();
          return client.get("/collections/structures/items/" + identity);
        });
    get("GET /api/collections/change-events/items", "/collections/change-events/items");
    recipe(
        "GET /api/collections/change-events/items/{featureId}",
        200,
        (caller, client) -> {
          String key =
              fixtures.get(structures + "/change-events").json().get(0).get("eventKey").asText();
          return client.get("/collections/change-events/items/" + key);
        });
    get("GET /api/", "/");
    get("GET /api/conformance", "/conformance");
    get("GET /api/collections", "/collections");
    get("GET /api/collections/{collectionId}", "/collections/facilities");
    get("GET /api/collections/facilities/items", "/collections/facilities/items");
    get(
        "GET /api/collections/facilities/items/{featureId}",
        "/collections/facilities/items/kwanliso-15-yodok");
    get("GET /api/collections/facility-boundaries/items", "/collections/facility-boundaries/items");
    recipe(
        "GET /api/collections/facility-boundaries/items/{featureId}",
        200,
        (caller, client) ->
            client.get("/collections/facility-boundaries/items/" + publishedBoundaryId));
    get("GET /api/collections/zones/items", "/collections/zones/items");
    recipe(
        "GET /api/collections/zones/items/{featureId}",
        200,
        (caller, client) -> client.get("/collections/zones/items/" + publishedZoneId));
    get("GET /api/map-config", "/map-config");
    get("GET /api/vocabulary", "/vocabulary");
    get("GET /api/map/footprints", "/map/footprints?bbox=124.3,37.7,130.7,43&zoom=7");
    get(
        "GET /api/map/change-events",
        "/map/change-events?bbox=124.3,37.7,130.7,43&zoom=7&from=2020-01-01");
    get("GET /api/map/events", "/map/events?bbox=124.3,37.7,130.7,43&zoom=7&to=2025-12-31");
    get("GET /api/map/time-span", "/map/time-span");
    get("GET /api/map/histogram", "/map/histogram?layer=footprints&bins=10");
    get("GET /api/exports/facilities.{format}", "/exports/facilities.geojson");
    recipe(
        "POST /api/imports",
        200,
        (caller, client) ->
            client.post(
                "/imports?dryRun=true",
                HttpRequest.BodyPublishers.ofString(
                    "id,name,type,status,lon,lat\n"
                        + unique("matrix-imp")
                        + ",Matrix import,kyohwaso,operational,128.2,41.2\n"),
                "Content-Type",
                "text/csv"));
    recipe(
        "POST /api/imagery/ingest",
        200,
        (caller, client) ->
            client.post(
                "/imagery/ingest?collection=matrix",
                HttpRequest.BodyPublishers.ofString(
                    ("{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"%s\","
                            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[128,41],[128.1,41],[128.1,41.1],[128,41]]]},"
                            + "\"properties\":{\"datetime\":\"2021-06-01T02:00:00Z\"},\"links\":[],\"assets\":{}}\n")
                        .formatted(unique("matrix-scene"))),
                "Content-Type",
                "application/x-ndjson"));
    get("GET /api/facilities/{facilityId}/coverage", camp + "/coverage");
    get("GET /api/facilities/{facilityId}/coverage/csv", camp + "/coverage/csv");
    get("GET /api/facilities/{facilityId}/revisits", camp + "/revisits");
    get("GET /api/stac", "/stac");
    get("GET /api/stac/conformance", "/stac/conformance");
    get("GET /api/stac/collections", "/stac/collections");
    get("GET /api/stac/collections/{collectionId}", "/stac/collections/sentinel-2-l2a");
    get("GET /api/stac/collections/{collectionId}/items", "/stac/collections/sentinel-2-l2a/items");
    get(
        "GET /api/stac/collections/{collectionId}/items/{itemId}",
        "/stac/collections/sentinel-2-l2a/items/" + scene);
    get("GET /api/stac/search", "/stac/search");
    recipe(
        "POST /api/stac/search",
        200,
        (caller, client) -> client.postJson("/stac/search", object()));
    get("GET /api/openapi.{type:json|yaml}", "/openapi.json");
    recipe(
        "POST /api/auth/login",
        200,
        (caller, client) ->
            client.postJson(
                "/auth/login", object("username", "matrix-login", "password", TestUsers.PASSWORD)));
    recipe(
        "POST /api/auth/logout",
        204,
        (caller, client) -> client.postJson("/auth/logout", object()));
    get("GET /api/auth/me", "/auth/me");
    recipe(
        "POST /api/auth/password",
        204,
        (caller, client) -> {
          ApiClient changer = client;
          if (caller != Caller.ANONYMOUS) {
            // Tokens of the matrix's callers have no password: the same roles, signed in with one.
            String username = unique("matrix-pw");
            users.create(username, roleOf(caller));
            ApiClient.Answer login =
                client.postJson(
                    "/auth/login", object("username", username, "password", TestUsers.PASSWORD));
            changer =
                ApiClient.anonymous(APP.getLocalPort()).as(login.json().get("token").asText());
          }
          return changer.postJson(
              "/auth/password",
              object(
                  "currentPassword",
                  TestUsers.PASSWORD,
                  "newPassword",
                  "another long passphrase " + SERIAL.incrementAndGet()));
        });
    get("GET /api/tokens", "/tokens");
    recipe(
        "POST /api/tokens",
        201,
        (caller, client) -> client.postJson("/tokens", object("label", "matrix")));
    recipe(
        "POST /api/tokens/{tokenId}/revocation",
        200,
        (caller, client) -> {
          long own =
              caller == Caller.ANONYMOUS
                  ? targetTokenId
                  : client
                      .postJson("/tokens", object("label", "to revoke"))
                      .json()
                      .get("id")
                      .asLong();
          return client.postJson("/tokens/" + own + "/revocation", object("reason", "matrix"));
        });
    get("GET /api/users", "/users");
    recipe(
        "POST /api/users",
        201,
        (caller, client) ->
            client.postJson(
                "/users", object("username", unique("matrix-new"), "roles", List.of("analyst"))));
    recipe(
        "GET /api/users/{userId}", 200, (caller, client) -> client.get("/users/" + targetUserId));
    recipe(
        "PUT /api/users/{userId}/roles",
        200,
        (caller, client) -> {
          long user = newUser();
          return client.putJson(
              "/users/" + user + "/roles",
              object("roles", List.of("advocate")),
              "If-Match",
              ifMatch("/users/" + user));
        });
    recipe(
        "POST /api/users/{userId}/password",
        204,
        (caller, client) ->
            client.postJson(
                "/users/" + newUser() + "/password",
                object("newPassword", "a reset long passphrase")));
    recipe(
        "POST /api/users/{userId}/deactivation",
        200,
        (caller, client) -> {
          long user = newUser();
          return client.postJson(
              "/users/" + user + "/deactivation",
              object("reason", "matrix"),
              "If-Match",
              ifMatch("/users/" + user));
        });
    recipe(
        "GET /api/users/{userId}/history",
        200,
        (caller, client) -> client.get("/users/" + targetUserId + "/history"));
    get("GET /api/audit/events", "/audit/events");
    get("GET /api/audit/verify", "/audit/verify");
    get("GET /api/facilities", "/facilities?q=yodok");
    recipe(
        "POST /api/facilities",
        201,
        (caller, client) ->
            client.postJson(
                "/facilities",
                object(
                    "id",
                    unique("matrix-new"),
                    "name",
                    "Matrix new",
                    "type",
                    "kyohwaso",
                    "status",
                    "operational",
                    "location",
                    object("type", "Point", "coordinates", List.of(128.05, 41.05)))));
    get("GET /api/facilities/{facilityId}", camp);
    recipe(
        "PUT /api/facilities/{facilityId}",
        200,
        (caller, client) -> {
          String id = newFacility();
          return client.putJson(
              "/facilities/" + id, editable(id), "If-Match", ifMatch("/facilities/" + id));
        });
    recipe(
        "POST /api/facilities/{facilityId}/deletion",
        200,
        (caller, client) -> {
          String id = newFacility();
          return client.postJson(
              "/facilities/" + id + "/deletion",
              object("reason", "matrix"),
              "If-Match",
              ifMatch("/facilities/" + id));
        });
    get("GET /api/facilities/{facilityId}/history", camp + "/history");
    get("GET /api/facilities/{facilityId}/boundaries", camp + "/boundaries");
    recipe(
        "POST /api/facilities/{facilityId}/boundaries",
        201,
        (caller, client) ->
            client.postJson(
                "/facilities/" + newFacility() + "/boundaries",
                object(
                    "geometry",
                    square(128.0, 41.0, 128.1, 41.1),
                    "validFrom",
                    "2000-01-01",
                    "basis",
                    "approximate",
                    "confidence",
                    "low")));
    get(
        "GET /api/facilities/{facilityId}/boundaries/{boundaryId}",
        camp + "/boundaries/" + publishedBoundaryId);
    recipe(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/end",
        200,
        (caller, client) -> {
          String id = newFacility();
          String path = "/facilities/" + id + "/boundaries/" + newBoundary(id);
          return client.postJson(
              path + "/end", object("validTo", "2001-01-01"), "If-Match", ifMatch(path));
        });
    recipe(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/supersede",
        201,
        (caller, client) -> {
          String id = newFacility();
          String path = "/facilities/" + id + "/boundaries/" + newBoundary(id);
          return client.postJson(
              path + "/supersede",
              object(
                  "geometry",
                  square(128.02, 41.02, 128.03, 41.03),
                  "validFrom",
                  "2001-01-01",
                  "basis",
                  "approximate",
                  "confidence",
                  "low"),
              "If-Match",
              ifMatch(path));
        });
    recipe(
        "POST /api/facilities/{facilityId}/boundaries/{boundaryId}/deletion",
        200,
        (caller, client) -> {
          String id = newFacility();
          return client.postJson(
              "/facilities/" + id + "/boundaries/" + newBoundary(id) + "/deletion",
              object("reason", "matrix"));
        });
    get("GET /api/facilities/{facilityId}/zones", camp + "/zones");
    recipe(
        "POST /api/facilities/{facilityId}/zones",
        201,
        (caller, client) ->
            client.postJson(
                "/facilities/" + newFacility() + "/zones",
                object(
                    "zoneKey",
                    "matrix-housing",
                    "name",
                    "Housing",
                    "kind",
                    "housing",
                    "geometry",
                    square(128.02, 41.02, 128.04, 41.04),
                    "validFrom",
                    "2000-01-01",
                    "basis",
                    "approximate",
                    "confidence",
                    "low")));
    get("GET /api/facilities/{facilityId}/zones/{zoneId}", camp + "/zones/" + publishedZoneId);
    recipe(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/end",
        200,
        (caller, client) -> {
          String id = newFacility();
          String path = "/facilities/" + id + "/zones/" + newZone(id);
          return client.postJson(
              path + "/end", object("validTo", "2001-01-01"), "If-Match", ifMatch(path));
        });
    recipe(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/supersede",
        201,
        (caller, client) -> {
          String id = newFacility();
          String path = "/facilities/" + id + "/zones/" + newZone(id);
          String zoneKey = fixtures.get(path).json().findValue("zoneKey").asText();
          return client.postJson(
              path + "/supersede",
              object(
                  "zoneKey",
                  zoneKey,
                  "name",
                  "Housing",
                  "kind",
                  "housing",
                  "geometry",
                  square(128.02, 41.02, 128.03, 41.03),
                  "validFrom",
                  "2001-01-01",
                  "basis",
                  "approximate",
                  "confidence",
                  "low"),
              "If-Match",
              ifMatch(path));
        });
    recipe(
        "POST /api/facilities/{facilityId}/zones/{zoneId}/deletion",
        200,
        (caller, client) -> {
          String id = newFacility();
          return client.postJson(
              "/facilities/" + id + "/zones/" + newZone(id) + "/deletion",
              object("reason", "matrix"));
        });
    recipe(
        "POST /api/facilities/{facilityId}/duplicate-decision",
        200,
        (caller, client) -> {
          String[] pair = newCandidatePair();
          return client.postJson(
              "/facilities/" + pair[0] + "/duplicate-decision",
              object("duplicateOf", pair[1], "decision", "keep-apart", "reason", "matrix"),
              "If-Match",
              ifMatch("/facilities/" + pair[0]));
        });
    get("GET /api/facilities/{facilityId}/publication", camp + "/publication");
    recipe(
        "PUT /api/facilities/{facilityId}/publication",
        200,
        (caller, client) ->
            client.putJson(
                "/facilities/" + newFacility() + "/publication",
                object("published", false, "reason", "matrix")));
    publicationRecipes();
    recipe(
        "POST /api/evidence",
        201,
        (caller, client) ->
            client.post(
                "/evidence?filename=matrix-call.txt",
                HttpRequest.BodyPublishers.ofString(unique("matrix call")),
                "Content-Type",
                "text/plain"));
    get("GET /api/evidence", "/evidence");
    recipe(
        "GET /api/evidence/{evidenceId}",
        200,
        (caller, client) -> client.get("/evidence/" + evidenceId));
    recipe(
        "GET /api/evidence/{evidenceId}/content",
        200,
        (caller, client) -> client.get("/evidence/" + evidenceId + "/content?purpose=matrix"));
    recipe(
        "GET /api/evidence/{evidenceId}/custody",
        200,
        (caller, client) -> client.get("/evidence/" + evidenceId + "/custody"));
    recipe(
        "POST /api/evidence/{evidenceId}/transfers",
        200,
        (caller, client) ->
            client.postJson(
                "/evidence/" + evidenceId + "/transfers",
                object("recipient", "matrix archive", "purpose", "matrix", "method", "courier")));
    recipe(
        "POST /api/evidence/{evidenceId}/withdrawal",
        200,
        (caller, client) ->
            client.postJson(
                "/evidence/" + newEvidence() + "/withdrawal", object("reason", "matrix")));
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }
}
