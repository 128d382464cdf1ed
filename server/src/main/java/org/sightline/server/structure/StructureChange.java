package org.sightline.server.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.structure.SeriesPoint;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureSeries;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.DatedExtent;
import org.sightline.server.registry.FacilityRegistry;
import org.sightline.server.visibility.Visibility;

/**
 * Reads what was derived from a facility's observations: its tracked structures, its change events
 * and its time series (computed from the live observations at read time, with the boundary valid on
 * each scene date as the facility's area), for callers who may see the facility. Thread-safe.
 */
public final class StructureChange {
  private final AttributedTransactions transactions;
  private final FacilityRegistry registry;
  private final DatedAreas boundaries;

  /**
   * @param boundaries the boundary versions ({@code DatedAreaKind.BOUNDARY})
   */
  public StructureChange(
      AttributedTransactions transactions, FacilityRegistry registry, DatedAreas boundaries) {
    this.transactions = transactions;
    this.registry = registry;
    this.boundaries = boundaries;
  }

  /** One page of an OGC collection, whether more follow, and how many match over all pages. */
  public record Page<T>(List<T> items, boolean hasMore, long numberMatched) {}

  /**
   * A facility's series: one point per live observation, and the comparisons between two of them.
   *
   * @param illustrative whether any observation behind it is illustrative (the sample series)
   * @param comparisons per class present in either point; empty with fewer than two points
   * @param perimeter the perimeter length's change, or null when neither point shows a perimeter
   */
  public record Series(
      String facilityId,
      boolean illustrative,
      List<SeriesPoint> points,
      SeriesPoint from,
      SeriesPoint to,
      List<StructureSeries.Comparison> comparisons,
      StructureSeries.PerimeterComparison perimeter) {}

  public List<StructureRow> structures(String facilityId, Visibility visibility) {
    registry.get(facilityId, visibility);
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).structuresOf(facilityId, visibility));
  }

  public List<ChangeEventRow> events(String facilityId, Visibility visibility) {
    registry.get(facilityId, visibility);
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).eventsOf(facilityId, visibility));
  }

  /**
   * The series of a facility; the comparison runs from the first point on or after {@code from} (or
   * the first point) to the last point on or before {@code to} (or the last point).
   */
  public Series series(String facilityId, LocalDate from, LocalDate to, Visibility visibility) {
    // The facility's boundary versions read once (this also checks it is visible), then the one
    // valid on each scene date picked in memory: no query per point.
    List<DatedArea> versions = boundaries.versions(facilityId, null, visibility);
    StructureRecomputation.Loaded loaded =
        transactions.jdbi().withHandle(handle -> StructureRecomputation.load(handle, facilityId));
    List<SeriesPoint> points =
        StructureSeries.of(
            loaded.observations(),
            date ->
                versions.stream()
                    .filter(v -> v.validOn(date))
                    .findFirst()
                    .map(DatedArea::geometry)
                    .orElse(null));
    Optional<SeriesPoint> first =
        points.stream().filter(p -> from == null || !p.sceneDate().isBefore(from)).findFirst();
    Optional<SeriesPoint> last =
        points.stream().filter(p -> to == null || !p.sceneDate().isAfter(to)).reduce((a, b) -> b);
    List<StructureSeries.Comparison> comparisons = new ArrayList<>();
    StructureSeries.PerimeterComparison perimeter = null;
    SeriesPoint a = first.orElse(null);
    SeriesPoint b = last.orElse(null);
    if (a != null && b != null && a.sceneDate().isBefore(b.sceneDate())) {
      for (StructureClass c : StructureClass.values()) {
        if (a.counts().getOrDefault(c, 0) > 0 || b.counts().getOrDefault(c, 0) > 0) {
          comparisons.add(StructureSeries.compare(a, b, c));
        }
      }
      if (a.perimeterLengthM() > 0 || b.perimeterLengthM() > 0) {
        perimeter = StructureSeries.comparePerimeter(a, b);
      }
    } else {
      a = null;
      b = null;
    }
    return new Series(
        facilityId,
        !loaded.illustrativeObservations().isEmpty(),
        points,
        a,
        b,
        comparisons,
        perimeter);
  }

  /** A live structure by identity, of a facility the caller may see. */
  public Optional<StructureRow> structure(long identityId, Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).structure(identityId, visibility));
  }

  /** A live change event by key, of a facility the caller may see. */
  public Optional<ChangeEventRow> event(String key, Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).event(key, visibility));
  }

  /** Where and when the structures the caller may see lie. */
  public Optional<DatedExtent> structureExtent(Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).structureExtent(visibility));
  }

  /** Where and when the change events the caller may see lie. */
  public Optional<DatedExtent> eventExtent(Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(h -> h.attach(DerivedStructureDao.class).eventExtent(visibility));
  }

  /** One OGC page of structures, after identity {@code afterIdentity} when given. */
  public Page<StructureRow> structurePage(
      Visibility visibility,
      String facility,
      LocalDate from,
      LocalDate to,
      Geometry bbox,
      String[] classes,
      Long afterIdentity,
      int limit) {
    return transactions
        .jdbi()
        .inTransaction(
            handle -> {
              DerivedStructureDao dao = handle.attach(DerivedStructureDao.class);
              List<StructureRow> rows =
                  dao.structurePage(
                      visibility, facility, from, to, bbox, classes, afterIdentity, limit + 1);
              long matched = dao.structureCount(visibility, facility, from, to, bbox, classes);
              boolean more = rows.size() > limit;
              return new Page<>(more ? rows.subList(0, limit) : rows, more, matched);
            });
  }

  /** One OGC page of change events, after key {@code afterKey} when given. */
  public Page<ChangeEventRow> eventPage(
      Visibility visibility,
      String facility,
      LocalDate from,
      LocalDate to,
      Geometry bbox,
      String[] classes,
      String[] kinds,
      String afterKey,
      int limit) {
    return transactions
        .jdbi()
        .inTransaction(
            handle -> {
              DerivedStructureDao dao = handle.attach(DerivedStructureDao.class);
              List<ChangeEventRow> rows =
                  dao.eventPage(
                      visibility, facility, from, to, bbox, classes, kinds, afterKey, limit + 1);
              long matched = dao.eventCount(visibility, facility, from, to, bbox, classes, kinds);
              boolean more = rows.size() > limit;
              return new Page<>(more ? rows.subList(0, limit) : rows, more, matched);
            });
  }
}
