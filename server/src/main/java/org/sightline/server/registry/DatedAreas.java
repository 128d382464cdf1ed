package org.sightline.server.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.AreaLabel;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.text.FieldText;
import org.sightline.geodata.time.TimeParser;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.catalogue.SceneDao;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.visibility.Visibility;

/**
 * The dated areas of one kind ({@link DatedAreaKind}: facility boundaries, zones): versions added
 * with checked geometry (and optional repair) measured on the ellipsoid, never overlapping in time
 * within a series unless the kind allows it (a clash is a 409 naming the versions it clashes with;
 * the table's exclusion constraint is the guarantee against concurrent writers), read as of a day
 * or paged for OGC API - Features, ended at a date (with the record version read) or soft-deleted
 * with a reason. A version drawn on a scene ({@code sceneId}) must name a scene of the catalogue.
 * Adding a version locks its facility row ({@code FOR UPDATE}) and deleting one locks the version,
 * so concurrent writers of one series queue instead of both passing the check. Reads show only
 * versions of facilities the caller may see ({@link Visibility}). Thread-safe.
 */
public final class DatedAreas {
  private final DatedAreaKind kind;
  private final AttributedTransactions transactions;
  private final FacilityRegistry registry;
  private final AreasChanged changed;

  /** What must follow a change of a facility's versions, inside the same transaction. */
  @FunctionalInterface
  public interface AreasChanged {
    AreasChanged NOTHING = (handle, facilityId) -> {};

    void after(Handle handle, String facilityId);
  }

  /**
   * @param registry decides whether a facility is visible to the caller
   */
  public DatedAreas(
      DatedAreaKind kind, AttributedTransactions transactions, FacilityRegistry registry) {
    this(kind, transactions, registry, AreasChanged.NOTHING);
  }

  /**
   * @param changed runs at the end of every write, in its transaction (claims' regions and links,
   *     corroboration)
   */
  public DatedAreas(
      DatedAreaKind kind,
      AttributedTransactions transactions,
      FacilityRegistry registry,
      AreasChanged changed) {
    this.kind = kind;
    this.transactions = transactions;
    this.registry = registry;
    this.changed = changed;
  }

  /** A stored version and what a requested repair changed. */
  public record Added(DatedArea version, List<String> repairs) {}

  /** One page of versions, whether more follow, and how many match over all pages. */
  public record Page(List<DatedArea> items, boolean hasMore, long numberMatched) {}

  private record Checked(AreaLabel label, AreaFields area) {}

  public DatedAreaKind kind() {
    return kind;
  }

  public Added add(Actor actor, String facilityId, DatedAreaEdit edit, boolean repair) {
    Checked checked = check(edit, repair);
    return transactions.inTransaction(actor, handle -> insert(handle, actor, facilityId, checked));
  }

  /**
   * Inside the caller's attributed transaction (imports): adds the version unless an identical live
   * one (same series, validity and geometry) exists.
   *
   * @return the new version, or empty when an identical one exists
   */
  public Optional<Added> addIfAbsent(
      Handle handle, Actor actor, String facilityId, DatedAreaEdit edit, boolean repair) {
    Checked checked = check(edit, repair);
    AreaFields area = checked.area();
    for (DatedArea existing :
        handle
            .attach(DatedAreaDao.class)
            .overlapping(kind, facilityId, checked.label(), area.validFrom(), area.validTo())) {
      if (Objects.equals(existing.validFrom(), area.validFrom())
          && Objects.equals(existing.validTo(), area.validTo())
          && existing.geometry().equalsExact(area.geometry())) {
        return Optional.empty();
      }
    }
    return Optional.of(insert(handle, actor, facilityId, checked));
  }

  private Checked check(DatedAreaEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be a " + kind.noun() + ": " + kind.bodyExample());
    }
    if (!kind.editType().isInstance(edit)) {
      throw new IllegalArgumentException(
          "a "
              + kind.noun()
              + " is added from a "
              + kind.editType().getSimpleName()
              + ", not a "
              + edit.getClass().getSimpleName());
    }
    AreaLabel label = kind.checkLabel(edit);
    return new Checked(label, edit.checkArea(kind.geometryCheck(), repair));
  }

  private Added insert(Handle handle, Actor actor, String facilityId, Checked checked) {
    FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
    DatedAreaDao areas = handle.attach(DatedAreaDao.class);
    AreaFields area = checked.area();
    if (area.sceneId() != null && !handle.attach(SceneDao.class).catalogued(area.sceneId())) {
      throw new InvalidInputException(
          "sceneId '"
              + area.sceneId()
              + "' is not in the imagery catalogue: a "
              + kind.noun()
              + " drawn on a scene names a scene the catalogue holds (find it at"
              + " /api/stac/search?ids=...; ingest its STAC Item first if it is missing)");
    }
    String version =
        kind.series(checked.label())
            + " valid "
            + AreaFields.interval(area.validFrom(), area.validTo());
    if (!kind.overlapsAllowed()) {
      List<DatedArea> clashes =
          areas.overlapping(kind, facilityId, checked.label(), area.validFrom(), area.validTo());
      if (!clashes.isEmpty()) {
        throw new ConflictException(
            version
                + " overlaps "
                + clashes.stream()
                    .map(
                        v ->
                            "version "
                                + v.id()
                                + " valid "
                                + AreaFields.interval(v.validFrom(), v.validTo()))
                    .collect(Collectors.joining(", "))
                + "; end that version first (versions of "
                + kind.series(checked.label())
                + " may not overlap in time)");
      }
    }
    long id;
    try {
      id = areas.insert(kind, facilityId, checked.label(), area, actor.name());
    } catch (UnableToExecuteStatementException e) {
      throw ExclusionViolations.asConflict(e, version + " overlaps a version added meanwhile");
    }
    changed.after(handle, facilityId);
    return new Added(areas.find(kind, id).orElseThrow(), area.repairs());
  }

  /**
   * Live versions of a facility the caller may see; only those valid on {@code asOf} when given.
   */
  public List<DatedArea> versions(String facilityId, LocalDate asOf, Visibility visibility) {
    registry.get(facilityId, visibility);
    return transactions
        .jdbi()
        .withHandle(
            handle -> handle.attach(DatedAreaDao.class).live(kind, facilityId, asOf, visibility));
  }

  /**
   * The version valid on {@code date}, if any: at most one for a kind whose series never overlap
   * and which has one series per facility (boundaries).
   */
  public Optional<DatedArea> asOf(String facilityId, LocalDate date, Visibility visibility) {
    return versions(facilityId, date, visibility).stream().findFirst();
  }

  /** Where and when the live versions of facilities the caller may see lie; empty when none. */
  public Optional<DatedExtent> extent(Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(DatedAreaDao.class).extent(kind, visibility));
  }

  /** A live version of a facility the caller may see. */
  public Optional<DatedArea> visible(long id, Visibility visibility) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(DatedAreaDao.class).visible(kind, id, visibility));
  }

  /**
   * One page of live versions of facilities the caller may see, ordered by id.
   *
   * @param from first day of the span, inclusive, or null (open); the versions valid at some time
   *     in it
   * @param to last day of the span, inclusive, or null (open)
   * @param bbox EPSG:4326 (multi)polygon the versions must intersect, or null
   * @param filters query parameter of a {@link DatedAreaKind#filters() filter} to its allowed
   *     values; absent or null: any
   * @param afterId the last id of the previous page, or null
   */
  public Page page(
      Visibility visibility,
      LocalDate from,
      LocalDate to,
      Geometry bbox,
      Map<String, String[]> filters,
      Long afterId,
      int limit) {
    Map<String, String[]> byColumn = new HashMap<>();
    for (DatedAreaKind.Filter filter : kind.filters()) {
      byColumn.put(filter.column(), filters.get(filter.parameter()));
    }
    return transactions
        .jdbi()
        .inTransaction(
            handle -> {
              DatedAreaDao areas = handle.attach(DatedAreaDao.class);
              List<DatedArea> items =
                  new ArrayList<>(
                      areas.page(kind, visibility, from, to, bbox, byColumn, afterId, limit + 1));
              boolean hasMore = items.size() > limit;
              return new Page(
                  hasMore ? items.subList(0, limit) : items,
                  hasMore,
                  areas.count(kind, visibility, from, to, bbox, byColumn));
            });
  }

  /**
   * Ends a live version: it holds until {@code validTo} (exclusive), which must come after its
   * {@code validFrom}; one record version later (the audit trail keeps the earlier state).
   *
   * @param expectedVersion the record version the caller read (its ETag)
   * @param validTo {@code YYYY-MM-DD}
   * @throws StaleVersionException when the version changed since the caller read it
   * @throws ConflictException when it is deleted, or a later end would overlap another version
   */
  public DatedArea end(
      Actor actor, String facilityId, long versionId, int expectedVersion, String validTo) {
    if (validTo == null || validTo.isBlank()) {
      throw new InvalidInputException(
          "validTo is required: the first day the "
              + kind.noun()
              + " version no longer holds, like {\"validTo\": \"2024-12-10\"}");
    }
    LocalDate end = TimeParser.date("validTo", validTo);
    return transactions.inTransaction(
        actor,
        handle -> {
          DatedAreaDao areas = handle.attach(DatedAreaDao.class);
          DatedArea version = locked(areas, facilityId, versionId);
          if (version.deletedAt() != null) {
            throw new ConflictException(
                kind.noun() + " " + versionId + " was deleted at " + version.deletedAt());
          }
          if (version.version() != expectedVersion) {
            throw new StaleVersionException(
                kind.noun() + " " + versionId, expectedVersion, version.version());
          }
          if (version.validFrom() != null && !end.isAfter(version.validFrom())) {
            throw new InvalidInputException(
                "validTo "
                    + end
                    + " must come after the version's validFrom "
                    + version.validFrom()
                    + " (validity is [validFrom, validTo))");
          }
          try {
            areas.end(kind, versionId, end);
          } catch (UnableToExecuteStatementException e) {
            throw ExclusionViolations.asConflict(
                e,
                kind.noun()
                    + " "
                    + versionId
                    + " valid "
                    + AreaFields.interval(version.validFrom(), end)
                    + " would overlap another version");
          }
          changed.after(handle, facilityId);
          return areas.find(kind, versionId).orElseThrow();
        });
  }

  /**
   * Replaces a live version's shape from a day on, in one transaction: the version ends on the new
   * version's {@code validFrom} (required), and the new version, of the same series, is added from
   * that day. Both changes or neither; the audit trail keeps both.
   *
   * @param expectedVersion the record version of the replaced version the caller read (its ETag)
   * @throws StaleVersionException when the replaced version changed since the caller read it
   * @throws ConflictException when it is deleted, or the new version would overlap another one
   */
  public Added supersede(
      Actor actor,
      String facilityId,
      long versionId,
      int expectedVersion,
      DatedAreaEdit edit,
      boolean repair) {
    Checked checked = check(edit, repair);
    LocalDate from = checked.area().validFrom();
    if (from == null) {
      throw new InvalidInputException(
          "validFrom is required: the first day the new "
              + kind.noun()
              + " shape holds; the version it replaces ends that day");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          DatedAreaDao areas = handle.attach(DatedAreaDao.class);
          DatedArea old = locked(areas, facilityId, versionId);
          if (old.deletedAt() != null) {
            throw new ConflictException(
                kind.noun() + " " + versionId + " was deleted at " + old.deletedAt());
          }
          if (old.version() != expectedVersion) {
            throw new StaleVersionException(
                kind.noun() + " " + versionId, expectedVersion, old.version());
          }
          if (!kind.series(old.label()).equals(kind.series(checked.label()))) {
            throw new InvalidInputException(
                "the new version must continue "
                    + kind.series(old.label())
                    + ", not "
                    + kind.series(checked.label()));
          }
          if ((old.validFrom() != null && !from.isAfter(old.validFrom()))
              || (old.validTo() != null && !from.isBefore(old.validTo()))) {
            throw new InvalidInputException(
                "validFrom "
                    + from
                    + " must fall inside the replaced version's validity "
                    + AreaFields.interval(old.validFrom(), old.validTo())
                    + ", after its first day");
          }
          areas.end(kind, versionId, from);
          return insert(handle, actor, facilityId, checked);
        });
  }

  private DatedArea locked(DatedAreaDao areas, String facilityId, long versionId) {
    return areas
        .lock(kind, versionId)
        .filter(v -> v.facilityId().equals(facilityId))
        .orElseThrow(
            () ->
                new EntityNotFoundException(
                    "facility '" + facilityId + "' has no " + kind.noun() + " " + versionId));
  }

  public DatedArea delete(Actor actor, String facilityId, long versionId, String reason) {
    String why = FieldText.optional("reason", reason, 1000);
    if (why == null) {
      throw new InvalidInputException(
          "reason is required: why is this " + kind.noun() + " version deleted?");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          DatedAreaDao areas = handle.attach(DatedAreaDao.class);
          DatedArea version = locked(areas, facilityId, versionId);
          if (version.deletedAt() != null) {
            throw new ConflictException(
                kind.noun() + " " + versionId + " was already deleted at " + version.deletedAt());
          }
          areas.softDelete(kind, versionId, actor.name(), why);
          changed.after(handle, facilityId);
          return areas.find(kind, versionId).orElseThrow();
        });
  }
}
