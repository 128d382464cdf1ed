package org.sightline.server.structure;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.facility.DatedArea;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.geom.Measures;
import org.sightline.geodata.structure.ObservedStructure;
import org.sightline.geodata.structure.PerimeterOutline;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.server.audit.Actor;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.BoundaryEdit;
import org.sightline.server.registry.DatedAreas;
import org.sightline.server.visibility.Visibility;

/**
 * Boundaries from imagery: the outline of an observation's perimeter drawings ({@link
 * PerimeterOutline}) proposed as a boundary version, and, once the analyst confirms it, added as a
 * version with basis {@code digitized} naming the observation's scene. Thread-safe.
 */
public final class BoundaryProposals {
  private final Observations observations;
  private final DatedAreas boundaries;

  /**
   * @param boundaries the boundary versions ({@code DatedAreaKind.BOUNDARY})
   */
  public BoundaryProposals(Observations observations, DatedAreas boundaries) {
    this.observations = observations;
    this.boundaries = boundaries;
  }

  /**
   * A proposed boundary.
   *
   * @param geometry EPSG:4326 MultiPolygon
   * @param method {@code enclosed}, or {@code convex-hull} when the perimeter lines close no area
   * @param areaSqKm ellipsoidal area
   * @param perimeterKm ellipsoidal perimeter
   * @param current the boundary version valid on the scene date, if any, to compare with
   */
  public record Proposal(
      long observationId,
      String facilityId,
      String sceneId,
      LocalDate sceneDate,
      String method,
      int perimeterDrawings,
      MultiPolygon geometry,
      double areaSqKm,
      double perimeterKm,
      boolean illustrative,
      DatedArea current) {}

  /**
   * What the analyst confirms.
   *
   * @param validFrom first day the boundary holds (default: the scene date)
   * @param validTo first day it no longer holds, or null (still so)
   * @param confidence {@code high}, {@code medium} or {@code low}
   */
  public record Confirmation(String validFrom, String validTo, String confidence, String note) {}

  public Proposal propose(long observationId, Visibility visibility) {
    ObservationView observation = observations.get(observationId);
    PerimeterOutline.Outline outline;
    try {
      outline =
          PerimeterOutline.of(
              observation.structures().stream()
                  .map(
                      d ->
                          new ObservedStructure(
                              d.id(),
                              StructureClass.fromCode(d.structureClass()),
                              StructureCondition.fromCode(d.condition()),
                              d.geometry(),
                              d.notes()))
                  .toList());
    } catch (InvalidDataException e) {
      throw new InvalidInputException("observation " + observationId + ": " + e.getMessage());
    }
    return new Proposal(
        observationId,
        observation.facilityId(),
        observation.sceneId(),
        observation.sceneDate(),
        outline.method().code(),
        outline.drawings(),
        outline.geometry(),
        Measures.areaSqKm(outline.geometry()),
        Measures.lengthKm(outline.geometry()),
        observation.illustrative(),
        boundaries
            .asOf(observation.facilityId(), observation.sceneDate(), visibility)
            .orElse(null));
  }

  /** Adds the proposal as a boundary version drawn on the observation's scene. */
  public DatedAreas.Added confirm(
      Actor actor, long observationId, Confirmation confirmation, Visibility visibility) {
    if (confirmation == null || confirmation.confidence() == null) {
      throw new InvalidInputException(
          "the body must confirm the proposal: {\"confidence\": \"high|medium|low\","
              + " \"validFrom\": \"YYYY-MM-DD\" (default: the scene date), \"validTo\": null,"
              + " \"note\": \"...\"}");
    }
    Proposal proposal = propose(observationId, visibility);
    String note =
        (confirmation.note() == null ? "" : confirmation.note() + " ")
            + "(proposed from the perimeter drawn in observation "
            + observationId
            + ", "
            + proposal.method()
            + ")";
    return boundaries.add(
        actor,
        proposal.facilityId(),
        new BoundaryEdit(
            GeoJsonGeometryWriter.toNode(proposal.geometry()),
            confirmation.validFrom() == null
                ? proposal.sceneDate().toString()
                : confirmation.validFrom(),
            confirmation.validTo(),
            "digitized",
            confirmation.confidence(),
            proposal.sceneId(),
            List.of(),
            note.strip()),
        false);
  }
}
