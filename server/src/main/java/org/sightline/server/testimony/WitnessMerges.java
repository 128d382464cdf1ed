package org.sightline.server.testimony;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * Decisions on witness merge proposals. Confirming one merges witness B into witness A (B's record
 * stays, with {@code mergedInto}) and recomputes the corroboration of both witnesses' claims in the
 * same transaction, which then counts the two as one source. Thread-safe.
 */
public final class WitnessMerges {
  private final AttributedTransactions transactions;
  private final Claims.ClaimsChanged changed;

  /**
   * @param changed recomputes corroboration for the claims of two witnesses once merged
   */
  public WitnessMerges(AttributedTransactions transactions, Claims.ClaimsChanged changed) {
    this.transactions = transactions;
    this.changed = changed;
  }

  /** The decision body. */
  public record Decision(String decision, String reason) {}

  /** Proposals, optionally only those with one status. */
  public List<MergeProposalView> list(String status) {
    if (status != null && !List.of("proposed", "confirmed", "dismissed").contains(status)) {
      throw new InvalidInputException(
          "status: unknown value '" + status + "'; expected proposed, confirmed or dismissed");
    }
    return transactions.jdbi().withExtension(WitnessMergeDao.class, dao -> dao.list(status));
  }

  /** Confirms or dismisses a proposal read at {@code expectedVersion}. */
  public MergeProposalView decide(
      Actor actor, long proposalId, int expectedVersion, Decision decision) {
    if (decision == null
        || decision.decision() == null
        || !List.of("confirm", "dismiss").contains(decision.decision())) {
      throw new InvalidInputException(
          "decision must be confirm or dismiss: {\"decision\": \"confirm\", \"reason\": \"...\"}");
    }
    String why = Deletions.reasonFor(decision.decision(), decision.reason());
    return transactions.inTransaction(
        actor,
        handle -> {
          WitnessMergeDao dao = handle.attach(WitnessMergeDao.class);
          WitnessMergeDao.Pair pair =
              dao.lock(proposalId)
                  .orElseThrow(
                      () -> new EntityNotFoundException("no merge proposal " + proposalId));
          if (pair.version() != expectedVersion) {
            throw new StaleVersionException(
                "merge proposal " + proposalId, expectedVersion, pair.version());
          }
          if (!"proposed".equals(pair.status())) {
            throw new ConflictException(
                "merge proposal " + proposalId + " was " + pair.status() + " already");
          }
          if ("confirm".equals(decision.decision())) {
            WitnessDao witnesses = handle.attach(WitnessDao.class);
            if (witnesses.lock(pair.witnessB()).isEmpty()
                || witnesses.lock(pair.witnessA()).isEmpty()) {
              throw new ConflictException(
                  "merge proposal " + proposalId + " names a witness deleted since");
            }
            witnesses.mergeInto(pair.witnessB(), pair.witnessA(), actor.name());
          }
          if ("confirm".equals(decision.decision())) {
            Set<Long> claims =
                new TreeSet<>(handle.attach(WitnessDao.class).liveClaims(pair.witnessA()));
            claims.addAll(handle.attach(WitnessDao.class).liveClaims(pair.witnessB()));
            if (!claims.isEmpty()) {
              changed.after(handle, claims);
            }
          }
          dao.decide(
              proposalId,
              "confirm".equals(decision.decision()) ? "confirmed" : "dismissed",
              actor.name(),
              why);
          return dao.proposal(proposalId).orElseThrow();
        });
  }
}
