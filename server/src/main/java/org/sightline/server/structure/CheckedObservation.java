package org.sightline.server.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.geom.Geometries;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureCondition;
import org.sightline.geodata.structure.StructureDrawing;
import org.sightline.geodata.structure.UnassessableReason;
import org.sightline.geodata.text.DisplayText;
import org.sightline.server.catalogue.SceneDao;
import org.sightline.server.registry.FieldProblems;

/**
 * An observation's fields after every check, every problem of the input collected and reported at
 * once (a 400 listing them, naming each field: {@code structures[3].geometry: ...}).
 *
 * @param structures in input order
 * @param unassessable in input order
 */
public record CheckedObservation(
    EstimativeConfidence confidence,
    String notes,
    List<Drawing> structures,
    List<Area> unassessable) {

  /** The most drawings one observation may hold. */
  public static final int MAX_STRUCTURES = 100_000;

  /**
   * A checked drawing.
   *
   * @param id the drawing to keep on a replacement, or null for a new one
   * @param geometry EPSG:4326
   * @param layerFeature the digitized layer's feature it came from, or null
   */
  public record Drawing(
      Long id,
      StructureClass structureClass,
      StructureCondition condition,
      Geometry geometry,
      double areaSqm,
      double lengthM,
      String notes,
      String layerFeature) {}

  /**
   * A checked unassessable area.
   *
   * @param geometry EPSG:4326 Polygon or MultiPolygon
   */
  public record Area(UnassessableReason reason, Geometry geometry, double areaSqm) {}

  /**
   * Checks every field of {@code edit}; the drawings must touch the scene's footprint (what lies
   * wholly outside it cannot have been seen on that scene).
   *
   * @throws org.sightline.server.errors.InvalidFieldsException listing every problem
   */
  public static CheckedObservation check(ObservationEdit edit, SceneDao.SceneRef scene) {
    FieldProblems problems = new FieldProblems();
    EstimativeConfidence confidence =
        problems.check(
            () -> {
              if (edit.confidence() == null) {
                throw new InvalidDataException(
                    "confidence is required: one of almost-certain, very-likely, likely, even-chance,"
                        + " unlikely, very-unlikely, almost-no-chance");
              }
              return EstimativeConfidence.fromCode(edit.confidence());
            });
    String notes = problems.check(() -> notes("notes", edit.notes()));
    List<ObservationEdit.Structure> structures =
        edit.structures() == null ? List.of() : edit.structures();
    if (structures.size() > MAX_STRUCTURES) {
      throw new InvalidDataException(
          "structures: "
              + structures.size()
              + " drawings; at most "
              + MAX_STRUCTURES
              + " are accepted per observation");
    }
    List<Drawing> drawings = new ArrayList<>();
    for (int i = 0; i < structures.size(); i++) {
      ObservationEdit.Structure s = structures.get(i);
      String path = "structures[" + i + "]";
      if (s == null) {
        problems.check(
            () -> {
              throw new InvalidDataException(path + " is null; give a structure object");
            });
        continue;
      }
      Drawing drawing = problems.check(() -> drawing(s, path, scene));
      if (drawing != null) {
        drawings.add(drawing);
      }
    }
    List<ObservationEdit.Unassessable> areas =
        edit.unassessable() == null ? List.of() : edit.unassessable();
    List<Area> checkedAreas = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      ObservationEdit.Unassessable a = areas.get(i);
      String path = "unassessable[" + i + "]";
      Area area =
          problems.check(
              () -> {
                if (a == null || a.reason() == null) {
                  throw new InvalidDataException(
                      path
                          + ".reason is required: one of cloud, shadow, haze, outside-footprint,"
                          + " resolution");
                }
                UnassessableReason reason;
                try {
                  reason = UnassessableReason.fromCode(a.reason());
                } catch (InvalidDataException e) {
                  throw new InvalidDataException(path + "." + e.getMessage());
                }
                Geometry geometry =
                    multi(StructureDrawing.unassessable(a.geometry(), path + ".geometry"));
                return new Area(reason, geometry, StructureDrawing.areaSqm(geometry));
              });
      if (area != null) {
        checkedAreas.add(area);
      }
    }
    problems.throwIfAny();
    return new CheckedObservation(confidence, notes, drawings, checkedAreas);
  }

  private static Drawing drawing(
      ObservationEdit.Structure s, String path, SceneDao.SceneRef scene) {
    List<String> problems = new ArrayList<>();
    StructureClass structureClass = null;
    if (s.structureClass() == null) {
      problems.add(
          path
              + ".class is required: one of perimeter, guard-post, administration, prisoner-housing,"
              + " light-industry, mining, agriculture, agricultural-support, other");
    } else {
      try {
        structureClass = StructureClass.fromCode(s.structureClass());
      } catch (InvalidDataException e) {
        problems.add(path + "." + e.getMessage());
      }
    }
    StructureCondition condition = StructureCondition.INTACT;
    if (s.condition() != null) {
      try {
        condition = StructureCondition.fromCode(s.condition());
      } catch (InvalidDataException e) {
        problems.add(path + "." + e.getMessage());
      }
    }
    String notes = null;
    try {
      notes = notes(path + ".notes", s.notes());
    } catch (InvalidDataException e) {
      problems.addAll(e.problems());
    }
    Geometry geometry = null;
    try {
      geometry =
          StructureDrawing.structure(
              s.geometry(),
              path + ".geometry",
              structureClass == null ? StructureClass.PERIMETER : structureClass);
      outsideFootprint(path + ".geometry", geometry, scene).ifPresent(problems::add);
    } catch (InvalidDataException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidDataException(problems);
    }
    return new Drawing(
        s.id(),
        structureClass,
        condition,
        geometry,
        StructureDrawing.areaSqm(geometry),
        StructureDrawing.lengthM(geometry),
        notes,
        null);
  }

  /** The most characters of notes. */
  public static final int MAX_NOTES = 20_000;

  /** Notes: NFC, several lines allowed, no control or bidirectional characters; null if blank. */
  static String notes(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
    if (text.codePointCount(0, text.length()) > MAX_NOTES) {
      throw new InvalidDataException(field + " must be at most " + MAX_NOTES + " characters");
    }
    DisplayText.problem(field, text, true)
        .ifPresent(
            problem -> {
              throw new InvalidDataException(problem);
            });
    return text;
  }

  /** A Polygon as a one-part MultiPolygon (as the table stores it), anything else unchanged. */
  static Geometry multi(Geometry geometry) {
    return geometry instanceof Polygon polygon
        ? Geometries.FACTORY.createMultiPolygon(new Polygon[] {polygon})
        : geometry;
  }

  /**
   * The refusal of a drawing that lies wholly outside the scene's footprint (what it shows cannot
   * have been seen on that scene), or empty when it touches the footprint.
   */
  static Optional<String> outsideFootprint(
      String field, Geometry geometry, SceneDao.SceneRef scene) {
    return geometry.intersects(scene.footprint())
        ? Optional.empty()
        : Optional.of(
            field
                + " lies wholly outside the footprint of scene '"
                + scene.id()
                + "': what it shows cannot have been seen on that scene");
  }
}
