package org.sightline.server.corroboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sightline.geodata.corroboration.DuplicateCandidate;
import org.sightline.geodata.json.JsonMapping;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.ConflictException;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;
import org.sightline.server.registry.FieldProblems;

/**
 * Likely duplicate claims: proposed by each corroboration pass, confirmed (the later claim is the
 * same account as the earlier: it counts as the earlier one's source) or dismissed by an
 * investigator; a decision recomputes corroboration. Thread-safe.
 */
public final class ClaimDuplicates {
  private final AttributedTransactions transactions;
  private final CorroborationRecomputation recomputation;

  public ClaimDuplicates(
      AttributedTransactions transactions, CorroborationRecomputation recomputation) {
    this.transactions = transactions;
    this.recomputation = recomputation;
  }

  /** The decision body. */
  public record Decision(String decision, String reason) {}

  /**
   * Inside a recomputation: proposes the candidate pairs of claims, and supersedes the undecided
   * proposals among {@code weighedKeys} that are no longer candidates.
   */
  static void propose(
      Handle handle, List<DuplicateCandidate> candidates, Collection<String> weighedKeys) {
    DuplicateDao dao = handle.attach(DuplicateDao.class);
    Set<String> current = new HashSet<>();
    for (DuplicateCandidate candidate : candidates) {
      if (!candidate.keyA().startsWith("claim:") || !candidate.keyB().startsWith("claim:")) {
        continue;
      }
      long a = Long.parseLong(candidate.keyA().substring("claim:".length()));
      long b = Long.parseLong(candidate.keyB().substring("claim:".length()));
      long first = Math.min(a, b);
      long second = Math.max(a, b);
      current.add(first + "/" + second);
      try {
        dao.propose(
            first,
            second,
            candidate.similarity(),
            JsonMapping.writer().writeValueAsString(candidate.reasons()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("duplicate reasons are not JSON", e);
      }
    }
    Set<Long> weighedClaims = new HashSet<>();
    for (String key : weighedKeys) {
      if (key.startsWith("claim:")) {
        weighedClaims.add(Long.parseLong(key.substring("claim:".length())));
      }
    }
    if (weighedClaims.isEmpty()) {
      return;
    }
    for (DuplicateView proposal : dao.undecidedTouching(weighedClaims)) {
      if (!current.contains(proposal.claimA() + "/" + proposal.claimB())) {
        dao.supersede(proposal.id());
      }
    }
  }

  public List<DuplicateView> list(String status) {
    if (status != null && !List.of("proposed", "confirmed", "dismissed").contains(status)) {
      throw new InvalidInputException(
          "status: unknown value '" + status + "'; expected proposed, confirmed or dismissed");
    }
    return transactions.jdbi().withExtension(DuplicateDao.class, dao -> dao.list(status));
  }

  /** Confirms or dismisses a proposal read at {@code expectedVersion}, then recomputes. */
  public DuplicateView decide(Actor actor, long id, int expectedVersion, Decision decision) {
    FieldProblems problems = new FieldProblems();
    String verdict =
        problems.check(
            () -> {
              if (decision == null
                  || decision.decision() == null
                  || !List.of("confirm", "dismiss").contains(decision.decision())) {
                throw new InvalidInputException(
                    "decision must be confirm or dismiss: {\"decision\": \"confirm\", \"reason\":"
                        + " \"...\"}");
              }
              return decision.decision();
            });
    String reason =
        problems.check(
            () -> {
              String text =
                  FieldText.optional("reason", decision == null ? null : decision.reason(), 1000);
              if (text == null) {
                throw new InvalidInputException("reason is required: say why");
              }
              return text;
            });
    problems.throwIfAny();
    return transactions.inTransaction(
        actor,
        handle -> {
          DuplicateDao dao = handle.attach(DuplicateDao.class);
          DuplicateView current =
              dao.lock(id)
                  .orElseThrow(() -> new EntityNotFoundException("no duplicate proposal " + id));
          if (current.version() != expectedVersion) {
            throw new StaleVersionException(
                "duplicate proposal " + id, expectedVersion, current.version());
          }
          if (!"proposed".equals(current.status())) {
            throw new ConflictException(
                "duplicate proposal " + id + " was " + current.status() + " already");
          }
          dao.decide(
              id, "confirm".equals(verdict) ? "confirmed" : "dismissed", actor.name(), reason);
          recomputation.recompute(
              handle, List.of("claim:" + current.claimA(), "claim:" + current.claimB()));
          return dao.list(null).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        });
  }
}
