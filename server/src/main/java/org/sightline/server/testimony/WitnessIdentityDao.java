package org.sightline.server.testimony;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The DAO of witnesses' sealed identities ({@code witness_identity}) and their keyed fingerprints
 * ({@code witness_fingerprint}). Ciphertext in, ciphertext out: nothing here sees a plaintext. Rows
 * are superseded, never deleted. Attach to a handle; as thread-safe as the handle.
 */
public interface WitnessIdentityDao {
  @SqlUpdate(
      "UPDATE witness_identity SET superseded_at = now() WHERE witness_id = :witnessId AND superseded_at IS NULL")
  int supersede(@Bind("witnessId") long witnessId);

  @SqlUpdate(
      """
      INSERT INTO witness_identity (witness_id, sealed, key_id, sealed_at, sealed_by)
      VALUES (:witnessId, :sealed, :keyId, now(), :by)""")
  @GetGeneratedKeys("id")
  long insert(
      @Bind("witnessId") long witnessId,
      @Bind("sealed") byte[] sealed,
      @Bind("keyId") long keyId,
      @Bind("by") String by);

  /** The live sealed identity of a witness: its ciphertext. */
  @SqlQuery(
      "SELECT sealed FROM witness_identity WHERE witness_id = :witnessId AND superseded_at IS NULL")
  Optional<byte[]> sealed(@Bind("witnessId") long witnessId);

  @SqlUpdate(
      "UPDATE witness_fingerprint SET superseded_at = now() WHERE witness_id = :witnessId AND superseded_at IS NULL")
  int supersedeFingerprints(@Bind("witnessId") long witnessId);

  @SqlUpdate(
      """
      INSERT INTO witness_fingerprint (identity_id, witness_id, kind, digest, strong)
      VALUES (:identityId, :witnessId, :kind, :digest, :strong) ON CONFLICT DO NOTHING""")
  int insertFingerprint(
      @Bind("identityId") long identityId,
      @Bind("witnessId") long witnessId,
      @Bind("kind") String kind,
      @Bind("digest") String digest,
      @Bind("strong") boolean strong);

  /** Another live, unmerged witness sharing a live fingerprint with this one, and the kinds. */
  record SharedFingerprint(long witnessId, String kind, boolean strong) {}

  @SqlQuery(
      """
      SELECT DISTINCT other.witness_id, other.kind, other.strong
        FROM witness_fingerprint mine
        JOIN witness_fingerprint other ON other.kind = mine.kind AND other.digest = mine.digest
                                      AND other.witness_id <> mine.witness_id AND other.superseded_at IS NULL
        JOIN witness w ON w.id = other.witness_id AND w.deleted_at IS NULL AND w.merged_into IS NULL
       WHERE mine.witness_id = :witnessId AND mine.superseded_at IS NULL
       ORDER BY other.witness_id, other.kind""")
  @RegisterConstructorMapper(SharedFingerprint.class)
  List<SharedFingerprint> sharing(@Bind("witnessId") long witnessId);

  /** Counts the live sealed identities by the key that sealed them (rotation reports). */
  record KeyUse(long keyId, int identities) {}

  @SqlQuery(
      """
      SELECT key_id, count(*)::int AS identities FROM witness_identity WHERE superseded_at IS NULL
       GROUP BY key_id ORDER BY key_id""")
  @RegisterConstructorMapper(KeyUse.class)
  List<KeyUse> keyUse();

  /**
   * A sealed identity row, live or superseded, as stored (the ciphertext as read: a short-lived
   * value, never compared or hashed as a record).
   */
  @SuppressWarnings("ArrayRecordComponent")
  record SealedRow(long id, long witnessId, byte[] sealed, long keyId, boolean live) {}

  /**
   * Every identity row, live or superseded, that a key other than {@code keyId} sealed, locked for
   * update, oldest first.
   */
  @SqlQuery(
      """
      SELECT id, witness_id, sealed, key_id, superseded_at IS NULL AS live
        FROM witness_identity WHERE key_id <> :keyId ORDER BY id FOR UPDATE""")
  @RegisterConstructorMapper(SealedRow.class)
  List<SealedRow> sealedWithOtherKeys(@Bind("keyId") long keyId);

  /** Replaces a row's ciphertext with the same identity sealed by another key (re-sealing). */
  @SqlUpdate("UPDATE witness_identity SET sealed = :sealed, key_id = :keyId WHERE id = :id")
  int resealed(@Bind("id") long id, @Bind("sealed") byte[] sealed, @Bind("keyId") long keyId);

  /** Counts every sealed identity row, live or superseded, by the key that sealed it. */
  @SqlQuery(
      """
      SELECT key_id, count(*)::int AS identities FROM witness_identity
       GROUP BY key_id ORDER BY key_id""")
  @RegisterConstructorMapper(KeyUse.class)
  List<KeyUse> keyUseWithHistory();
}
