package org.sightline.server.testimony;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.sightline.server.audit.Actor;
import org.sightline.server.audit.AttributedTransactions;
import org.sightline.server.audit.AuditLog;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.sealing.Fingerprint;
import org.sightline.server.sealing.IdentityFingerprints;
import org.sightline.server.sealing.SealedIdentity;
import org.sightline.server.sealing.Sealer;
import org.sightline.server.sealing.WitnessIdentity;

/**
 * Witnesses' identifying details: sealed on write (Tink AEAD, the record id {@code witness:<id>} as
 * associated data), fingerprinted with keyed hashes to find one person recorded twice (merge
 * proposals), and read back only through {@link #unseal}, which is audited with its reason. No
 * other path returns them. Thread-safe.
 */
public final class WitnessIdentities {
  private final AttributedTransactions transactions;
  private final Sealer sealer;
  private final IdentityFingerprints fingerprints;

  public WitnessIdentities(
      AttributedTransactions transactions, Sealer sealer, IdentityFingerprints fingerprints) {
    this.transactions = transactions;
    this.sealer = sealer;
    this.fingerprints = fingerprints;
  }

  /** The record id sealed with a witness's identity: its associated data. */
  static String recordId(long witnessId) {
    return "witness:" + witnessId;
  }

  /**
   * Inside the caller's transaction: seals the identity (superseding the previous one), stores its
   * fingerprints and proposes merges with witnesses that share a strong one.
   */
  void seal(Handle handle, Actor actor, long witnessId, WitnessEdit.IdentityEdit edit) {
    WitnessIdentity identity = identity(handle, edit);
    SealedIdentity sealed = sealer.sealIdentity(identity, recordId(witnessId));
    WitnessIdentityDao dao = handle.attach(WitnessIdentityDao.class);
    dao.supersede(witnessId);
    long identityId = dao.insert(witnessId, sealed.ciphertext(), sealed.keyId(), actor.name());
    dao.supersedeFingerprints(witnessId);
    for (Fingerprint fingerprint : fingerprints.of(identity)) {
      dao.insertFingerprint(
          identityId,
          witnessId,
          fingerprint.kind().code(),
          fingerprint.value(),
          fingerprint.strong());
    }
    Map<Long, List<WitnessIdentityDao.SharedFingerprint>> byWitness = new LinkedHashMap<>();
    for (WitnessIdentityDao.SharedFingerprint shared : dao.sharing(witnessId)) {
      byWitness.computeIfAbsent(shared.witnessId(), k -> new ArrayList<>()).add(shared);
    }
    WitnessMergeDao merges = handle.attach(WitnessMergeDao.class);
    byWitness.forEach(
        (other, shared) -> {
          if (shared.stream().anyMatch(WitnessIdentityDao.SharedFingerprint::strong)) {
            TreeSet<String> kinds = new TreeSet<>();
            shared.forEach(s -> kinds.add(s.kind()));
            merges.propose(
                Math.min(witnessId, other),
                Math.max(witnessId, other),
                kinds.toArray(String[]::new));
          }
        });
  }

  /**
   * The identifying details of a witness, for an investigator who states why: audited as {@code
   * unseal} on the witness with the reason (never the details).
   */
  public WitnessIdentity unseal(Actor actor, long witnessId, String reason) {
    String why = Deletions.reasonFor("unseal", reason);
    return transactions.inTransaction(
        actor,
        handle -> {
          if (handle.attach(WitnessDao.class).witness(witnessId).isEmpty()) {
            throw Witnesses.notFound(witnessId);
          }
          byte[] ciphertext =
              handle
                  .attach(WitnessIdentityDao.class)
                  .sealed(witnessId)
                  .orElseThrow(
                      () ->
                          new EntityNotFoundException(
                              "witness " + witnessId + " has no sealed identity"));
          SealedIdentity sealed = SealedIdentity.of(ciphertext);
          AuditLog.record(
              handle,
              "unseal",
              "witness",
              Long.toString(witnessId),
              Map.of("reason", why, "keyId", sealed.keyId()));
          return sealer.unsealIdentity(sealed, recordId(witnessId));
        });
  }

  private static WitnessIdentity identity(Handle handle, WitnessEdit.IdentityEdit edit) {
    LocalDate birthDate = null;
    if (edit.exactBirthDate() != null && !edit.exactBirthDate().isBlank()) {
      try {
        birthDate = LocalDate.parse(edit.exactBirthDate().strip());
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            "identity.exactBirthDate is not an ISO 8601 date (YYYY-MM-DD)");
      }
    }
    WitnessIdentity identity;
    try {
      identity =
          new WitnessIdentity(
              edit.fullName(), edit.otherNames(), edit.contacts(), birthDate, edit.photoSha256());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("identity." + e.getMessage());
    }
    if (identity.photoEvidenceSha256() != null
        && !handle.attach(TestimonyDao.class).evidenceHeld(identity.photoEvidenceSha256())) {
      throw new InvalidInputException(
          "identity.photoSha256: no such file in the custody store; upload the photo first");
    }
    return identity;
  }
}
