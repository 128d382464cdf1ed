package org.sightline.server.resources.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.server.testing.ApiClient.object;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Testimony and corroboration over HTTP, on the application with the sample data: the synthetic
 * sample reaches every level and says it is synthetic; the events collection and its filters;
 * sealed identities never in any answer but the audited unseal; claim imports from CSV and TimeMap
 * (dry run, all or nothing, re-run); refusals.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class TestimonyHttpTest {
  static final TestDatabase DATABASE = TestPostgis.freshDatabase();
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.on(DATABASE);
  private static ApiClient investigator;
  private static ApiClient analyst;
  private static ApiClient admin;
  private static ApiClient anonymous;

  @BeforeAll
  static void users() {
    TestUsers users = new TestUsers(DATABASE, Clock.systemUTC());
    anonymous = ApiClient.anonymous(APP.getLocalPort());
    investigator = anonymous.as(users.tokenFor("testimony-investigator", Role.INVESTIGATOR));
    analyst = anonymous.as(users.tokenFor("testimony-analyst", Role.ANALYST));
    admin = anonymous.as(users.tokenFor("testimony-admin", Role.ADMIN));
    ApiClient.Answer organisation =
        investigator.postJson(
            "/organisations", object("id", "http-centre", "name", "HTTP Test Centre"));
    assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
  }

  private static List<String> texts(JsonNode array, String pointer) {
    List<String> values = new ArrayList<>();
    array.forEach(n -> values.add(n.at(pointer).asText()));
    return values;
  }

  @Test
  void theSyntheticSampleReachesEveryLevelAndSaysItIsSynthetic() {
    ApiClient.Answer page = analyst.get("/collections/events/items?limit=100");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    JsonNode features = page.json().get("features");
    assertThat(texts(features, "/properties/corroboration/level"))
        .contains("single-source", "corroborated", "strongly-corroborated");
    // Other tests of this class add real claims elsewhere (Chongjin, 2010-2011 at Yodok); the
    // sample's events are synthetic.
    for (String sample :
        List.of(
            "facility=kwanliso-14-kaechon",
            "facility=kwanliso-16-hwasong",
            "facility=kwanliso-15-yodok&datetime=1990-01-01/1999-12-31")) {
      JsonNode events = analyst.get("/collections/events/items?" + sample).json().get("features");
      assertThat(events).as(sample).isNotEmpty();
      assertThat(texts(events, "/properties/synthetic")).as(sample).containsOnly("true");
    }

    JsonNode strong =
        analyst.get("/collections/events/items?level=strongly-corroborated").json().get("features");
    assertThat(strong).hasSize(1);
    JsonNode kaechon = strong.get(0).get("properties");
    assertThat(kaechon.get("facilities").toString()).contains("kwanliso-14-kaechon");
    assertThat(kaechon.at("/corroboration/sourceKinds").toString())
        .contains("testimony")
        .contains("imagery");
    assertThat(kaechon.at("/corroboration/independentSources").asInt()).isEqualTo(3);
    // A witness of sharing corroboration-only counts and is withheld.
    assertThat(texts(kaechon.at("/corroboration/members"), "/withheld")).contains("true");

    // Yodok: two witnesses (one of them recorded by both organisations, merged), the same
    // witness's second interview and a relative's hearsay: two independent sources.
    JsonNode yodok =
        analyst
            .get(
                "/collections/events/items?facility=kwanliso-15-yodok&type=public-execution"
                    + "&datetime=1990-01-01/1999-12-31")
            .json()
            .get("features");
    assertThat(yodok).hasSize(1);
    JsonNode corroboration = yodok.get(0).at("/properties/corroboration");
    assertThat(corroboration.get("level").asText()).isEqualTo("corroborated");
    assertThat(corroboration.get("independentSources").asInt()).isEqualTo(2);
    assertThat(corroboration.get("members")).hasSize(5);
    assertThat(texts(corroboration.at("/explanation/sources"), "/reason"))
        .containsExactlyInAnyOrder(
            "independent", "same-source", "independent", "heard-from-counted", "same-source");
    assertThat(corroboration.at("/sensitivity/holds").asBoolean()).isTrue();
    assertThat(corroboration.at("/tolerances/timeDays").asInt()).isEqualTo(30);
    assertThat(yodok.get(0).at("/geometry/type").asText()).isIn("Polygon", "MultiPolygon");

    String key = yodok.get(0).get("id").asText();
    ApiClient.Answer one = analyst.get("/collections/events/items/" + key);
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    assertThat(one.json().at("/properties/corroboration/level").asText()).isEqualTo("corroborated");

    // The decade of one witness and the season of another meet; the 1980s find nothing.
    assertThat(
            analyst
                .get("/collections/events/items?datetime=1980-01-01/1989-12-31")
                .json()
                .get("features"))
        .isEmpty();
    assertThat(analyst.get("/collections/events/items?level=certain").status()).isEqualTo(400);
    assertThat(anonymous.get("/collections/events/items").status()).isEqualTo(401);
    JsonNode collections = analyst.get("/collections").json().get("collections");
    assertThat(texts(collections, "/id")).contains("events");
    assertThat(texts(anonymous.get("/collections").json().get("collections"), "/id"))
        .doesNotContain("events");
  }

  @Test
  void aSealedIdentityAppearsInNoAnswerButTheAuditedUnseal() {
    String name = "Unsealed Nowhere Person";
    ApiClient.Answer created =
        investigator.postJson(
            "/witnesses",
            object(
                "organisation",
                "http-centre",
                "gender",
                "male",
                "identity",
                object(
                    "fullName",
                    name,
                    "contacts",
                    List.of("nowhere@example.invalid"),
                    "exactBirthDate",
                    "1959-09-09")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    String code = created.json().get("code").asText();
    assertThat(code).matches("W-[0-9A-HJKMNP-TV-Z]{6}");
    ApiClient.Answer testimony =
        investigator.postJson(
            "/testimonies",
            object(
                "witness",
                code,
                "organisation",
                "http-centre",
                "interviewedOn",
                "2020-02-02",
                "interviewer",
                "HTTP",
                "language",
                "ko",
                "consent",
                "none",
                "sourceGrade",
                "B"));
    assertThat(testimony.status()).as(testimony.toString()).isEqualTo(201);

    List<ApiClient.Answer> answers = new ArrayList<>();
    for (String path :
        List.of(
            "/witnesses",
            "/witnesses/" + id,
            "/witnesses?organisation=http-centre",
            "/testimonies",
            "/claims",
            "/witness-merges",
            "/claim-duplicates",
            "/organisations",
            "/collections/events/items")) {
      answers.add(investigator.get(path));
    }
    answers.add(admin.get("/audit/events?limit=1000"));
    answers.add(admin.get("/exports/facilities.geojson"));
    for (ApiClient.Answer answer : answers) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      assertThat(answer.body())
          .as(answer.toString())
          .doesNotContain(name)
          .doesNotContain("nowhere@example")
          .doesNotContain("1959-09-09");
    }

    ApiClient.Answer refused =
        investigator.postJson("/witnesses/" + id + "/unseal", object("reason", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(admin.postJson("/witnesses/" + id + "/unseal", object("reason", "curious")).status())
        .isEqualTo(403);
    ApiClient.Answer unsealed =
        investigator.postJson("/witnesses/" + id + "/unseal", object("reason", "consent call"));
    assertThat(unsealed.status()).as(unsealed.toString()).isEqualTo(200);
    assertThat(unsealed.json().get("fullName").asText()).isEqualTo(name);
    assertThat(unsealed.header("Cache-Control")).isEqualTo("no-store");
    JsonNode audit = admin.get("/audit/events?entityType=witness&entityId=" + id).json();
    assertThat(audit.toString()).contains("unseal").contains("consent call").doesNotContain(name);
  }

  @Test
  void claimsImportFromCsvWithADryRunAllOrNothingAndReRunsWithoutDuplicates() {
    String witness =
        investigator
            .postJson("/witnesses", object("organisation", "http-centre"))
            .json()
            .get("code")
            .asText();
    ApiClient.Answer testimony =
        investigator.postJson(
            "/testimonies",
            object(
                "witness",
                witness,
                "organisation",
                "http-centre",
                "interviewedOn",
                "2019-01-01",
                "interviewer",
                "HTTP",
                "language",
                "ko",
                "consent",
                "anonymised",
                "sourceGrade",
                "C",
                "externalRef",
                "T-100"));
    assertThat(testimony.status()).as(testimony.toString()).isEqualTo(201);
    String good =
        """
        ref,testimony_ref,type,description,time,place_facility,information_grade,witness_relation
        C-1,T-100,공개처형,Two men were shot at the river,1997년 겨울,kwanliso-25-chongjin,2,eyewitness
        C-2,T-100,forced labour,Logging in the hills,199X,kwanliso-25-chongjin,3,victim
        """;
    String bad = good + "C-3,T-999,torture,Unknown testimony,2001,kwanliso-15-yodok,3,victim\n";

    ApiClient.Answer dryRun = csv("/claims/import?organisation=http-centre&dryRun=true", good);
    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    assertThat(dryRun.json().get("created").asInt()).isEqualTo(2);
    assertThat(dryRun.json().get("committed").asBoolean()).isFalse();
    assertThat(
            investigator.get("/claims?testimony=" + testimony.json().get("id")).json().get("items"))
        .isEmpty();

    ApiClient.Answer refused = csv("/claims/import?organisation=http-centre", bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.json().get("message").asText()).contains("no testimony 'T-999'");
    assertThat(
            investigator.get("/claims?testimony=" + testimony.json().get("id")).json().get("items"))
        .isEmpty();

    ApiClient.Answer imported = csv("/claims/import?organisation=http-centre", good);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(2);
    JsonNode claims =
        investigator.get("/claims?testimony=" + testimony.json().get("id")).json().get("items");
    assertThat(texts(claims, "/type")).containsExactly("public-execution", "forced-labour");
    assertThat(texts(claims, "/time/edtf")).containsExactly("1997-24", "199X");
    assertThat(texts(claims, "/time/stated")).containsExactly("1997년 겨울", "null");

    ApiClient.Answer again = csv("/claims/import?organisation=http-centre", good);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);

    ApiClient.Answer unreadable = csv("/claims/import?organisation=http-centre", "no,header\n");
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(
            investigator
                .post(
                    "/claims/import?organisation=http-centre",
                    HttpRequest.BodyPublishers.ofString(good),
                    "Content-Type",
                    "text/plain")
                .status())
        .isEqualTo(400);
  }

  @Test
  void claimsImportFromATimeMapExportWithSourcesAsDocuments() {
    String timemap =
        """
        {"events": [
           {"id": "1", "description": "Public execution reported near the camp", "date": "03/15/2010",
            "latitude": "39.6742", "longitude": "126.8510", "associations": ["executions"],
            "sources": ["src-a", "src-b"]},
           {"id": "2", "description": "Forced labour at the mine", "date": "2011",
            "latitude": "39.68", "longitude": "126.86", "associations": ["labour"], "sources": []}],
         "sources": {
           "src-a": {"id": "src-a", "title": "Video A", "type": "Video", "paths": ["https://example.org/a"]},
           "src-b": {"id": "src-b", "title": "Photo B", "type": "Photo", "paths": [], "display": "FALSE"}},
         "associations": [
           {"id": "executions", "title": "Executions", "mode": "FILTER", "filter_paths": ["Executions"]},
           {"id": "labour", "title": "Labour", "mode": "FILTER", "filter_paths": ["Labour"]}]}
        """;
    String query =
        "/claims/import?organisation=http-centre&types=executions:public-execution,labour:forced-labour";
    ApiClient.Answer dryRun = json(query + "&dryRun=true", timemap);
    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    ApiClient.Answer imported = json(query, timemap);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("created").asInt()).isEqualTo(5);
    JsonNode documents = investigator.get("/documents?limit=500").json().get("items");
    assertThat(texts(documents, "/externalRef"))
        .contains("timemap-source:src-a", "timemap-source:src-b", "timemap-dataset");
    JsonNode hidden = null;
    for (JsonNode d : documents) {
      if (d.get("externalRef").asText().equals("timemap-source:src-b")) {
        hidden = d;
      }
    }
    assertThat(hidden.get("sharing").asText()).isEqualTo("corroboration-only");
    ApiClient.Answer again = json(query, timemap);
    assertThat(again.json().get("created").asInt()).isZero();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(5);
  }

  @Test
  void badInputGetsOneClearAnswerNamingTheField() {
    ApiClient.Answer unknownField =
        investigator.postJson("/witnesses", object("organisation", "http-centre", "name", "x"));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body()).contains("name");
    ApiClient.Answer badOrganisation =
        investigator.postJson("/witnesses", object("organisation", "nobody", "gender", "robot"));
    assertThat(badOrganisation.status()).isEqualTo(400);
    assertThat(badOrganisation.body()).contains("gender: unknown value 'robot'");
    ApiClient.Answer badDecade =
        investigator.postJson(
            "/witnesses", object("organisation", "http-centre", "birthDecade", 1973));
    assertThat(badDecade.body()).contains("birthDecade: 1973 is not a decade");
    ApiClient.Answer malformed =
        investigator.post(
            "/claims",
            HttpRequest.BodyPublishers.ofString("{\"type\": "),
            "Content-Type",
            "application/json");
    assertThat(malformed.status()).isEqualTo(400);
    ApiClient.Answer stale =
        investigator.putJson(
            "/witnesses/1", object("organisation", "sample-centre-a"), "If-Match", "\"v99\"");
    assertThat(stale.status()).isEqualTo(412);
    ApiClient.Answer noIfMatch =
        investigator.putJson("/witnesses/1", object("organisation", "sample-centre-a"));
    assertThat(noIfMatch.status()).isEqualTo(428);
  }

  private static ApiClient.Answer csv(String path, String body) {
    return investigator.post(
        path, HttpRequest.BodyPublishers.ofString(body), "Content-Type", "text/csv");
  }

  private static ApiClient.Answer json(String path, String body) {
    return investigator.post(
        path, HttpRequest.BodyPublishers.ofString(body), "Content-Type", "application/json");
  }
}
