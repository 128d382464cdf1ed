package org.sightline.server.sealing;

/**
 * A {@link WitnessIdentity} sealed by {@link Sealer#sealIdentity}: store {@link #value()}'s
 * ciphertext in the witness's row; {@link #keyId()} names the key that sealed it.
 *
 * @param value the sealed JSON of the identity
 */
public record SealedIdentity(SealedValue value) {
  public SealedIdentity {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
  }

  /** The sealed identity from the ciphertext stored in a row. */
  public static SealedIdentity of(byte[] ciphertext) {
    return new SealedIdentity(new SealedValue(ciphertext));
  }

  /** A copy of the ciphertext, to store. */
  public byte[] ciphertext() {
    return value.ciphertext();
  }

  /** The id of the key that sealed it. */
  public int keyId() {
    return value.keyId();
  }
}
