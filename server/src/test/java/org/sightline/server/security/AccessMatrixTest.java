package org.sightline.server.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.auth.Role;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;
import org.sightline.server.testing.TestDatabase;
import org.sightline.server.testing.TestPostgis;
import org.sightline.server.testing.TestUsers;

/**
 * The role x endpoint matrix. It walks every endpoint Jersey has registered and calls it over real
 * HTTP as anonymous, as a user without roles, and as each role, with a fresh token every time, and
 * checks the answer: 401 for anonymous and 403 for a user where the rule says no, anything but
 * 401/403 where it says yes. An endpoint missing from {@link #EXPECTED} fails the test, so a
 * resource added later without a rule here (and a rule on it) cannot slip through.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class AccessMatrixTest {
  /** Who calls: anonymous, a user with no role, and one user per role. */
  enum Caller { ANONYMOUS, NO_ROLE, ADMIN, ANALYST, INVESTIGATOR, ADVOCATE }

  private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
  private static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
  private static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);
  private static final Set<Caller> EVIDENCE_HANDLERS = EnumSet.of(Caller.ADMIN, Caller.ANALYST, Caller.INVESTIGATOR);
  private static final Set<Caller> STAFF = EnumSet.of(Caller.ADMIN, Caller.ANALYST, Caller.INVESTIGATOR, Caller.ADVOCATE);

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
    EXPECTED.put("GET /api/exports/facilities.{format}", EVERYONE);
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
    EXPECTED.put("POST /api/facilities/{facilityId}/deletion", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/history", STAFF);
    EXPECTED.put("GET /api/facilities/{facilityId}/boundaries", EVERYONE);
    EXPECTED.put("POST /api/facilities/{facilityId}/boundaries", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("POST /api/facilities/{facilityId}/boundaries/{boundaryId}/deletion", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/zones", EVERYONE);
    EXPECTED.put("POST /api/facilities/{facilityId}/zones", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("POST /api/facilities/{facilityId}/zones/{zoneId}/deletion", EnumSet.of(Caller.ADMIN, Caller.ANALYST));
    EXPECTED.put("GET /api/facilities/{facilityId}/publication", STAFF);
    EXPECTED.put("PUT /api/facilities/{facilityId}/publication", EnumSet.of(Caller.ADMIN, Caller.ADVOCATE));
    EXPECTED.put("POST /api/evidence", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}/content", EVIDENCE_HANDLERS);
    EXPECTED.put("GET /api/evidence/{evidenceId}/custody", EVIDENCE_HANDLERS);
    EXPECTED.put("POST /api/evidence/{evidenceId}/transfers", EVIDENCE_HANDLERS);
    EXPECTED.put("POST /api/evidence/{evidenceId}/withdrawal", EnumSet.of(Caller.ADMIN, Caller.INVESTIGATOR));
  }

  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP = SightlineAppFactory.on(DATABASE);
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
    ApiClient.Answer upload = target.post("/evidence?filename=matrix.txt",
        HttpRequest.BodyPublishers.ofString("evidence for the matrix"), "Content-Type", "text/plain");
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    evidenceId = upload.json().at("/item/id").asLong();
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
    return (prefix.endsWith("/") ? prefix : prefix + "/") + (path.startsWith("/") ? path.substring(1) : path);
  }

  @Test
  void everyRegisteredEndpointHasAnExpectedRuleAndNoRuleIsStale() {
    Set<String> registered = registeredEndpoints();
    assertThat(registered).as("endpoints without a row in AccessMatrixTest.EXPECTED")
        .isSubsetOf(EXPECTED.keySet());
    assertThat(EXPECTED.keySet()).as("rows in EXPECTED for endpoints that no longer exist")
        .isSubsetOf(registered);
  }

  @Test
  void everyEndpointAnswersEveryCallerAsItsRuleSays() {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    int usersMade = 0;
    for (Map.Entry<String, Set<Caller>> rule : EXPECTED.entrySet()) {
      String method = rule.getKey().substring(0, rule.getKey().indexOf(' '));
      String path = concrete(rule.getKey().substring(rule.getKey().indexOf(' ') + 5));
      for (Caller caller : Caller.values()) {
        ApiClient client = ApiClient.anonymous(APP.getLocalPort());
        if (caller != Caller.ANONYMOUS) {
          client = client.as(users.tokenFor(USERNAMES.get(caller) + "-" + (++usersMade), roleOf(caller)));
        }
        ApiClient.Answer answer = call(client, method, path);
        calls++;
        boolean allowed = rule.getValue().contains(caller);
        int denial = caller == Caller.ANONYMOUS ? 401 : 403;
        boolean ok = allowed ? answer.status() != 401 && answer.status() != 403 : answer.status() == denial;
        if (!ok) {
          wrong.add(rule.getKey() + " as " + caller + ": expected " + (allowed ? "access" : denial)
              + ", got " + answer.status() + " " + abbreviate(answer.body()));
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

  private static String concrete(String template) {
    return template
        .replace("{collectionId}", "facilities")
        .replace("{featureId}", "kwanliso-15-yodok")
        .replace("{facilityId}", "kwanliso-15-yodok")
        .replace("{type:json|yaml}", "json")
        .replace("{userId}", Long.toString(targetUserId))
        .replace("{tokenId}", Long.toString(targetTokenId))
        .replace("{evidenceId}", Long.toString(evidenceId))
        .replace("{boundaryId}", "999999")
        .replace("{zoneId}", "999999")
        .replace("{format}", "geojson")
        .replace("{itemId}", "S2B_52SBJ_20241210_0_L2A");
  }

  private static ApiClient.Answer call(ApiClient client, String method, String path) {
    return switch (method) {
      case "GET" -> client.get(path);
      case "POST" -> path.equals("/evidence")
          ? client.post("/evidence?filename=matrix-call.txt", HttpRequest.BodyPublishers.ofString("matrix call"),
              "Content-Type", "text/plain")
          : client.postJson(path, "{}");
      case "PUT" -> client.putJson(path, "{}");
      default -> throw new IllegalStateException("no request recipe for " + method);
    };
  }

  private static String abbreviate(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "..." : body;
  }
}
