package org.sightline.server.sealing;

import java.util.Arrays;
import java.util.Base64;

/**
 * A sealed (encrypted and authenticated) value as {@link Sealer} made it: Tink's AEAD ciphertext,
 * which starts with a version byte ({@code 0x01}) and the 4-byte id of the key that sealed it, then
 * the AES-256-GCM nonce, ciphertext and tag. Store {@link #ciphertext()} as is (a {@code bytea}
 * column, or {@link #toBase64()} as text); {@link #keyId()} tells which rows still use an old key
 * after a rotation. The array is copied in and out.
 *
 * @param ciphertext Tink's ciphertext
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out; equals and hashCode by content
public record SealedValue(byte[] ciphertext) {
  /** Tink's version byte of a ciphertext whose key has a TINK output prefix. */
  static final byte TINK_PREFIX = 0x01;

  /** Prefix (5), GCM nonce (12) and tag (16): the length of a sealed empty value. */
  static final int OVERHEAD = 5 + 12 + 16;

  /**
   * @throws SealedDataException when {@code ciphertext} cannot be sealed data (too short, or
   *     without Tink's prefix), as when a row holds something else
   */
  public SealedValue {
    if (ciphertext == null) {
      throw new IllegalArgumentException("ciphertext must not be null");
    }
    if (ciphertext.length < OVERHEAD || ciphertext[0] != TINK_PREFIX) {
      throw new SealedDataException(
          "not sealed data: "
              + ciphertext.length
              + " bytes"
              + (ciphertext.length == 0
                  ? ""
                  : String.format(" starting with 0x%02x", ciphertext[0] & 0xff))
              + "; sealed data starts with 0x01 and a key id and has at least "
              + OVERHEAD
              + " bytes");
    }
    ciphertext = ciphertext.clone();
  }

  /** The value from its {@link #toBase64()} text. */
  public static SealedValue fromBase64(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new SealedDataException("not sealed data: not base64 text");
    }
    return new SealedValue(bytes);
  }

  /** A copy of the ciphertext. */
  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** The ciphertext as standard base64 text (for JSON or a text column). */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(ciphertext);
  }

  /**
   * The id of the key that sealed this value, as Tink numbers keys (print it with {@link
   * SealingKeys#keyIdText}).
   */
  public int keyId() {
    return ((ciphertext[1] & 0xff) << 24)
        | ((ciphertext[2] & 0xff) << 16)
        | ((ciphertext[3] & 0xff) << 8)
        | (ciphertext[4] & 0xff);
  }

  /** The length of the ciphertext in bytes: the plaintext's length plus {@value #OVERHEAD}. */
  public int length() {
    return ciphertext.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealedValue that && Arrays.equals(ciphertext, that.ciphertext);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ciphertext);
  }

  /** The key id and length only. */
  @Override
  public String toString() {
    return "SealedValue[key " + SealingKeys.keyIdText(keyId()) + ", " + length() + " bytes]";
  }
}
