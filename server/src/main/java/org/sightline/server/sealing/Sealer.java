package org.sightline.server.sealing;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Set;

/**
 * Seals and unseals values with the AEAD keyset of {@link SealingKeys} (AES-256-GCM through Tink).
 * Every value is bound to its record by the associated data, the record's id such as {@code
 * "witness:42"}: it is authenticated but not encrypted, so a ciphertext copied into another row
 * (another associated data) does not unseal. New values are sealed with the primary key; a value
 * sealed with any key still in the keyset unseals. A value that does not unseal is a {@link
 * SealedDataException} (integrity failure), never a partial or unauthenticated plaintext.
 * Thread-safe.
 */
public final class Sealer {
  /** Appended to the record id of an identity, so that no other sealed field passes for one. */
  static final String IDENTITY_PURPOSE = "#identity";

  private final Aead aead;
  private final int primaryKeyId;
  private final Set<Integer> keyIds;
  private final String source;

  public Sealer(SealingKeys keys) {
    this.aead = keys.aead();
    this.primaryKeyId = keys.primaryAeadKeyId();
    this.keyIds = Set.copyOf(keys.aeadKeyIds());
    this.source = keys.source();
  }

  /**
   * Seals {@code plaintext} for the record {@code associatedData}, with the primary key.
   *
   * @param associatedData the record's id, e.g. {@code "witness:42"} (not secret; not blank)
   */
  public SealedValue seal(byte[] plaintext, String associatedData) {
    if (plaintext == null) {
      throw new IllegalArgumentException("plaintext must not be null");
    }
    byte[] context = associatedData(associatedData);
    try {
      return new SealedValue(aead.encrypt(plaintext, context));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed for " + associatedData, e);
    }
  }

  /**
   * The plaintext of {@code sealed}, which must have been sealed for {@code associatedData}.
   *
   * @throws SealedDataException when it was altered, was sealed for another record, or its key is
   *     not in the keyset
   */
  public byte[] unseal(SealedValue sealed, String associatedData) {
    if (sealed == null) {
      throw new IllegalArgumentException("sealed must not be null");
    }
    byte[] context = associatedData(associatedData);
    if (!keyIds.contains(sealed.keyId())) {
      throw new SealedDataException(
          "sealed data of "
              + associatedData
              + " was sealed with key "
              + SealingKeys.keyIdText(sealed.keyId())
              + ", which the sealing keyset ("
              + source
              + ") does not hold: is this the keyset that sealed it?");
    }
    try {
      return aead.decrypt(sealed.ciphertext(), context);
    } catch (GeneralSecurityException e) {
      throw new SealedDataException(
          "sealed data of "
              + associatedData
              + " (key "
              + SealingKeys.keyIdText(sealed.keyId())
              + ") failed authentication: it was altered or belongs to another record. Nothing of"
              + " it is used.");
    }
  }

  /**
   * {@code sealed} sealed again with the primary key, if another key sealed it (after a rotation);
   * else {@code sealed} itself.
   */
  public SealedValue reseal(SealedValue sealed, String associatedData) {
    if (sealed.keyId() == primaryKeyId) {
      return sealed;
    }
    return seal(unseal(sealed, associatedData), associatedData);
  }

  /** Whether {@code sealed} was sealed with the primary key (false: re-seal it). */
  public boolean isCurrent(SealedValue sealed) {
    return sealed.keyId() == primaryKeyId;
  }

  /** The id of the key that seals new values. */
  public int primaryKeyId() {
    return primaryKeyId;
  }

  /**
   * Seals a witness's identifying details (as JSON) for the record {@code recordId} (e.g. {@code
   * "witness:42"}). The associated data is {@code recordId + "#identity"}, so a value another field
   * of the same row sealed with {@link #seal} does not unseal as an identity.
   */
  public SealedIdentity sealIdentity(WitnessIdentity identity, String recordId) {
    if (identity == null) {
      throw new IllegalArgumentException("identity must not be null");
    }
    return new SealedIdentity(seal(identity.toJson(), identityContext(recordId)));
  }

  /**
   * The identifying details sealed for {@code recordId}.
   *
   * @throws SealedDataException as {@link #unseal}, or when the plaintext is not an identity
   */
  public WitnessIdentity unsealIdentity(SealedIdentity sealed, String recordId) {
    if (sealed == null) {
      throw new IllegalArgumentException("sealed must not be null");
    }
    byte[] json = unseal(sealed.value(), identityContext(recordId));
    try {
      return WitnessIdentity.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new SealedDataException(
          "sealed identity of " + recordId + " unsealed, but " + e.getMessage());
    } finally {
      Arrays.fill(json, (byte) 0);
    }
  }

  private static String identityContext(String recordId) {
    checkRecordId(recordId);
    return recordId + IDENTITY_PURPOSE;
  }

  private static byte[] associatedData(String associatedData) {
    checkRecordId(associatedData);
    return associatedData.getBytes(StandardCharsets.UTF_8);
  }

  private static void checkRecordId(String recordId) {
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException(
          "associated data (the record's id, such as witness:42) must not be blank");
    }
  }
}
