package org.sightline.server.sealing;

/**
 * What a {@link Fingerprint} is made of, and whether sharing it is enough to take two identities
 * for one person ({@link #strong()}). Strong: a name with the exact birth date (as written, or as a
 * romanisation variant), a phone number, an e-mail address, the same photo file. Weak (a lead to
 * review, never a match by itself): a name with the birth year only, and other contacts. A name
 * alone makes no fingerprint: common names ("Kim Young-chul") are shared by many people.
 */
public enum FingerprintKind {
  /** A name (full or other), normalised, with the exact birth date. */
  NAME_BIRTH_DATE("name-birth-date", true),
  /** A name's romanisation-variant key ({@link IdentityNormalization#nameVariant}), birth date. */
  NAME_VARIANT_BIRTH_DATE("name-variant-birth-date", true),
  /** A name (full or other), normalised, with the birth year. */
  NAME_BIRTH_YEAR("name-birth-year", false),
  /** A name's romanisation-variant key with the birth year. */
  NAME_VARIANT_BIRTH_YEAR("name-variant-birth-year", false),
  /** A phone number, digits only (Korean +82 numbers in their national form). */
  PHONE("phone", true),
  /** An e-mail address in lower case. */
  EMAIL("email", true),
  /** Any other contact (a messenger handle), normalised as names are. */
  OTHER_CONTACT("other-contact", false),
  /** The SHA-256 of the witness's photo evidence file. */
  PHOTO("photo", true);

  private final String code;
  private final boolean strong;

  FingerprintKind(String code, boolean strong) {
    this.code = code;
    this.strong = strong;
  }

  /** The stored code, which is also part of the keyed input (so kinds never collide). */
  public String code() {
    return code;
  }

  /** Whether one shared fingerprint of this kind makes two identities one person. */
  public boolean strong() {
    return strong;
  }

  /** The kind with {@code code}. */
  public static FingerprintKind fromCode(String code) {
    for (FingerprintKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown fingerprint kind '" + code + "'");
  }
}
