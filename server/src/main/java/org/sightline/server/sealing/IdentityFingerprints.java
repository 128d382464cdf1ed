package org.sightline.server.sealing;

import com.google.crypto.tink.prf.PrfSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keyed fingerprints of a witness identity, for finding the same person interviewed by two
 * organisations without either seeing the other's identities: each is the HMAC-SHA256 PRF (Tink,
 * the PRF key of {@link SealingKeys}) of one normalised detail ({@link IdentityNormalization}),
 * tagged with its {@link FingerprintKind}. The server stores them beside the pseudonymous witness
 * and compares equal values of one kind across organisations.
 *
 * <p>Per identity: for the full name and every other name, the name with the exact birth date and
 * with the birth year (when the date is known), and the same with the name's romanisation-variant
 * key; one per contact (phone, e-mail, other); one for the photo file. Two identities are one
 * person when they share at least one {@linkplain FingerprintKind#strong() strong} fingerprint
 * ({@link #sameWitness}); shared weak ones are leads to review.
 *
 * <p>The values depend on the PRF key, which is therefore never rotated: the same details under
 * another key give other values. Anyone holding the key and the fingerprints can test guesses (a
 * name and a birth year), so the key is as secret as the sealing key. Thread-safe.
 */
public final class IdentityFingerprints {
  /** Output length of the PRF, in bytes: all of HMAC-SHA256. */
  static final int LENGTH = 32;

  /** Domain separation: the first part of every keyed input. */
  private static final String DOMAIN = "sightline-identity-fingerprint/1";

  private final PrfSet prf;
  private final int keyId;

  public IdentityFingerprints(SealingKeys keys) {
    this.prf = keys.prf();
    this.keyId = keys.prfKeyId();
  }

  /** The id of the PRF key the fingerprints are made with (store it to detect a changed key). */
  public int keyId() {
    return keyId;
  }

  /** Every fingerprint of {@code identity}, each once, ordered by kind and value. */
  public List<Fingerprint> of(WitnessIdentity identity) {
    Set<Fingerprint> out =
        new TreeSet<>(Comparator.comparing(Fingerprint::kind).thenComparing(Fingerprint::value));
    LocalDate born = identity.exactBirthDate();
    Set<String> names = new LinkedHashSet<>();
    names.add(identity.fullName());
    names.addAll(identity.otherNames());
    if (born != null) {
      for (String name : names) {
        String normal = IdentityNormalization.name(name);
        Optional<String> variant = IdentityNormalization.nameVariant(name);
        if (!normal.isEmpty()) {
          out.add(make(FingerprintKind.NAME_BIRTH_DATE, normal + "|" + born));
          out.add(make(FingerprintKind.NAME_BIRTH_YEAR, normal + "|" + born.getYear()));
        }
        if (variant.isPresent()) {
          out.add(make(FingerprintKind.NAME_VARIANT_BIRTH_DATE, variant.get() + "|" + born));
          out.add(
              make(FingerprintKind.NAME_VARIANT_BIRTH_YEAR, variant.get() + "|" + born.getYear()));
        }
      }
    }
    for (String contact : identity.contacts()) {
      IdentityNormalization.contact(contact).ifPresent(c -> out.add(make(c.kind(), c.value())));
    }
    if (identity.photoEvidenceSha256() != null) {
      out.add(make(FingerprintKind.PHOTO, identity.photoEvidenceSha256()));
    }
    return List.copyOf(out);
  }

  /** The fingerprint of kind {@code kind} over the already normalised {@code detail}. */
  Fingerprint make(FingerprintKind kind, String detail) {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(DOMAIN.getBytes(StandardCharsets.UTF_8));
    input.write(0);
    input.writeBytes(kind.code().getBytes(StandardCharsets.UTF_8));
    input.write(0);
    input.writeBytes(detail.getBytes(StandardCharsets.UTF_8));
    try {
      return new Fingerprint(
          kind,
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(prf.computePrimary(input.toByteArray(), LENGTH)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute a fingerprint", e);
    }
  }

  /** The fingerprints in both collections. */
  public static Set<Fingerprint> shared(
      Collection<Fingerprint> first, Collection<Fingerprint> second) {
    Set<Fingerprint> shared = new LinkedHashSet<>(first);
    shared.retainAll(Set.copyOf(second));
    return shared;
  }

  /** Whether the two sets of fingerprints share a strong one: the same person. */
  public static boolean sameWitness(Collection<Fingerprint> first, Collection<Fingerprint> second) {
    return shared(first, second).stream().anyMatch(Fingerprint::strong);
  }

  /** The kinds of the shared fingerprints, strong ones first: why two identities matched. */
  public static List<FingerprintKind> sharedKinds(
      Collection<Fingerprint> first, Collection<Fingerprint> second) {
    List<FingerprintKind> kinds =
        new ArrayList<>(
            new TreeSet<>(shared(first, second).stream().map(Fingerprint::kind).toList()));
    kinds.sort(Comparator.comparing((FingerprintKind k) -> !k.strong()).thenComparing(k -> k));
    return List.copyOf(kinds);
  }
}
