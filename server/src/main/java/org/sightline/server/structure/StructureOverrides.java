package org.sightline.server.structure;

import java.util.List;
import java.util.Locale;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.registry.FacilityDao;
import org.sightline.server.registry.FacilityRegistry;

/**
 * The analysts' corrections of structure identity: merge two identities, split one at a drawing,
 * force a match or a non-match. Each names drawings (observed structure ids) of one facility, so it
 * survives recomputation; each is recorded with a reason, applied by recomputing the facility in
 * the same transaction, and withdrawn (never deleted) with a reason. Thread-safe.
 */
public final class StructureOverrides {
  private final AttributedTransactions transactions;
  private final StructureRecomputation recomputation;

  public StructureOverrides(
      AttributedTransactions transactions, StructureRecomputation recomputation) {
    this.transactions = transactions;
    this.recomputation = recomputation;
  }

  /**
   * An override as a client sends it.
   *
   * @param kind {@code merge}, {@code split}, {@code match} or {@code non-match}
   * @param structureId a drawing (observed structure id)
   * @param otherStructureId the other drawing; absent for a split; for a match, the earlier drawing
   *     whose identity {@code structureId} continues
   */
  public record Edit(String kind, Long structureId, Long otherStructureId, String reason) {}

  /** A stored override and what the recomputation derived. */
  public record Written(StoredOverride override, StructureRecomputation.Summary derived) {}

  private static final List<String> KINDS = List.of("merge", "split", "match", "non-match");

  public Written add(Actor actor, String facilityId, Edit edit) {
    if (edit == null) {
      throw new InvalidInputException(
          "the body must be an override: {\"kind\": \"merge|split|match|non-match\","
              + " \"structureId\": 1, \"otherStructureId\": 2, \"reason\": \"...\"}");
    }
    String kind = edit.kind() == null ? null : edit.kind().toLowerCase(Locale.ROOT);
    if (kind == null || !KINDS.contains(kind)) {
      throw new InvalidInputException(
          "kind: "
              + (edit.kind() == null ? "is required" : "unknown value '" + edit.kind() + "'")
              + "; expected one of "
              + String.join(", ", KINDS));
    }
    if (edit.structureId() == null) {
      throw new InvalidInputException("structureId is required: the id of a drawing");
    }
    if (kind.equals("split") && edit.otherStructureId() != null) {
      throw new InvalidInputException(
          "otherStructureId: a split names one drawing only (the one that begins a new identity)");
    }
    if (!kind.equals("split") && edit.otherStructureId() == null) {
      throw new InvalidInputException(
          "otherStructureId is required for a " + kind + ": the other drawing");
    }
    if (edit.structureId().equals(edit.otherStructureId())) {
      throw new InvalidInputException("structureId and otherStructureId name the same drawing");
    }
    if (edit.reason() == null || edit.reason().isBlank()) {
      throw new InvalidInputException("reason is required: say why the identity is corrected");
    }
    String reason = CheckedObservation.notes("reason", edit.reason());
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
          ObservationDao observations = handle.attach(ObservationDao.class);
          requireDrawingOf(observations, facilityId, "structureId", edit.structureId());
          if (edit.otherStructureId() != null) {
            requireDrawingOf(observations, facilityId, "otherStructureId", edit.otherStructureId());
          }
          OverrideDao dao = handle.attach(OverrideDao.class);
          long id =
              dao.insert(
                  facilityId,
                  kind,
                  edit.structureId(),
                  edit.otherStructureId(),
                  reason,
                  actor.name());
          StructureRecomputation.Summary derived = recomputation.recompute(handle, facilityId);
          StoredOverride stored = dao.lock(id).orElseThrow();
          return new Written(stored, derived);
        });
  }

  /** Withdraws a live override of the facility with a reason, and recomputes. */
  public Written withdraw(Actor actor, String facilityId, long overrideId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason is required: say why the override is withdrawn");
    }
    String checkedReason = CheckedObservation.notes("reason", reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityRegistry.live(handle.attach(FacilityDao.class), facilityId);
          OverrideDao dao = handle.attach(OverrideDao.class);
          StoredOverride override =
              dao.lock(overrideId)
                  .filter(o -> o.facilityId().equals(facilityId))
                  .orElseThrow(
                      () ->
                          new EntityNotFoundException(
                              "facility '" + facilityId + "' has no live override " + overrideId));
          dao.withdraw(overrideId, actor.name(), checkedReason);
          return new Written(override, recomputation.recompute(handle, facilityId));
        });
  }

  /** The live overrides of a facility, oldest first. */
  public List<StoredOverride> of(String facilityId) {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(OverrideDao.class).live(facilityId));
  }

  private static void requireDrawingOf(
      ObservationDao dao, String facilityId, String field, long structureId) {
    String owner =
        dao.facilityOfStructure(structureId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        field
                            + ": "
                            + structureId
                            + " is not a live drawing of a live observation"));
    if (!owner.equals(facilityId)) {
      throw new InvalidInputException(
          field
              + ": drawing "
              + structureId
              + " belongs to facility '"
              + owner
              + "', not '"
              + facilityId
              + "'");
    }
  }
}
