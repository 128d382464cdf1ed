package org.sightline.server.testimony;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.sealing.SealedIdentity;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.SealingKeys;
import org.sightline.server.sealing.WitnessIdentity;

/**
 * Re-seals witness identities after a key rotation: every {@code witness_identity} row, live or
 * superseded, that a key other than the keyset's primary sealed is unsealed with its key and sealed
 * again with the primary one (same associated data, {@code witness:<id>}), checked by unsealing the
 * new ciphertext, and written back with the new key's id. All rows in one transaction, locked while
 * it runs: either every row is re-sealed or none is. Audited: each row's change of {@code key_id}
 * (the row trigger, which never records ciphertext) and one {@code reseal} event with the counts by
 * old key. Fingerprints are untouched (the PRF key never rotates). Afterwards no row needs the old
 * keys; old backups still do. Thread-safe.
 */
public final class IdentityResealing {
  private final AttributedTransactions transactions;
  private final Sealer sealer;

  public IdentityResealing(AttributedTransactions transactions, Sealer sealer) {
    this.transactions = transactions;
    this.sealer = sealer;
  }

  /**
   * What a re-sealing did.
   *
   * @param primaryKeyId the key that seals now (Tink's key id, as stored in {@code key_id})
   * @param live re-sealed rows that are a witness's current identity
   * @param superseded re-sealed rows kept as history
   * @param fromKeys re-sealed rows by the key that had sealed them
   */
  public record Report(
      long primaryKeyId, int live, int superseded, SortedMap<Long, Integer> fromKeys) {
    public int resealed() {
      return live + superseded;
    }
  }

  /** Re-seals every row an older key sealed; nothing to do is a report of zero rows. */
  public Report reseal(Actor actor) {
    long primary = sealer.primaryKeyId();
    return transactions.inTransaction(
        actor,
        handle -> {
          WitnessIdentityDao dao = handle.attach(WitnessIdentityDao.class);
          int live = 0;
          int superseded = 0;
          SortedMap<Long, Integer> fromKeys = new TreeMap<>();
          for (WitnessIdentityDao.SealedRow row : dao.sealedWithOtherKeys(primary)) {
            String recordId = WitnessIdentities.recordId(row.witnessId());
            WitnessIdentity identity =
                sealer.unsealIdentity(SealedIdentity.of(row.sealed()), recordId);
            SealedIdentity resealed = sealer.sealIdentity(identity, recordId);
            if (!identity.equals(sealer.unsealIdentity(resealed, recordId))) {
              throw new IllegalStateException(
                  "re-sealing identity row " + row.id() + " did not round-trip; nothing changed");
            }
            dao.resealed(row.id(), resealed.ciphertext(), resealed.keyId());
            fromKeys.merge(row.keyId(), 1, Integer::sum);
            if (row.live()) {
              live++;
            } else {
              superseded++;
            }
          }
          if (live + superseded > 0) {
            Map<String, Object> counts = new TreeMap<>();
            fromKeys.forEach(
                (key, rows) -> counts.put(SealingKeys.keyIdText((int) (long) key), rows));
            AuditLog.record(
                handle,
                "reseal",
                "witness_identity",
                "all",
                Map.of(
                    "toKey",
                    SealingKeys.keyIdText((int) primary),
                    "fromKeys",
                    counts,
                    "live",
                    live,
                    "superseded",
                    superseded));
          }
          return new Report(primary, live, superseded, fromKeys);
        });
  }

  /**
   * Retires the AEAD key {@code keyId}: refused while any identity row, live or superseded, is
   * sealed with it; else {@code removeFromKeyset} runs (writing the keyset without the key) inside
   * a transaction that records a {@code retire-key} audit event, so the event exists if and only if
   * the keyset was written.
   *
   * @throws IllegalStateException naming the count of rows that still use the key
   */
  public void retire(Actor actor, int keyId, Runnable removeFromKeyset) {
    transactions.inTransaction(
        actor,
        handle -> {
          int rows =
              handle.attach(WitnessIdentityDao.class).keyUseWithHistory().stream()
                  .filter(use -> (int) use.keyId() == keyId)
                  .mapToInt(WitnessIdentityDao.KeyUse::identities)
                  .sum();
          if (rows > 0) {
            throw new IllegalStateException(
                rows
                    + " witness identity rows are still sealed with key "
                    + SealingKeys.keyIdText(keyId)
                    + ": run 'keys reseal' first (removing the key now would lose them for ever)");
          }
          AuditLog.record(
              handle,
              "retire-key",
              "sealing_key",
              SealingKeys.keyIdText(keyId),
              Map.of("kind", "aead"));
          removeFromKeyset.run();
          return null;
        });
  }

  /** Every identity row, live or superseded, counted by the key that sealed it. */
  public List<WitnessIdentityDao.KeyUse> keyUse() {
    return transactions
        .jdbi()
        .withHandle(handle -> handle.attach(WitnessIdentityDao.class).keyUseWithHistory());
  }
}
