package org.sightline.server.testimony;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.place.PlaceRegion;
import org.sightline.geodata.place.PlaceResolver;
import org.sightline.geodata.place.UncertainPlace;
import org.sightline.geodata.time.UncertainTime;

/**
 * A claim's places on the ground: each resolved to its region at the claim's time (a facility or
 * zone: its boundary versions valid then; a facility with no boundary: its location taken {@value
 * #FACILITY_WITHOUT_BOUNDARY_M} m around), stored, and the claim's facility links recomputed. Also
 * re-resolves the claims near a facility whose boundaries changed. Stateless; thread-safe.
 */
public final class ClaimPlaces {
  /** How far around a facility's location "inside the facility" reaches when it has no boundary. */
  public static final double FACILITY_WITHOUT_BOUNDARY_M = 1_000;

  private ClaimPlaces() {}

  /** The resolver of facility places against the database, inside the caller's transaction. */
  static PlaceResolver resolver(Handle handle) {
    PlaceRegionDao dao = handle.attach(PlaceRegionDao.class);
    return (facilityId, zoneKey, earliest, latest) -> {
      if (zoneKey != null) {
        if (!dao.zoneExists(facilityId, zoneKey)) {
          throw new InvalidDataException(
              "facility '" + facilityId + "' has no zone '" + zoneKey + "'");
        }
        return dao.zone(facilityId, zoneKey, earliest, latest)
            .orElseThrow(
                () ->
                    new InvalidDataException(
                        "zone '"
                            + zoneKey
                            + "' of facility '"
                            + facilityId
                            + "' has no version valid at the claim's time"));
      }
      return dao.boundary(facilityId, earliest, latest)
          .or(() -> dao.location(facilityId, FACILITY_WITHOUT_BOUNDARY_M))
          .orElseThrow(() -> new InvalidDataException("no facility '" + facilityId + "'"));
    };
  }

  /**
   * Stores the places of claim {@code claimId} with their regions and recomputes its links.
   *
   * @throws InvalidDataException naming {@code places[i]} when a facility or zone is unknown
   */
  static void store(
      Handle handle, long claimId, UncertainTime time, List<CheckedClaim.Place> places) {
    PlaceResolver resolver = resolver(handle);
    ClaimDao dao = handle.attach(ClaimDao.class);
    List<String> problems = new ArrayList<>();
    List<ClaimDao.PlaceFields> rows = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      CheckedClaim.Place place = places.get(i);
      try {
        Geometry region =
            PlaceRegion.of(place.place(), resolver, time.earliest(), time.latest()).region();
        rows.add(row(claimId, i, place, region));
      } catch (InvalidDataException e) {
        String path = "places[" + i + "]: ";
        e.problems().forEach(p -> problems.add(path + p.replaceFirst("^place: ", "")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    rows.forEach(dao::insertPlace);
    dao.relink(claimId);
  }

  /** Re-resolves the facility places of the claims near a facility and relinks them. */
  public static List<Long> refreshNear(Handle handle, String facilityId) {
    ClaimDao dao = handle.attach(ClaimDao.class);
    PlaceResolver resolver = resolver(handle);
    List<Long> claims = dao.claimsNear(facilityId);
    for (long claimId : claims) {
      ClaimView claim = dao.claim(claimId).orElseThrow();
      for (ClaimDao.FacilityPlace place : dao.facilityPlaces(claimId)) {
        Geometry region;
        try {
          region =
              resolver.region(
                  place.facilityId(),
                  place.zoneKey(),
                  claim.time().earliest(),
                  claim.time().latest());
        } catch (InvalidDataException e) {
          // The zone's versions no longer cover the claim's time: fall back to the facility.
          region =
              resolver.region(
                  place.facilityId(), null, claim.time().earliest(), claim.time().latest());
        }
        dao.setRegion(place.id(), region);
      }
      dao.relink(claimId);
    }
    return claims;
  }

  private static ClaimDao.PlaceFields row(
      long claimId, int ordinal, CheckedClaim.Place checked, Geometry region) {
    UncertainPlace place = checked.place();
    String precision = place.precision().code();
    if (place instanceof UncertainPlace.PointRadius p) {
      return new ClaimDao.PlaceFields(
          claimId,
          ordinal,
          "point",
          p.centre(),
          p.radiusM(),
          null,
          null,
          checked.description(),
          precision,
          region);
    }
    if (place instanceof UncertainPlace.Area a) {
      return new ClaimDao.PlaceFields(
          claimId,
          ordinal,
          "area",
          a.area(),
          null,
          null,
          null,
          checked.description(),
          precision,
          region);
    }
    UncertainPlace.WithinFacility f = (UncertainPlace.WithinFacility) place;
    return new ClaimDao.PlaceFields(
        claimId,
        ordinal,
        "facility",
        null,
        null,
        f.facilityId(),
        f.zoneKey(),
        checked.description(),
        precision,
        region);
  }
}
