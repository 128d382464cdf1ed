package org.sightline.server.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.visibility.Visibility;

/**
 * Candidate duplicates and an analyst's decision on each: merge the candidate into its namesake, or
 * keep the two apart. Either is one attributed transaction (audited by the database), needs the
 * candidate's current version and bumps it.
 *
 * <p>Merge copies the candidate's live sourced locations to the namesake as alternative locations
 * (each noting the merged record) and soft-deletes the candidate with the reason; nothing is hard
 * deleted, the candidate's own record and locations stay in its history. Keep apart records the
 * decision, so the pair is no longer flagged.
 */
public final class DuplicateReview {
  private final AttributedTransactions transactions;

  public DuplicateReview(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** What an analyst decides about a candidate pair. */
  public enum Decision {
    MERGE("merge", "merged"),
    KEEP_APART("keep-apart", "kept-apart");

    private final String code;
    private final String stored;

    Decision(String code, String stored) {
      this.code = code;
      this.stored = stored;
    }

    public String code() {
      return code;
    }

    static Decision of(String code) {
      return Arrays.stream(values())
          .filter(d -> d.code.equals(code))
          .findFirst()
          .orElseThrow(
              () ->
                  new InvalidInputException(
                      "decision must be 'merge' or 'keep-apart'; got "
                          + (code == null ? "none" : "'" + code + "'")));
    }
  }

  /** The request body: the namesake, the decision and why. */
  public record Request(String duplicateOf, String decision, String reason) {}

  /**
   * The outcome: the candidate as it now is (deleted when merged), its namesake, and how many
   * sourced locations a merge copied (0 when kept apart).
   */
  public record Outcome(
      RegistryEntry facility, RegistryEntry namesake, Decision decision, int locationsCopied) {}

  /** The current candidate duplicates among these facilities that the caller may see. */
  public List<CandidateDuplicate> among(List<String> facilityIds, Visibility visibility) {
    if (facilityIds.isEmpty()) {
      return List.of();
    }
    return transactions
        .jdbi()
        .withHandle(
            h ->
                h.attach(FacilityDao.class)
                    .candidateDuplicates(facilityIds.toArray(String[]::new), visibility));
  }

  /** The namesake of one facility, when it is a candidate duplicate the caller may see. */
  public Optional<CandidateDuplicate> of(String facilityId, Visibility visibility) {
    return among(List.of(facilityId), visibility).stream().findFirst();
  }

  /**
   * Decides on the candidate pair ({@code facilityId}, {@code request.duplicateOf()}).
   *
   * @throws InvalidInputException when the body is missing or incomplete
   * @throws ConflictException when the pair is not a current candidate
   */
  public Outcome decide(Actor actor, String facilityId, int expectedVersion, Request request) {
    if (request == null) {
      throw new InvalidInputException(
          "the body must be {\"duplicateOf\": <facility id>, \"decision\": \"merge\" or"
              + " \"keep-apart\", \"reason\": <why>}");
    }
    String namesakeId = FieldText.required("duplicateOf", request.duplicateOf(), 64);
    Decision decision = Decision.of(request.decision());
    String reason = FieldText.required("reason", request.reason(), 1000);
    return transactions.inTransaction(
        actor,
        handle -> {
          FacilityDao dao = handle.attach(FacilityDao.class);
          // Both rows locked, in id order so that two decisions on one pair cannot deadlock.
          RegistryEntry candidate;
          RegistryEntry namesake;
          if (facilityId.compareTo(namesakeId) < 0) {
            candidate = FacilityRegistry.live(dao, facilityId);
            namesake = FacilityRegistry.live(dao, namesakeId);
          } else {
            namesake = FacilityRegistry.live(dao, namesakeId);
            candidate = FacilityRegistry.live(dao, facilityId);
          }
          FacilityRegistry.requireVersion(candidate, expectedVersion);
          if (!dao.isCandidateDuplicate(facilityId, namesakeId)) {
            throw new ConflictException(
                "facility '"
                    + facilityId
                    + "' is not a candidate duplicate of '"
                    + namesakeId
                    + "' (or the pair was decided already)");
          }
          dao.insertDuplicateDecision(
              facilityId, namesakeId, decision.stored, reason, actor.name());
          int copied = 0;
          if (decision == Decision.MERGE) {
            copied = dao.copySourcedLocations(facilityId, namesakeId);
            dao.softDelete(
                facilityId,
                expectedVersion,
                actor.name(),
                "merged into " + namesakeId + ": " + reason);
            dao.bumpVersion(namesakeId, namesake.version(), actor.name());
          } else {
            dao.bumpVersion(facilityId, expectedVersion, actor.name());
          }
          return new Outcome(
              dao.find(facilityId).orElseThrow(),
              dao.find(namesakeId).orElseThrow(),
              decision,
              copied);
        });
  }
}
