package org.sightline.server.resources.features;

import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sightline.server.api.CollectionDescription;
import org.sightline.server.api.Link;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.corroboration.CorroboratedEvents;
import org.sightline.server.db.LonLatExtent;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.registry.DatedExtent;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.visibility.Visibility;

/**
 * The OGC API - Features collections Sightline serves, and how each is described, with extents
 * computed from the data the caller may see (an anonymous caller learns nothing of unpublished
 * facilities): boundaries and zones from their versions' geometries and validity; facilities from
 * their locations, and in time from the earliest start of their boundaries' and zones' validity to
 * the present (open end: the registry describes them as they are now).
 */
public final class FeatureCollections {
  public static final String FACILITIES = "facilities";
  public static final String BOUNDARIES = "facility-boundaries";
  public static final String ZONES = "zones";
  public static final String STRUCTURES = "structures";
  public static final String CHANGE_EVENTS = "change-events";
  public static final String EVENTS = "events";
  public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

  private final FacilityFeatures facilities;
  private final DatedAreas boundaries;
  private final DatedAreas zones;
  private final StructureChange structureChange;
  private final CorroboratedEvents events;

  public FeatureCollections(
      FacilityFeatures facilities,
      DatedAreas boundaries,
      DatedAreas zones,
      StructureChange structureChange,
      CorroboratedEvents events) {
    this.facilities = facilities;
    this.boundaries = boundaries;
    this.zones = zones;
    this.structureChange = structureChange;
    this.events = events;
  }

  /**
   * The collections the caller may list: structures and change events only for staff (the public
   * sees published observations through {@code /api/public/features}), corroborated events only for
   * staff who read them unredacted (not advocates).
   */
  public List<String> ids(Visibility visibility) {
    if (!visibility.staff()) {
      return List.of(FACILITIES, BOUNDARIES, ZONES);
    }
    return visibility.unredactedEvents()
        ? List.of(FACILITIES, BOUNDARIES, ZONES, STRUCTURES, CHANGE_EVENTS, EVENTS)
        : List.of(FACILITIES, BOUNDARIES, ZONES, STRUCTURES, CHANGE_EVENTS);
  }

  /**
   * The description of collection {@code id}, with absolute links and the extent {@code visibility}
   * lets the caller see; null when there is none.
   */
  public CollectionDescription describe(String id, UriInfo uri, Visibility visibility) {
    String base = uri.getBaseUriBuilder().path("collections").path(id).build().toString();
    if (BOUNDARIES.equals(id)) {
      return areaCollection(
          id,
          base,
          boundaries.extent(visibility),
          "Facility boundaries over time",
          "Versions of facility boundaries, each valid over [validFrom, validTo) with its basis (digitized from a"
              + " dated scene, published, or approximate) and confidence. datetime selects the versions valid then;"
              + " filters: facility, basis, confidence. Areas and perimeters are ellipsoidal (km², km).",
          "Boundary versions as GeoJSON");
    }
    if (ZONES.equals(id)) {
      return areaCollection(
          id,
          base,
          zones.extent(visibility),
          "Zones inside facilities over time",
          "Named analysis areas inside facilities (housing, mine, farm, factory, administration, security,"
              + " detention, other), versioned in time. datetime selects the versions valid then; filters: facility,"
              + " kind, basis, confidence.",
          "Zone versions as GeoJSON");
    }
    if (STRUCTURES.equals(id) && visibility.staff()) {
      return areaCollection(
          id,
          base,
          structureChange.structureExtent(visibility),
          "Structures followed across scenes (staff only)",
          "Structures analysts drew in observations of facilities on dated scenes, followed across scenes: class,"
              + " condition, first and last scene dates seen, and the state in every observed scene (present,"
              + " absent, not-assessable). datetime selects the structures seen at some time in it; filters:"
              + " facility, class (comma-separated codes). Sample data is marked illustrative.",
          "Structures as GeoJSON");
    }
    if (CHANGE_EVENTS.equals(id) && visibility.staff()) {
      return areaCollection(
          id,
          base,
          structureChange.eventExtent(visibility),
          "Change events bracketed by scene dates (staff only)",
          "Changes of structures between two assessed scenes (appeared, disappeared, expanded, reduced,"
              + " changed-class, changed-condition, moved), each bracketed by earliest (the last scene showing the"
              + " previous state) and latest (the first scene showing the new one), with its statement in English"
              + " and Korean, confidence and evidence scenes. datetime selects the events whose bracket meets it;"
              + " filters: facility, class, kind. Sample data is marked illustrative.",
          "Change events as GeoJSON");
    }
    if (EVENTS.equals(id) && visibility.unredactedEvents()) {
      return areaCollection(
          id,
          base,
          events
              .extent()
              .map(
                  e ->
                      new DatedExtent(
                          new LonLatExtent(e.minLon(), e.minLat(), e.maxLon(), e.maxLat()),
                          e.first(),
                          e.last())),
          "Corroborated events (staff only)",
          "Events that claims from testimony and documents, and structure changes seen in imagery, agree on:"
              + " compatible types, overlapping time and places within the tolerances. Each has a corroboration"
              + " object: level (single-source, corroborated, strongly-corroborated), independentSources,"
              + " members, explanation, tolerances and sensitivity. datetime selects the events whose time meets"
              + " it; filters: type, level (comma-separated codes), facility. Synthetic sample data is marked.",
          "Corroborated events as GeoJSON");
    }
    if (!FACILITIES.equals(id)) {
      return null;
    }
    Optional<DatedExtent> boundaryExtent = boundaries.extent(visibility);
    Optional<DatedExtent> zoneExtent = zones.extent(visibility);
    // The earliest start of any area's validity; none when one is open (valid from the open past).
    boolean openPast =
        Stream.of(boundaryExtent, zoneExtent)
            .flatMap(Optional::stream)
            .anyMatch(e -> e.firstDay() == null);
    LocalDate firstDay =
        openPast
            ? null
            : Stream.of(boundaryExtent, zoneExtent)
                .flatMap(Optional::stream)
                .map(DatedExtent::firstDay)
                .min(LocalDate::compareTo)
                .orElse(null);
    CollectionDescription.Extent extent =
        facilities.extent(visibility).map(box -> extent(box, firstDay, null)).orElse(null);
    return new CollectionDescription(
        id,
        "Detention facilities",
        "North Korean detention facilities (kwanliso, kyohwaso, jipkyulso, rodong danryondae, kuryujang) with"
            + " every location their sources give. Geometry is the primary location. Filters: type and status"
            + " (comma-separated codes). The datetime parameter is accepted and checked; it does not filter"
            + " facilities (see facility-boundaries for their shapes over time).",
        "feature",
        List.of(CRS84),
        extent,
        List.of(
            Link.of(base, "self", MediaTypes.JSON, "This collection"),
            Link.of(base + "/items", "items", MediaTypes.GEOJSON, "Facilities as GeoJSON")));
  }

  /** A collection of dated areas, with its extent, links to itself and to its items. */
  private static CollectionDescription areaCollection(
      String id,
      String base,
      Optional<DatedExtent> extent,
      String title,
      String description,
      String itemsTitle) {
    return new CollectionDescription(
        id,
        title,
        description,
        "feature",
        List.of(CRS84),
        extent.map(e -> extent(e.box(), e.firstDay(), e.endDay())).orElse(null),
        List.of(
            Link.of(base, "self", MediaTypes.JSON, "This collection"),
            Link.of(base + "/items", "items", MediaTypes.GEOJSON, itemsTitle)));
  }

  /**
   * An extent in the OGC shape: the box, and the interval from the start of {@code firstDay} to the
   * start of {@code endDay} (exclusive), each null when open.
   */
  private static CollectionDescription.Extent extent(
      LonLatExtent box, LocalDate firstDay, LocalDate endDay) {
    return new CollectionDescription.Extent(
        new CollectionDescription.Spatial(List.of(box.toArray()), CRS84),
        new CollectionDescription.Temporal(
            List.of(Arrays.asList(instantOf(firstDay), instantOf(endDay))),
            CollectionDescription.Temporal.GREGORIAN));
  }

  private static String instantOf(LocalDate day) {
    return day == null ? null : day + "T00:00:00Z";
  }
}
