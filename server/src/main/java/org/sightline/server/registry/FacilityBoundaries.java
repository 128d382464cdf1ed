package org.sightline.server.registry;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.BoundaryVersion;
import org.sightline.geodata.facility.RegistryText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.visibility.Visibility;

/**
 * Boundary versions of facilities: added with geometry checks (and optional repair), measured on
 * the ellipsoid, never overlapping in time (the database's exclusion constraint; a clash is a 409
 * naming the version it clashes with), read as of a date, soft-deleted with a reason. Thread-safe.
 */
public final class FacilityBoundaries {
  private final AttributedTransactions transactions;
  private final FacilityRegistry registry;

  /** @param registry decides whether a facility is visible to the caller (published, not deleted) */
  public FacilityBoundaries(AttributedTransactions transactions, FacilityRegistry registry) {
    this.transactions = transactions;
    this.registry = registry;
  }

  /** A stored version and what a requested repair changed. */
  public record Added(BoundaryVersion version, List<String> repairs) {}

  public Added add(Actor actor, String facilityId, BoundaryEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException("the body must be a boundary: {\"geometry\": {...}, \"validFrom\": ..., \"basis\": ...,"
          + " \"confidence\": ...}");
    }
    AreaFields area = AreaFields.check(edit.geometry(), edit.validFrom(), edit.validTo(), edit.basis(), edit.confidence(),
        edit.sceneId(), edit.sourceIds(), edit.note(), repair);
    return transactions.inTransaction(actor, handle -> insert(handle, actor, facilityId, area));
  }

  /**
   * Inside the caller's attributed transaction (imports): adds the version unless an identical
   * live one (same validity and geometry) exists.
   *
   * @return the new version, or empty when an identical one exists
   */
  public Optional<Added> addIfAbsent(Handle handle, Actor actor, String facilityId, BoundaryEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException("a boundary needs geometry, basis and confidence");
    }
    AreaFields area = AreaFields.check(edit.geometry(), edit.validFrom(), edit.validTo(), edit.basis(), edit.confidence(),
        edit.sceneId(), edit.sourceIds(), edit.note(), repair);
    for (BoundaryVersion existing : handle.attach(BoundaryDao.class).overlapping(facilityId, area.validFrom(),
        area.validTo())) {
      if (java.util.Objects.equals(existing.validFrom(), area.validFrom())
          && java.util.Objects.equals(existing.validTo(), area.validTo())
          && existing.geometry().equalsExact(area.geometry())) {
        return Optional.empty();
      }
    }
    return Optional.of(insert(handle, actor, facilityId, area));
  }

  private static Added insert(Handle handle, Actor actor, String facilityId, AreaFields area) {
    FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
    BoundaryDao boundaries = handle.attach(BoundaryDao.class);
    List<BoundaryVersion> clashes = boundaries.overlapping(facilityId, area.validFrom(), area.validTo());
    if (!clashes.isEmpty()) {
      throw new ConflictException("the boundary's validity " + AreaFields.interval(area.validFrom(), area.validTo())
          + " overlaps " + clashes.stream()
              .map(v -> "version " + v.id() + " valid " + AreaFields.interval(v.validFrom(), v.validTo()))
              .collect(Collectors.joining(", "))
          + "; end that version first (versions of one facility may not overlap in time)");
    }
    long id;
    try {
      id = boundaries.insert(facilityId, area.geometry(), area.validFrom(), area.validTo(), area.basis(),
          area.confidence(), area.sceneId(), area.sourceIds().toArray(String[]::new), area.note(), area.areaSqKm(),
          area.perimeterKm(), actor.name());
    } catch (UnableToExecuteStatementException e) {
      throw ExclusionViolations.asConflict(e, "the boundary's validity "
          + AreaFields.interval(area.validFrom(), area.validTo()) + " overlaps a version added meanwhile");
    }
    return new Added(boundaries.find(id).orElseThrow(), area.repairs());
  }

  /** All live versions of a live facility (one the caller may see). */
  public List<BoundaryVersion> versions(String facilityId, Visibility visibility) {
    registry.get(facilityId, visibility);
    return transactions.jdbi().withHandle(handle -> handle.attach(BoundaryDao.class).live(facilityId));
  }

  /** The version valid on {@code date}, if any. */
  public Optional<BoundaryVersion> asOf(String facilityId, LocalDate date, Visibility visibility) {
    registry.get(facilityId, visibility);
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




}
