package org.sightline.server.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sightline.geodata.facility.AreaFields;
import org.sightline.geodata.facility.RegistryText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.visibility.Visibility;

/**
 * Zones of facilities: named analysis areas, versioned in time like boundaries (versions of one
 * zone never overlap: the database's exclusion constraint), checked and measured the same way.
 * Thread-safe.
 */
public final class FacilityZones {
  public static final Set<String> KINDS = Set.of("housing", "mine", "farm", "factory", "administration", "security",
      "detention", "other");

  private final AttributedTransactions transactions;
  private final FacilityRegistry registry;

  /** @param registry decides whether a facility is visible to the caller (published, not deleted) */
  public FacilityZones(AttributedTransactions transactions, FacilityRegistry registry) {
    this.transactions = transactions;
    this.registry = registry;
  }

  public record Added(ZoneVersion version, List<String> repairs) {}

  public Added add(Actor actor, String facilityId, ZoneEdit edit, boolean repair) {
    CheckedZone zone = check(edit, repair);
    return transactions.inTransaction(actor, handle -> insert(handle, actor, facilityId, zone));
  }

  private static CheckedZone check(ZoneEdit edit, boolean repair) {
    if (edit == null) {
      throw new InvalidInputException("the body must be a zone: {\"zoneKey\": ..., \"name\": ..., \"kind\": ...,"
          + " \"geometry\": {...}, \"basis\": ..., \"confidence\": ...}");
    }
    String key = edit.zoneKey() == null ? "" : edit.zoneKey().strip();
    if (!key.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new InvalidInputException("zoneKey must be 1-64 characters of lowercase letters, digits and '-', e.g."
          + " housing-east; it names the zone across its versions");
    }
    String name = RegistryText.required("name", edit.name(), RegistryText.MAX_NAME);
    String nameKo = RegistryText.hangul("nameKo", edit.nameKo());
    String kind = AreaFields.oneOf("kind", edit.kind(), KINDS);
    AreaFields area = AreaFields.check(edit.geometry(), edit.validFrom(), edit.validTo(), edit.basis(), edit.confidence(),
        edit.sceneId(), edit.sourceIds(), edit.note(), repair);
    return new CheckedZone(key, name, nameKo, kind, area);
  }

  private record CheckedZone(String key, String name, String nameKo, String kind, AreaFields area) {}

  /**
   * Inside the caller's attributed transaction (imports): adds the zone version unless an
   * identical live one (same zone, validity and geometry) exists.
   */
  public Optional<Added> addIfAbsent(Handle handle, Actor actor, String facilityId, ZoneEdit edit, boolean repair) {
    CheckedZone zone = check(edit, repair);
    for (ZoneVersion existing : handle.attach(ZoneDao.class).overlapping(facilityId, zone.key(), zone.area().validFrom(),
        zone.area().validTo())) {
      if (Objects.equals(existing.validFrom(), zone.area().validFrom())
          && Objects.equals(existing.validTo(), zone.area().validTo())
          && existing.geometry().equalsExact(zone.area().geometry())) {
        return Optional.empty();
      }
    }
    return Optional.of(insert(handle, actor, facilityId, zone));
  }

  private static Added insert(Handle handle, Actor actor, String facilityId, CheckedZone zone) {
    String key = zone.key();
    AreaFields area = zone.area();
    FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
    ZoneDao zones = handle.attach(ZoneDao.class);
    List<ZoneVersion> clashes = zones.overlapping(facilityId, key, area.validFrom(), area.validTo());
    if (!clashes.isEmpty()) {
      throw new ConflictException("zone '" + key + "' " + AreaFields.interval(area.validFrom(), area.validTo())
          + " overlaps " + clashes.stream()
              .map(v -> "version " + v.id() + " valid " + AreaFields.interval(v.validFrom(), v.validTo()))
              .collect(Collectors.joining(", "))
          + "; versions of one zone may not overlap in time");
    }
    long id;
    try {
      id = zones.insert(facilityId, key, zone.name(), zone.nameKo(), zone.kind(), area, area.sourceIds().toArray(String[]::new),
          actor.name());
    } catch (UnableToExecuteStatementException e) {
      throw ExclusionViolations.asConflict(e, "zone '" + key + "' overlaps a version added meanwhile");
    }
    return new Added(zones.find(id).orElseThrow(), area.repairs());
  }

  /** Live zone versions of a live facility; only those valid on {@code asOf} when given. */
  public List<ZoneVersion> versions(String facilityId, LocalDate asOf, Visibility visibility) {
    registry.get(facilityId, visibility);
    return transactions.jdbi().withHandle(handle -> handle.attach(ZoneDao.class).live(facilityId, asOf));
  }

  public ZoneVersion delete(Actor actor, String facilityId, long zoneId, String reason) {
    String why = RegistryText.optional("reason", reason, 1000);
    if (why == null) {
      throw new InvalidInputException("reason is required: why is this zone version deleted?");
    }
    return transactions.inTransaction(actor, handle -> {
      ZoneDao zones = handle.attach(ZoneDao.class);
      ZoneVersion version = zones.find(zoneId).filter(v -> v.facilityId().equals(facilityId))
          .orElseThrow(() -> new EntityNotFoundException("facility '" + facilityId + "' has no zone " + zoneId));
      if (version.deletedAt() != null) {
        throw new ConflictException("zone " + zoneId + " was already deleted at " + version.deletedAt());
      }
      zones.softDelete(zoneId, actor.name(), why);
      return zones.find(zoneId).orElseThrow();
    });
  }
}
