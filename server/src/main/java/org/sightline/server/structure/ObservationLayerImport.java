package org.sightline.server.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.InvalidDataException;
import org.sightline.geodata.io.ImportFeature;
import org.sightline.geodata.structure.EstimativeConfidence;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.geodata.structure.StructureDrawing;
import org.sightline.geodata.structure.io.StructureDraft;
import org.sightline.geodata.structure.io.StructureLayer;
import org.sightline.geodata.structure.io.StructureLayerReader;
import org.sightline.geodata.structure.io.UnassessableDraft;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.catalogue.SceneDao;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityRegistry;

/**
 * An observation imported from an analyst's digitized layer (GeoJSON, KML, GeoPackage; one feature
 * per structure, class and condition from its attributes: {@link StructureLayerReader}), with the
 * facility imports' rules: a dry run reports every feature and writes nothing; a real import is all
 * or nothing (one failing feature: nothing written, every problem reported); re-running the same
 * layer on the same scene changes nothing ("unchanged"), and a different layer on a scene already
 * observed is a conflict naming the observation to edit. Thread-safe.
 */
public final class ObservationLayerImport {
  private final AttributedTransactions transactions;
  private final Observations observations;

  public ObservationLayerImport(AttributedTransactions transactions, Observations observations) {
    this.transactions = transactions;
    this.observations = observations;
  }

  /**
   * What an import did or would do.
   *
   * @param outcome {@code created}, {@code unchanged} or {@code failed}
   * @param summary one line: what was read, or the first failing feature
   * @param features every feature's kind, outcome, errors and warnings, in file order
   * @param observation the stored observation (null on a dry run or a failure)
   * @param derived what the facility's recomputation derived (null unless created)
   */
  public record Result(
      boolean dryRun,
      String outcome,
      String summary,
      int created,
      int unchanged,
      int errors,
      List<Feature> features,
      ObservationView observation,
      StructureRecomputation.Summary derived) {
    public boolean failed() {
      return "failed".equals(outcome);
    }
  }

  /** One feature of the layer in the report. */
  public record Feature(
      int index,
      String label,
      String kind,
      String featureId,
      String outcome,
      List<String> errors,
      List<String> warnings) {}

  /** Parameters of an import besides the layer. */
  public record Options(
      String sceneId,
      String sceneCollection,
      String confidence,
      String notes,
      StructureClass defaultClass,
      boolean dryRun) {}

  /**
   * @throws InvalidDataException for a bad parameter (scene, confidence) or an empty layer
   * @throws ConflictException when the scene has another observation of the facility
   */
  public Result run(Actor actor, String facilityId, List<ImportFeature> features, Options options) {
    StructureLayer layer =
        new StructureLayerReader(
                options.defaultClass() == null ? StructureClass.OTHER : options.defaultClass())
            .read(features);
    if (options.confidence() == null || options.confidence().isBlank()) {
      throw new InvalidDataException(
          "confidence is required (?confidence=): one of almost-certain, very-likely, likely,"
              + " even-chance, unlikely, very-unlikely, almost-no-chance");
    }
    EstimativeConfidence confidence = EstimativeConfidence.fromCode(options.confidence().strip());
    String notes = CheckedObservation.notes("notes", options.notes());
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
          SceneDao.SceneRef scene =
              Observations.scene(handle, options.sceneId(), options.sceneCollection());
          // Every feature's errors: the reader's, then the scene's (a drawing outside its
          // footprint).
          Map<Integer, List<String>> errors = new HashMap<>();
          layer.features().forEach(f -> errors.put(f.index(), new ArrayList<>(f.errors())));
          List<CheckedObservation.Drawing> drawings = new ArrayList<>();
          for (StructureDraft d : layer.structures()) {
            CheckedObservation.outsideFootprint("geometry", d.geometry(), scene)
                .ifPresent(problem -> errors.get(d.index()).add(problem));
            drawings.add(
                new CheckedObservation.Drawing(
                    null,
                    d.structureClass(),
                    d.condition(),
                    d.geometry(),
                    StructureDrawing.areaSqm(d.geometry()),
                    StructureDrawing.lengthM(d.geometry()),
                    d.notes(),
                    d.featureId() == null ? d.label() : d.featureId()));
          }
          List<CheckedObservation.Area> areas = new ArrayList<>();
          for (UnassessableDraft u : layer.unassessable()) {
            Geometry geometry = CheckedObservation.multi(u.geometry());
            areas.add(
                new CheckedObservation.Area(
                    u.reason(), geometry, StructureDrawing.areaSqm(geometry)));
          }
          if (errors.values().stream().anyMatch(e -> !e.isEmpty())) {
            return failure(options.dryRun(), features(layer, errors, "ok"));
          }
          CheckedObservation checked = new CheckedObservation(confidence, notes, drawings, areas);
          ObservationDao dao = handle.attach(ObservationDao.class);
          StoredObservation existing =
              dao.observationOnScene(facilityId, scene.collection(), scene.id()).orElse(null);
          if (existing != null) {
            if (!sameDrawings(dao.structuresOf(existing.id()), drawings)) {
              throw new ConflictException(
                  "facility '"
                      + facilityId
                      + "' has observation "
                      + existing.id()
                      + " on scene '"
                      + scene.id()
                      + "' with other drawings; edit it (PUT /api/observations/"
                      + existing.id()
                      + " with If-Match) or delete it before importing this layer");
            }
            return new Result(
                options.dryRun(),
                "unchanged",
                "the layer matches observation " + existing.id() + ": nothing to import",
                0,
                layer.features().size(),
                0,
                features(layer, errors, "unchanged"),
                options.dryRun()
                    ? null
                    : ObservationView.of(
                        existing,
                        dao.structuresOf(existing.id()),
                        dao.unassessableOf(existing.id())),
                null);
          }
          Observations.Written written =
              observations.insert(handle, actor, facilityId, scene, checked, false);
          if (options.dryRun()) {
            handle.rollback();
          }
          return new Result(
              options.dryRun(),
              "created",
              layer.summary(),
              layer.features().size(),
              0,
              0,
              features(layer, errors, "created"),
              options.dryRun() ? null : written.observation(),
              options.dryRun() ? null : written.derived());
        });
  }

  private static Result failure(boolean dryRun, List<Feature> features) {
    List<Feature> failed = features.stream().filter(f -> f.outcome().equals("error")).toList();
    Feature first = failed.get(0);
    String message =
        failed.size()
            + " of "
            + features.size()
            + " features failed, so nothing was imported; feature "
            + first.index()
            + (first.label() == null ? "" : " '" + first.label() + "'")
            + ": "
            + String.join("; ", first.errors());
    return new Result(dryRun, "failed", message, 0, 0, failed.size(), features, null, null);
  }

  /** Every feature in file order: outcome "error" where it has errors, else {@code outcome}. */
  private static List<Feature> features(
      StructureLayer layer, Map<Integer, List<String>> errors, String outcome) {
    return layer.features().stream()
        .map(
            f -> {
              List<String> problems = List.copyOf(errors.get(f.index()));
              return new Feature(
                  f.index(),
                  f.label(),
                  f.kind(),
                  f.featureId(),
                  problems.isEmpty() ? outcome : "error",
                  problems,
                  f.warnings());
            })
        .toList();
  }

  private static boolean sameDrawings(
      List<StoredStructure> stored, List<CheckedObservation.Drawing> drawings) {
    if (stored.size() != drawings.size()) {
      return false;
    }
    List<StoredStructure> remaining = new ArrayList<>(stored);
    for (CheckedObservation.Drawing d : drawings) {
      StoredStructure match =
          remaining.stream()
              .filter(
                  s ->
                      s.structureClass().equals(d.structureClass().code())
                          && s.condition().equals(d.condition().code())
                          && Objects.equals(s.notes(), d.notes())
                          && s.geometry().equalsExact(d.geometry()))
              .findFirst()
              .orElse(null);
      if (match == null) {
        return false;
      }
      remaining.remove(match);
    }
    return true;
  }
}
