package org.sightline.server.resources.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.facility.Facility;
import org.sightline.geodata.facility.SourcedLocation;
import org.sightline.geodata.geom.BoundingBox;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.source.Source;
import org.sightline.server.api.FacilityProperties;
import org.sightline.server.api.FacilityProperties.SourceJson;
import org.sightline.server.api.FacilityProperties.SourcedLocationJson;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.db.LonLatExtent;
import org.sightline.server.db.SourceDao;
import org.sightline.server.registry.CandidateDuplicate;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.SourcedLocationRow;
import org.sightline.server.visibility.Visibility;

/**
 * Reads facilities with their sourced locations and sources, in the shape the API returns. Two
 * queries per page (facilities, then all their locations), never one per facility. Thread-safe.
 */
public final class FacilityFeatures {
  private final Jdbi jdbi;

  public FacilityFeatures(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One facility with what the API shows of it. */
  public record Item(Facility facility, FacilityProperties properties) {}

  /** A page: up to {@code limit} items, and whether more follow. */
  public record Page(List<Item> items, boolean hasMore, long numberMatched) {}

  /**
   * @param visibility which facilities the caller may see
   * @param viewer the caller: staff reads of unpublished facilities are audited with it, one event
   *     per facility
   */
  public Page page(
      BoundingBox bbox, String afterId, int limit, Visibility visibility, Actor viewer) {
    return page(bbox, afterId, limit, visibility, viewer, null, null);
  }

  /**
   * As {@link #page(BoundingBox, String, int, Visibility, Actor)}, only facilities of these types
   * and statuses (codes; null for any).
   */
  public Page page(
      BoundingBox bbox,
      String afterId,
      int limit,
      Visibility visibility,
      Actor viewer,
      String[] types,
      String[] statuses) {
    Geometry area = bbox == null ? null : areaOf(bbox);
    return jdbi.inTransaction(
        handle -> {
          FacilityDao dao = handle.attach(FacilityDao.class);
          List<Facility> rows = dao.page(area, afterId, limit + 1, visibility, types, statuses);
          boolean hasMore = rows.size() > limit;
          List<Facility> facilities = hasMore ? rows.subList(0, limit) : rows;
          long matched = dao.count(area, visibility, types, statuses);
          auditUnpublishedReads(handle, visibility, viewer, facilities);
          return new Page(
              withProperties(dao, handle.attach(SourceDao.class), facilities, visibility),
              hasMore,
              matched);
        });
  }

  /** One facility; see {@link #page} for {@code visibility} and {@code viewer}. */
  public Optional<Item> byId(String id, Visibility visibility, Actor viewer) {
    return jdbi.inTransaction(
        handle -> {
          FacilityDao dao = handle.attach(FacilityDao.class);
          Optional<Facility> facility = dao.findFeature(id, visibility);
          facility.ifPresent(f -> auditUnpublishedReads(handle, visibility, viewer, List.of(f)));
          return facility.map(
              f ->
                  withProperties(dao, handle.attach(SourceDao.class), List.of(f), visibility)
                      .get(0));
        });
  }

  private static void auditUnpublishedReads(
      Handle handle, Visibility visibility, Actor viewer, List<Facility> facilities) {
    if (visibility.publishedOnly() || facilities.isEmpty()) {
      return;
    }
    List<String> unpublished =
        handle
            .attach(FacilityDao.class)
            .unpublishedAmong(facilities.stream().map(Facility::id).toArray(String[]::new));
    if (unpublished.isEmpty()) {
      return;
    }
    AttributedTransactions.attribute(handle, viewer);
    for (String id : unpublished) {
      AuditLog.record(handle, "read", "facility", id, Map.of("published", false));
    }
  }

  /** The extent of the facilities that {@code visibility} lets the caller see. */
  public Optional<LonLatExtent> extent(Visibility visibility) {
    return jdbi.withExtension(FacilityDao.class, dao -> dao.extent(visibility));
  }

  private static Geometry areaOf(BoundingBox bbox) {
    var boxes = bbox.toPolygons();
    if (boxes.size() == 1) {
      return boxes.get(0);
    }
    return Geometries.FACTORY.createMultiPolygon(boxes.toArray(new Polygon[0]));
  }

  private static List<Item> withProperties(
      FacilityDao dao, SourceDao sourceDao, List<Facility> facilities, Visibility visibility) {
    if (facilities.isEmpty()) {
      return List.of();
    }
    Map<String, Source> sources =
        sourceDao.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    Map<String, List<SourcedLocationRow>> byFacility = new LinkedHashMap<>();
    for (SourcedLocationRow row :
        dao.sourcedLocations(facilities.stream().map(Facility::id).toArray(String[]::new))) {
      byFacility.computeIfAbsent(row.facilityId(), k -> new ArrayList<>()).add(row);
    }
    Map<String, CandidateDuplicate> duplicates = new LinkedHashMap<>();
    for (CandidateDuplicate c :
        dao.candidateDuplicates(
            facilities.stream().map(Facility::id).toArray(String[]::new), visibility)) {
      duplicates.putIfAbsent(c.facilityId(), c);
    }
    List<Item> items = new ArrayList<>(facilities.size());
    for (Facility facility : facilities) {
      List<SourcedLocationRow> rows = byFacility.getOrDefault(facility.id(), List.of());
      List<SourcedLocationJson> locations = new ArrayList<>();
      Map<String, SourceJson> cited = new LinkedHashMap<>();
      for (SourcedLocationRow row : rows) {
        SourcedLocation l = row.location();
        Source source = sources.get(l.sourceId());
        locations.add(
            new SourcedLocationJson(
                l.sourceId(),
                source == null ? l.sourceId() : source.title(),
                l.recordId(),
                l.nameAsPublished(),
                l.point().getX(),
                l.point().getY(),
                l.url(),
                l.primary(),
                Math.round(row.distanceFromFacilityM() / 10.0) / 100.0,
                l.note()));
        if (source != null) {
          cited.putIfAbsent(source.id(), SourceJson.of(source));
        }
      }
      FacilityProperties properties =
          new FacilityProperties(
              facility.name(),
              facility.nameKo(),
              facility.aliases(),
              facility.type().code(),
              facility.status().code(),
              facility.province(),
              facility.controllingAgency(),
              locations,
              List.copyOf(cited.values()),
              duplicates.containsKey(facility.id())
                  ? FacilityProperties.PossibleDuplicate.of(duplicates.get(facility.id()))
                  : null);
      items.add(new Item(facility, properties));
    }
    return items;
  }
}
