package org.sightline.server.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.catalogue.SceneDao;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityRegistry;

/**
 * Observations of a facility on scenes of the catalogue: recorded, replaced (with the version read)
 * and soft-deleted (with a reason), each write in one attributed transaction that first locks the
 * facility row and ends by recomputing that facility's derived structures and events ({@link
 * StructureRecomputation}), so a write and its consequences commit together or not at all. One live
 * observation per facility and scene. Staff-only data: callers check roles. Thread-safe.
 */
public final class Observations {
  private final AttributedTransactions transactions;
  private final StructureRecomputation recomputation;

  public Observations(AttributedTransactions transactions, StructureRecomputation recomputation) {
    this.transactions = transactions;
    this.recomputation = recomputation;
  }

  /** A written observation and what the recomputation derived. */
  public record Written(ObservationView observation, StructureRecomputation.Summary derived) {}

  /** Records a new observation; 409 when the facility has one on that scene already. */
  public Written record(
      Actor actor, String facilityId, ObservationEdit edit, boolean illustrative) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be an observation: {\"sceneId\": \"...\", \"confidence\": \"likely\","
              + " \"structures\": [...], \"unassessable\": [...]}");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
          SceneDao.SceneRef scene = scene(handle, edit.sceneId(), edit.sceneCollection());
          CheckedObservation checked = CheckedObservation.check(edit, scene);
          return insert(handle, actor, facilityId, scene, checked, illustrative);
        });
  }

  /**
   * Inside the caller's transaction (imports, the sample data): inserts a checked observation and
   * recomputes the facility. The facility row must be locked by the caller.
   */
  public Written insert(
      Handle handle,
      Actor actor,
      String facilityId,
      SceneDao.SceneRef scene,
      CheckedObservation checked,
      boolean illustrative) {
    ObservationDao dao = handle.attach(ObservationDao.class);
    dao.observationOnScene(facilityId, scene.collection(), scene.id())
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "facility '"
                      + facilityId
                      + "' has observation "
                      + existing.id()
                      + " on scene '"
                      + scene.id()
                      + "' already; edit that one (PUT /api/observations/"
                      + existing.id()
                      + " with If-Match) or delete it first");
            });
    long id =
        dao.insertObservation(
            facilityId,
            scene.collection(),
            scene.id(),
            scene.acquiredAt(),
            scene.footprint(),
            checked.confidence().code(),
            checked.notes(),
            illustrative,
            actor.name());
    for (CheckedObservation.Drawing d : checked.structures()) {
      if (d.id() != null) {
        throw new InvalidInputException(
            "a new observation's structures carry no id (id "
                + d.id()
                + " given): ids name drawings of an observation being replaced");
      }
      insertDrawing(dao, facilityId, id, d, actor);
    }
    for (CheckedObservation.Area a : checked.unassessable()) {
      dao.insertUnassessable(
          facilityId, id, a.reason().code(), a.geometry(), a.areaSqm(), actor.name());
    }
    StructureRecomputation.Summary derived = recomputation.recompute(handle, facilityId);
    return new Written(view(dao, id), derived);
  }

  /**
   * Replaces an observation's confidence, notes, drawings and unassessable areas; {@code
   * expectedVersion} is the version read (ETag). Drawings named by id are kept (changed only if a
   * value differs), new ones added, those left out soft-deleted. The scene cannot change.
   */
  public Written replace(
      Actor actor, long observationId, int expectedVersion, ObservationEdit edit) {
    if (edit == null) {
      throw new InvalidInputException("the body must be an observation");
    }
    return transactions.inTransaction(
        actor,
        handle -> {
          ObservationDao dao = handle.attach(ObservationDao.class);
          StoredObservation current = found(dao.observation(observationId), observationId);
          FacilityRegistry.live(handle.attach(FacilityDao.class), current.facilityId());
          current = found(dao.lockObservation(observationId), observationId);
          if (current.version() != expectedVersion) {
            throw new StaleVersionException(
                "observation " + observationId, expectedVersion, current.version());
          }
          if (edit.sceneId() != null && !edit.sceneId().equals(current.sceneId())) {
            throw new InvalidInputException(
                "sceneId: observation "
                    + observationId
                    + " was made on scene '"
                    + current.sceneId()
                    + "', and its scene cannot change; record a new observation on '"
                    + edit.sceneId()
                    + "' instead");
          }
          SceneDao.SceneRef scene =
              new SceneDao.SceneRef(
                  current.sceneCollection(),
                  current.sceneId(),
                  current.sceneAcquiredAt(),
                  current.sceneFootprint());
          CheckedObservation checked = CheckedObservation.check(edit, scene);
          Map<Long, StoredStructure> existing = new HashMap<>();
          dao.structuresOf(observationId).forEach(s -> existing.put(s.id(), s));
          Set<Long> kept = new HashSet<>();
          for (CheckedObservation.Drawing d : checked.structures()) {
            if (d.id() == null) {
              continue;
            }
            if (!existing.containsKey(d.id())) {
              throw new InvalidInputException(
                  "structures: id "
                      + d.id()
                      + " is not a drawing of observation "
                      + observationId
                      + "; leave id out to add a new drawing");
            }
            if (!kept.add(d.id())) {
              throw new InvalidInputException(
                  "structures: id " + d.id() + " is given twice; each drawing once");
            }
          }
          String reason = "removed when observation " + observationId + " was edited";
          dao.updateObservation(
              observationId, checked.confidence().code(), checked.notes(), actor.name());
          for (StoredStructure s : existing.values()) {
            if (!kept.contains(s.id())) {
              dao.softDeleteStructure(s.id(), actor.name(), reason);
            }
          }
          for (CheckedObservation.Drawing d : checked.structures()) {
            if (d.id() == null) {
              insertDrawing(dao, current.facilityId(), observationId, d, actor);
            } else {
              dao.updateStructure(
                  d.id(),
                  d.structureClass().code(),
                  d.condition().code(),
                  d.geometry(),
                  d.areaSqm(),
                  d.lengthM(),
                  d.notes());
            }
          }
          if (!sameAreas(dao.unassessableOf(observationId), checked.unassessable())) {
            dao.softDeleteUnassessableOf(observationId, actor.name(), reason);
            for (CheckedObservation.Area a : checked.unassessable()) {
              dao.insertUnassessable(
                  current.facilityId(),
                  observationId,
                  a.reason().code(),
                  a.geometry(),
                  a.areaSqm(),
                  actor.name());
            }
          }
          StructureRecomputation.Summary derived =
              recomputation.recompute(handle, current.facilityId());
          return new Written(view(dao, observationId), derived);
        });
  }

  /** Soft-deletes an observation with a reason; {@code expectedVersion} is the version read. */
  public Written delete(Actor actor, long observationId, int expectedVersion, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "reason is required: say why the observation is deleted ({\"reason\": \"...\"})");
    }
    String checkedReason = CheckedObservation.notes("reason", reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          ObservationDao dao = handle.attach(ObservationDao.class);
          StoredObservation current = found(dao.observation(observationId), observationId);
          FacilityRegistry.live(handle.attach(FacilityDao.class), current.facilityId());
          current = found(dao.lockObservation(observationId), observationId);
          if (current.version() != expectedVersion) {
            throw new StaleVersionException(
                "observation " + observationId, expectedVersion, current.version());
          }
          ObservationView before = view(dao, observationId);
          dao.softDeleteObservation(observationId, actor.name(), checkedReason);
          StructureRecomputation.Summary derived =
              recomputation.recompute(handle, current.facilityId());
          return new Written(before, derived);
        });
  }

  /**
   * Records the bundled illustrative series (the sample data), marked illustrative, in one
   * transaction: only the observations whose facility exists and has never had an observation on
   * their scene, so that a deleted sample observation stays deleted.
   *
   * @return how many observations were added
   */
  public int loadIllustrative(Actor actor, String facilityId, List<ObservationEdit> series) {
    return transactions.inTransaction(
        actor,
        handle -> {
          if (handle
              .attach(FacilityDao.class)
              .find(facilityId)
              .filter(f -> f.deletedAt() == null)
              .isEmpty()) {
            return 0;
          }
          FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
          ObservationDao dao = handle.attach(ObservationDao.class);
          int added = 0;
          for (ObservationEdit edit : series) {
            if (dao.everObservedOn(facilityId, edit.sceneId())) {
              continue;
            }
            SceneDao.SceneRef scene = scene(handle, edit.sceneId(), edit.sceneCollection());
            insert(handle, actor, facilityId, scene, CheckedObservation.check(edit, scene), true);
            added++;
          }
          return added;
        });
  }

  /** A live observation with its drawings and unassessable areas; 404 when none. */
  public ObservationView get(long observationId) {
    return transactions
        .jdbi()
        .withHandle(
            handle -> {
              ObservationDao dao = handle.attach(ObservationDao.class);
              found(dao.observation(observationId), observationId);
              return view(dao, observationId);
            });
  }

  /** The live observations of a facility, by scene time, without their drawings. */
  public List<StoredObservation> of(String facilityId) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(ObservationDao.class).observationsOf(facilityId));
  }

  /**
   * The catalogue's scene with this id (in {@code collection} when given); 400 when absent or in
   * several collections without one named.
   */
  public static SceneDao.SceneRef scene(Handle handle, String sceneId, String collection) {
    if (sceneId == null || sceneId.isBlank()) {
      throw new InvalidInputException(
          "sceneId is required: the catalogue id of the scene the observation was made on");
    }
    List<SceneDao.SceneRef> scenes = handle.attach(SceneDao.class).sceneRefs(sceneId, collection);
    if (scenes.isEmpty()) {
      throw new InvalidInputException(
          "sceneId '"
              + sceneId
              + "'"
              + (collection == null ? "" : " in collection '" + collection + "'")
              + " is not in the imagery catalogue: an observation is made on a catalogued scene"
              + " (find it at /api/stac/search?ids=...; ingest its STAC Item first)");
    }
    if (scenes.size() > 1) {
      throw new InvalidInputException(
          "sceneId '"
              + sceneId
              + "' is in "
              + scenes.size()
              + " collections ("
              + String.join(", ", scenes.stream().map(SceneDao.SceneRef::collection).toList())
              + "); name one in sceneCollection");
    }
    return scenes.get(0);
  }

  private static void insertDrawing(
      ObservationDao dao,
      String facilityId,
      long observationId,
      CheckedObservation.Drawing d,
      Actor actor) {
    dao.insertStructure(
        facilityId,
        observationId,
        d.structureClass().code(),
        d.condition().code(),
        d.geometry(),
        d.areaSqm(),
        d.lengthM(),
        d.notes(),
        d.layerFeature(),
        actor.name());
  }

  private static boolean sameAreas(
      List<StoredUnassessable> stored, List<CheckedObservation.Area> checked) {
    if (stored.size() != checked.size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      if (!stored.get(i).reason().equals(checked.get(i).reason().code())
          || !stored.get(i).geometry().equalsExact(checked.get(i).geometry())) {
        return false;
      }
    }
    return true;
  }

  private static ObservationView view(ObservationDao dao, long id) {
    return ObservationView.of(
        found(dao.observation(id), id), dao.structuresOf(id), dao.unassessableOf(id));
  }

  private static StoredObservation found(Optional<StoredObservation> observation, long id) {
    return observation.orElseThrow(
        () -> new EntityNotFoundException("there is no observation " + id));
  }
}
