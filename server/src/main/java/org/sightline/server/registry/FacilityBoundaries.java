package org.sightline.server.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.geom.GeometryCheck;
import org.sightline.geodata.geom.Measures;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;

/**
 * Boundary versions of facilities: added with geometry checks (and optional repair), measured on
 * the ellipsoid, never overlapping in time (the database's exclusion constraint; a clash is a 409
 * naming the version it clashes with), read as of a date, soft-deleted with a reason. Thread-safe.
 */
public final class FacilityBoundaries {
  static final Set<String> BASES = Set.of("digitized", "published", "approximate");
  static final Set<String> CONFIDENCES = Set.of("high", "medium", "low");
  private static final GeometryCheck CHECK = new GeometryCheck(GeometryCheck.KOREA_REGION,
      Set.of("Polygon", "MultiPolygon"), GeometryCheck.MAX_FACILITY_AREA_SQ_KM);

  private final AttributedTransactions transactions;

  public FacilityBoundaries(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** A stored version and what a requested repair changed. */
  public record Added(BoundaryVersion version, List<String> repairs) {}

  public Added add(Actor actor, String facilityId, BoundaryEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException("the body must be a boundary: {\"geometry\": {...}, \"validFrom\": ..., \"basis\": ...,"
          + " \"confidence\": ...}");
    }
    CheckedGeometry checked = CheckedGeometry.from(edit.geometry(), "geometry", CHECK, repair);
    MultiPolygon geometry = asMultiPolygon(checked.geometry());
    LocalDate from = date("validFrom", edit.validFrom());
    LocalDate to = date("validTo", edit.validTo());
    if (from != null && to != null && !to.isAfter(from)) {
      throw new InvalidInputException("validTo (" + to + ") must be after validFrom (" + from + "); validTo is exclusive");
    }
    String basis = oneOf("basis", edit.basis(), BASES);
    String confidence = oneOf("confidence", edit.confidence(), CONFIDENCES);
    String sceneId = RegistryText.optional("sceneId", edit.sceneId(), 200);
    if (basis.equals("digitized") && sceneId == null) {
      throw new InvalidInputException("a boundary digitized from imagery needs sceneId: the dated scene it was drawn on");
    }
    List<String> sources = RegistryText.aliases(edit.sourceIds());
    String note = RegistryText.description(edit.note());
    double areaSqKm = Measures.areaSqKm(geometry);
    double perimeterKm = Measures.lengthKm(geometry);
    return transactions.inTransaction(actor, handle -> {
      RegistryDao facilities = handle.attach(RegistryDao.class);
      FacilityRegistry.live(facilities, facilityId);
      BoundaryDao boundaries = handle.attach(BoundaryDao.class);
      List<BoundaryVersion> clashes = boundaries.overlapping(facilityId, from, to);
      if (!clashes.isEmpty()) {
        throw new ConflictException("the boundary's validity " + interval(from, to) + " overlaps "
            + clashes.stream().map(v -> "version " + v.id() + " valid " + interval(v.validFrom(), v.validTo()))
                .collect(Collectors.joining(", "))
            + "; end that version first (versions of one facility may not overlap in time)");
      }
      long id;
      try {
        id = boundaries.insert(facilityId, geometry, from, to, basis, confidence, sceneId,
            sources.toArray(String[]::new), note, areaSqKm, perimeterKm, actor.name());
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
        // A concurrent writer got there between the check above and this insert: the exclusion
        // constraint is the guarantee, this turns its refusal into the same 409.
        if (e.getCause() instanceof java.sql.SQLException sql && "23P01".equals(sql.getSQLState())) {
          throw new ConflictException("the boundary's validity " + interval(from, to)
              + " overlaps a version added meanwhile; read the versions again");
        }
        throw e;
      }
      return new Added(boundaries.find(id).orElseThrow(), checked.repairs());
    });
  }

  /** All live versions of a live facility (published only, unless {@code publishedOnly} is false). */
  public List<BoundaryVersion> versions(String facilityId, boolean publishedOnly, FacilityRegistry registry) {
    registry.get(facilityId, publishedOnly);
    return transactions.jdbi().withHandle(handle -> handle.attach(BoundaryDao.class).live(facilityId));
  }

  /** The version valid on {@code date}, if any. */
  public Optional<BoundaryVersion> asOf(String facilityId, LocalDate date, boolean publishedOnly, FacilityRegistry registry) {
    registry.get(facilityId, publishedOnly);
    return transactions.jdbi().withHandle(handle -> handle.attach(BoundaryDao.class).asOf(facilityId, date));
  }

  public BoundaryVersion delete(Actor actor, String facilityId, long boundaryId, String reason) {
    String why = RegistryText.optional("reason", reason, 1000);
    if (why == null) {
      throw new InvalidInputException("reason is required: why is this boundary version deleted?");
    }
    return transactions.inTransaction(actor, handle -> {
      BoundaryDao boundaries = handle.attach(BoundaryDao.class);
      BoundaryVersion version = boundaries.find(boundaryId)
          .filter(v -> v.facilityId().equals(facilityId))
          .orElseThrow(() -> new EntityNotFoundException("facility '" + facilityId + "' has no boundary " + boundaryId));
      if (version.deletedAt() != null) {
        throw new ConflictException("boundary " + boundaryId + " was already deleted at " + version.deletedAt());
      }
      boundaries.softDelete(boundaryId, actor.name(), why);
      return boundaries.find(boundaryId).orElseThrow();
    });
  }

  /** An ISO date from a request field; null when blank; a 400 naming the field when malformed. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  private static String oneOf(String field, String value, Set<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      throw new InvalidInputException(field + " must be one of " + allowed.stream().sorted().collect(Collectors.joining(", "))
          + "; got " + (value == null ? "nothing" : "'" + value + "'"));
    }
    return value;
  }

  private static MultiPolygon asMultiPolygon(Geometry geometry) {
    if (geometry instanceof MultiPolygon multi) {
      return multi;
    }
    if (geometry instanceof Polygon polygon) {
      return Geometries.FACTORY.createMultiPolygon(new Polygon[] {polygon});
    }
    throw new InvalidInputException("geometry must be a Polygon or MultiPolygon, got " + geometry.getGeometryType());
  }

  private static String interval(LocalDate from, LocalDate to) {
    return "[" + (from == null ? "open" : from) + ", " + (to == null ? "open" : to) + ")";
  }
}
