package org.sightline.server.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sightline.geodata.publication.RedactionRules;
import org.sightline.geodata.text.FieldText;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.errors.StaleVersionException;

/**
 * The redaction policy as data: versions are added, never changed; one is active. Changing the
 * policy is one attributed transaction (audited by row triggers) that adds a version and puts it in
 * force, or puts an earlier version back in force, naming the active record's version read ({@code
 * If-Match}). Thread-safe.
 */
public final class RedactionPolicies {
  private static final int MAX_REASON = 2000;

  private final AttributedTransactions transactions;

  public RedactionPolicies(AttributedTransactions transactions) {
    this.transactions = transactions;
  }

  /** The policy in force. */
  public RedactionPolicy active() {
    return transactions
        .jdbi()
        .withExtension(RedactionPolicyDao.class, RedactionPolicyDao::active)
        .orElseThrow(() -> new IllegalStateException("no redaction policy is active"));
  }

  public List<RedactionPolicy> all() {
    return transactions.jdbi().withExtension(RedactionPolicyDao.class, RedactionPolicyDao::all);
  }

  public RedactionPolicy get(int version) {
    return transactions
        .jdbi()
        .withExtension(RedactionPolicyDao.class, dao -> dao.find(version))
        .orElseThrow(
            () -> new EntityNotFoundException("there is no redaction policy version " + version));
  }

  /**
   * Adds a policy version with these rules and puts it in force.
   *
   * @param expectedActiveVersion the active record's version the caller read
   * @throws InvalidInputException naming the rule that is wrong, or a missing reason
   */
  public RedactionPolicy adopt(
      Actor actor, JsonNode rulesJson, String reason, int expectedActiveVersion) {
    RedactionRules rules = RedactionRules.fromJson(rulesJson);
    String why = requireReason(reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          RedactionPolicyDao dao = handle.attach(RedactionPolicyDao.class);
          checkActiveVersion(dao, expectedActiveVersion);
          dao.insert(rules.toJson().toString(), why, actor.name());
          int version = dao.latestVersion();
          dao.activate(version, expectedActiveVersion, actor.name());
          return dao.find(version).orElseThrow();
        });
  }

  /** Puts an existing version back in force. */
  public RedactionPolicy reactivate(Actor actor, int version, int expectedActiveVersion) {
    return transactions.inTransaction(
        actor,
        handle -> {
          RedactionPolicyDao dao = handle.attach(RedactionPolicyDao.class);
          if (dao.find(version).isEmpty()) {
            throw new EntityNotFoundException("there is no redaction policy version " + version);
          }
          checkActiveVersion(dao, expectedActiveVersion);
          dao.activate(version, expectedActiveVersion, actor.name());
          return dao.find(version).orElseThrow();
        });
  }

  private static void checkActiveVersion(RedactionPolicyDao dao, int expected) {
    int current = dao.lockActive();
    if (current != expected) {
      throw new StaleVersionException("the active redaction policy", expected, current);
    }
  }

  private static String requireReason(String reason) {
    String text = FieldText.optional("reason", reason, MAX_REASON);
    if (text == null) {
      throw new InvalidInputException(
          "reason is required: say why the redaction policy changes ({\"reason\": \"...\"})");
    }
    return text;
  }
}
