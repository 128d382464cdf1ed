package org.sightline.server.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.locationtech.jts.geom.Coordinate;
import org.sightline.geodata.corroboration.CorroborationLevel;
import org.sightline.geodata.geom.GeoJsonGeometryReader;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.publication.DateGeneraliser;
import org.sightline.geodata.publication.DateGeneraliser.PublicTime;
import org.sightline.geodata.publication.FreeTextRule;
import org.sightline.geodata.publication.PlaceGeneralisation;
import org.sightline.geodata.publication.PlaceGeneraliser;
import org.sightline.geodata.publication.RedactionRules;

/**
 * The public layers: published claims, corroborated events and observed structures, built from the
 * reviewed snapshots under the active redaction policy, for anonymous callers, advocates and every
 * public export. The query layer of publication: nothing public is read any other way.
 *
 * <p>Per claim: public only while the claim, its testimony or document live, every sharing on the
 * way is {@code shareable}, and (when the policy requires it) the witness consented to public use;
 * its place generalised ({@link PlaceGeneraliser}, never nearer to a point or area place than the
 * policy's minimum distance), its time widened to whole months or years ({@link DateGeneraliser}),
 * its description only when marked publishable and the policy allows free text. No witness code,
 * testimony, interviewer, organisation, sealed field or evidence file name is read at all. Per
 * event: at or above the policy's level, both as reviewed and now; its members never named. Per
 * structure: as observed (imagery is not witness data), while its observation lives and its
 * facility is public. Positions of claims and events are computed over every public claim and event
 * together, never per request, so that no filter changes where a place is shown.
 *
 * <p>Thread-safe.
 */
public final class PublicFeatures {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> CONSENTED = Set.of("anonymised", "attributable", "document");

  private final Jdbi jdbi;
  private final RedactionPolicies policies;

  public PublicFeatures(Jdbi jdbi, RedactionPolicies policies) {
    this.jdbi = jdbi;
    this.policies = policies;
  }

  /** The public layers under a policy. */
  public record PublicLayers(RedactionPolicy policy, List<PublicFeature> features) {
    public PublicLayers {
      features = List.copyOf(features);
    }
  }

  /** The policy in force. */
  public RedactionPolicy policy() {
    return policies.active();
  }

  /** Everything public now, under the active policy. */
  public PublicLayers current() {
    RedactionPolicy policy = policies.active();
    return jdbi.withHandle(handle -> build(handle, policy, List.of()));
  }

  /**
   * Everything public now, read through {@code handle} (so inside the caller's transaction), under
   * the policy active in it: what a public export is generated from.
   */
  public static PublicLayers current(Handle handle) {
    RedactionPolicy policy =
        handle
            .attach(RedactionPolicyDao.class)
            .active()
            .orElseThrow(() -> new IllegalStateException("no redaction policy is active"));
    return build(handle, policy, List.of());
  }

  /**
   * What the public would see of a review's version if it were published now: its features, placed
   * among everything public. Empty when the policy keeps it out entirely.
   */
  public List<PublicFeature> preview(Review review) {
    RedactionPolicy policy = policies.active();
    String prefix = review.kind().code() + "-" + review.id();
    return jdbi.withHandle(handle -> build(handle, policy, List.of(review))).features().stream()
        .filter(f -> f.id().equals(prefix) || f.id().startsWith(prefix + "."))
        .toList();
  }

  /**
   * A live corroborated event as an advocate may see it before it is submitted: its key, its level
   * now, and its redacted form under the policy in force (empty when the policy keeps it out).
   */
  public record EventCandidate(String eventKey, String level, Optional<PublicFeature> preview) {}

  /**
   * Every live corroborated event in redacted form, for advocates choosing what to submit: the same
   * treatment as {@link #preview}, placed among everything public and every candidate.
   */
  public List<EventCandidate> eventCandidates() {
    RedactionPolicy policy = policies.active();
    return jdbi.withHandle(
        handle -> {
          SnapshotDao snapshots = handle.attach(SnapshotDao.class);
          List<Review> virtual = new ArrayList<>();
          List<String> levels = new ArrayList<>();
          long n = 0;
          for (String key : snapshots.liveEventKeys()) {
            Optional<Snapshot> snapshot = snapshots.event(key);
            if (snapshot.isEmpty()) {
              continue;
            }
            n++;
            Review candidate =
                new Review(
                    -n,
                    PublicationKind.EVENT,
                    key,
                    snapshot.get().version(),
                    ReviewState.READY,
                    json(snapshot.get().contentJson()),
                    List.of(),
                    List.of(),
                    "candidate",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    1);
            virtual.add(candidate);
            levels.add(candidate.content().path("level").asText());
          }
          Map<String, PublicFeature> byId = new HashMap<>();
          build(handle, policy, virtual).features().forEach(f -> byId.put(f.id(), f));
          List<EventCandidate> candidates = new ArrayList<>();
          for (int k = 0; k < virtual.size(); k++) {
            Review candidate = virtual.get(k);
            candidates.add(
                new EventCandidate(
                    candidate.recordId(),
                    levels.get(k),
                    Optional.ofNullable(byId.get("event-" + candidate.id()))));
          }
          return candidates;
        });
  }

  private static PublicLayers build(Handle handle, RedactionPolicy policy, List<Review> extra) {
    RedactionRules rules = policy.rules();
    PublicationDao reviews = handle.attach(PublicationDao.class);
    LiveStateDao live = handle.attach(LiveStateDao.class);

    List<Review> claims = withExtra(reviews.published("claim"), extra, PublicationKind.CLAIM);
    List<Review> events = withExtra(reviews.published("event"), extra, PublicationKind.EVENT);
    List<Review> observations =
        withExtra(reviews.published("observation"), extra, PublicationKind.OBSERVATION);

    Map<String, Coordinate> facilities = new HashMap<>();
    live.publicFacilities().forEach(f -> facilities.put(f.id(), new Coordinate(f.lon(), f.lat())));
    Map<String, Coordinate> zones = new HashMap<>();
    if (rules.placeGeneralisation() == PlaceGeneralisation.ZONE) {
      live.publicZones()
          .forEach(
              z -> zones.put(z.facilityId() + "/" + z.zoneKey(), new Coordinate(z.lon(), z.lat())));
    }

    List<Placed> placed = new ArrayList<>();
    placed.addAll(publicClaims(live, claims, rules, facilities, zones));
    placed.addAll(publicEvents(live, events, rules, facilities));
    List<PlaceGeneraliser.Item> items = placed.stream().map(Placed::item).toList();
    Map<String, Coordinate> positions =
        PlaceGeneraliser.place(items, rules.gridSizeM(), rules.minimumDistanceM());

    List<PublicFeature> features = new ArrayList<>();
    for (Placed p : placed) {
      Coordinate at = positions.get(p.item().key());
      p.properties().put("policyVersion", policy.version());
      features.add(
          new PublicFeature(
              p.item().key(),
              p.layer(),
              Geometries.FACTORY.createPoint(at),
              p.properties(),
              p.time().earliest(),
              p.time().latest()));
    }
    features.addAll(publicStructures(live, observations, rules, policy.version()));
    return new PublicLayers(policy, features);
  }

  private static List<Review> withExtra(
      List<Review> published, List<Review> extra, PublicationKind kind) {
    List<Review> all = new ArrayList<>();
    for (Review review : published) {
      boolean replaced =
          extra.stream().anyMatch(e -> e.kind() == kind && e.recordId().equals(review.recordId()));
      if (!replaced) {
        all.add(review);
      }
    }
    extra.stream().filter(e -> e.kind() == kind).forEach(all::add);
    return all;
  }

  /** A claim or event before its position is chosen. */
  private record Placed(
      PlaceGeneraliser.Item item, String layer, ObjectNode properties, PublicTime time) {}

  private static List<Placed> publicClaims(
      LiveStateDao live,
      List<Review> claims,
      RedactionRules rules,
      Map<String, Coordinate> facilities,
      Map<String, Coordinate> zones) {
    Map<Long, LiveStateDao.ClaimState> states = new HashMap<>();
    live.claims(claims.stream().mapToLong(r -> Long.parseLong(r.recordId())).toArray())
        .forEach(s -> states.put(s.id(), s));
    List<Placed> placed = new ArrayList<>();
    for (Review review : claims) {
      JsonNode c = review.content();
      LiveStateDao.ClaimState state = states.get(Long.parseLong(review.recordId()));
      if (state == null || !state.shareable() || !"shareable".equals(c.path("sharing").asText())) {
        continue;
      }
      String consentThen =
          c.path("source").asText().equals("document") ? "document" : c.path("consent").asText();
      if (rules.requireConsent()
          && !(CONSENTED.contains(state.consent()) && CONSENTED.contains(consentThen))) {
        continue;
      }
      List<Coordinate> restricted = new ArrayList<>();
      Coordinate firstPoint = null;
      Coordinate publicAnchor = null;
      String facilityId = null;
      for (JsonNode place : c.path("places")) {
        Coordinate point = point(place.get("point"));
        if (point == null) {
          continue;
        }
        if (firstPoint == null) {
          firstPoint = point;
        }
        String kind = place.path("kind").asText();
        if (kind.equals("point") || kind.equals("area")) {
          restricted.add(point);
        }
        String placeFacility = place.path("facilityId").asText(null);
        if (kind.equals("facility")
            && placeFacility != null
            && facilities.containsKey(placeFacility)) {
          if (facilityId == null) {
            facilityId = placeFacility;
            publicAnchor =
                Optional.ofNullable(
                        zones.get(placeFacility + "/" + place.path("zoneKey").asText("")))
                    .orElse(facilities.get(placeFacility));
          }
        }
      }
      if (firstPoint == null) {
        continue;
      }
      if (facilityId == null) {
        for (JsonNode linked : c.path("facilities")) {
          if (facilities.containsKey(linked.asText())) {
            facilityId = linked.asText();
            publicAnchor = facilities.get(facilityId);
            break;
          }
        }
      }
      boolean atFacility =
          rules.placeGeneralisation() != PlaceGeneralisation.GRID && publicAnchor != null;
      PlaceGeneraliser.Item item =
          new PlaceGeneraliser.Item(
              "claim-" + review.id(),
              atFacility ? publicAnchor : firstPoint,
              atFacility,
              restricted);
      JsonNode time = c.path("time");
      PublicTime publicTime =
          DateGeneraliser.generalise(
              date(time.get("earliest")), date(time.get("latest")), rules.datePrecision());
      ObjectNode properties = JSON.objectNode();
      properties.put("layer", "claims");
      properties.put("type", c.path("type").asText());
      putTime(properties, publicTime);
      putPlace(properties, rules, atFacility);
      if (facilityId != null) {
        properties.put("facilityId", facilityId);
      }
      putNumber(properties, "victimsMin", c.get("victimsMin"));
      putNumber(properties, "victimsMax", c.get("victimsMax"));
      if (rules.freeText() == FreeTextRule.MARKED_ONLY && review.marksPublishable("description")) {
        properties.put("description", c.path("description").asText());
      }
      properties.put("publishedOn", publishedOn(review));
      placed.add(new Placed(item, "claims", properties, publicTime));
    }
    return placed;
  }

  private static List<Placed> publicEvents(
      LiveStateDao live,
      List<Review> events,
      RedactionRules rules,
      Map<String, Coordinate> facilities) {
    Map<String, String> levels = new HashMap<>();
    live.events(events.stream().map(Review::recordId).toArray(String[]::new))
        .forEach(s -> levels.put(s.eventKey(), s.level()));
    List<Placed> placed = new ArrayList<>();
    for (Review review : events) {
      JsonNode e = review.content();
      String levelNow = levels.get(review.recordId());
      if (levelNow == null
          || !rules.allowsLevel(CorroborationLevel.fromCode(levelNow))
          || !rules.allowsLevel(CorroborationLevel.fromCode(e.path("level").asText()))) {
        continue;
      }
      Coordinate centre = point(e.get("centre"));
      if (centre == null) {
        continue;
      }
      List<Coordinate> restricted = new ArrayList<>();
      for (JsonNode point : e.path("restricted")) {
        Coordinate c = point(point);
        if (c != null) {
          restricted.add(c);
        }
      }
      ArrayNode publicFacilities = JSON.arrayNode();
      Coordinate publicAnchor = null;
      for (JsonNode id : e.path("facilities")) {
        if (facilities.containsKey(id.asText())) {
          publicFacilities.add(id.asText());
          if (publicAnchor == null) {
            publicAnchor = facilities.get(id.asText());
          }
        }
      }
      boolean atFacility =
          rules.placeGeneralisation() != PlaceGeneralisation.GRID && publicAnchor != null;
      PlaceGeneraliser.Item item =
          new PlaceGeneraliser.Item(
              "event-" + review.id(), atFacility ? publicAnchor : centre, atFacility, restricted);
      JsonNode time = e.path("time");
      PublicTime publicTime =
          DateGeneraliser.generalise(
              date(time.get("earliest")), date(time.get("latest")), rules.datePrecision());
      ObjectNode properties = JSON.objectNode();
      properties.put("layer", "events");
      properties.set("types", e.path("types").deepCopy());
      properties.put("level", levelNow);
      properties.put("independentSources", e.path("independentSources").asInt());
      properties.set("sourceKinds", e.path("sourceKinds").deepCopy());
      putTime(properties, publicTime);
      putPlace(properties, rules, atFacility);
      properties.set("facilityIds", publicFacilities);
      properties.put("publishedOn", publishedOn(review));
      placed.add(new Placed(item, "events", properties, publicTime));
    }
    return placed;
  }

  private static List<PublicFeature> publicStructures(
      LiveStateDao live, List<Review> observations, RedactionRules rules, int policyVersion) {
    Set<Long> alive =
        Set.copyOf(
            live.liveObservations(
                observations.stream().mapToLong(r -> Long.parseLong(r.recordId())).toArray()));
    List<PublicFeature> features = new ArrayList<>();
    for (Review review : observations) {
      if (!alive.contains(Long.parseLong(review.recordId()))) {
        continue;
      }
      JsonNode o = review.content();
      LocalDate acquiredOn =
          OffsetDateTime.parse(o.path("acquiredAt").asText())
              .atZoneSameInstant(ZoneOffset.UTC)
              .toLocalDate();
      boolean notes =
          rules.freeText() == FreeTextRule.MARKED_ONLY && review.marksPublishable("notes");
      int k = 0;
      for (JsonNode s : o.path("structures")) {
        k++;
        ObjectNode properties = JSON.objectNode();
        properties.put("layer", "structures");
        properties.put("class", s.path("class").asText());
        properties.put("condition", s.path("condition").asText());
        properties.put("areaSqm", Math.round(s.path("areaSqm").asDouble()));
        properties.put("lengthM", Math.round(s.path("lengthM").asDouble()));
        properties.put("facilityId", o.path("facilityId").asText());
        properties.put("sceneId", o.path("sceneId").asText());
        properties.put("acquiredOn", acquiredOn.toString());
        properties.put("confidence", o.path("confidence").asText());
        properties.put("observation", "observation-" + review.id());
        if (notes && s.hasNonNull("notes")) {
          properties.put("notes", s.path("notes").asText());
        }
        if (notes && o.hasNonNull("notes")) {
          properties.put("observationNotes", o.path("notes").asText());
        }
        properties.put("publishedOn", publishedOn(review));
        properties.put("policyVersion", policyVersion);
        features.add(
            new PublicFeature(
                "observation-" + review.id() + "." + k,
                "structures",
                GeoJsonGeometryReader.read(s.get("geometry"), "geometry"),
                properties,
                acquiredOn,
                acquiredOn));
      }
    }
    return features;
  }

  private static void putTime(ObjectNode properties, PublicTime time) {
    ObjectNode node = properties.putObject("time");
    node.put("edtf", time.edtf());
    node.put("earliest", time.earliest() == null ? null : time.earliest().toString());
    node.put("latest", time.latest() == null ? null : time.latest().toString());
  }

  private static void putPlace(ObjectNode properties, RedactionRules rules, boolean atFacility) {
    ObjectNode node = properties.putObject("place");
    node.put("generalisedTo", atFacility ? rules.placeGeneralisation().code() : "grid");
    node.put("gridSizeM", rules.gridSizeM());
  }

  private static void putNumber(ObjectNode properties, String field, JsonNode value) {
    if (value != null && value.isIntegralNumber()) {
      properties.put(field, value.intValue());
    }
  }

  private static String publishedOn(Review review) {
    return review.publishedAt() == null
        ? null
        : review.publishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static Coordinate point(JsonNode geoJson) {
    if (geoJson == null || !geoJson.isObject()) {
      return null;
    }
    JsonNode coordinates = geoJson.path("coordinates");
    if (!"Point".equals(geoJson.path("type").asText()) || coordinates.size() < 2) {
      return null;
    }
    return new Coordinate(coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
  }

  private static JsonNode json(String text) {
    try {
      return JsonMapping.reader().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a snapshot is not JSON", e);
    }
  }

  private static LocalDate date(JsonNode value) {
    return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
  }
}
