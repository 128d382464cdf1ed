package org.sightline.server.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.ErrorKind;
import org.sightline.server.errors.InvalidInputException;

/** Sealing and unsealing: round trips, binding to the record, tampering, keys and rotation. */
class SealerTest {
  private static final String NAME = "Kim Young-chul 김영철";

  private static final WitnessIdentity IDENTITY =
      new WitnessIdentity(
          NAME,
          List.of("Kim Yong Chol", "영철"),
          List.of("+82 10-1234-5678", "young.chul@example.org"),
          LocalDate.of(1968, 3, 14),
          "AB".repeat(32));

  @TempDir Path directory;

  private final SealingKeys keys = SealingKeys.generate();
  private final Sealer sealer = new Sealer(keys);

  private static void assertIntegrityFailure(Throwable thrown) {
    assertThat(thrown).isInstanceOf(SealedDataException.class);
    assertThat(((DomainException) thrown).kind()).isEqualTo(ErrorKind.INTEGRITY_FAILURE);
  }

  @Test
  void aSealedValueUnsealsForItsRecordAndDoesNotHoldThePlaintext() {
    byte[] plaintext = NAME.getBytes(StandardCharsets.UTF_8);
    SealedValue sealed = sealer.seal(plaintext, "witness:42");

    assertThat(sealer.unseal(sealed, "witness:42")).isEqualTo(plaintext);
    assertThat(sealed.keyId()).isEqualTo(keys.primaryAeadKeyId());
    assertThat(sealed.length()).isEqualTo(plaintext.length + SealedValue.OVERHEAD);
    assertThat(indexOf(sealed.ciphertext(), "Kim".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(indexOf(sealed.ciphertext(), "김영철".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(sealed.toString()).doesNotContain("Kim").contains("key ");
    // The same value sealed twice differs (a random nonce each time).
    assertThat(sealer.seal(plaintext, "witness:42")).isNotEqualTo(sealed);
    assertThat(SealedValue.fromBase64(sealed.toBase64())).isEqualTo(sealed);
  }

  @Test
  void aCiphertextMovedToAnotherRecordDoesNotUnseal() {
    SealedValue sealed = sealer.seal(NAME.getBytes(StandardCharsets.UTF_8), "witness:42");

    Throwable thrown = catchThrowable(() -> sealer.unseal(sealed, "witness:43"));
    assertIntegrityFailure(thrown);
    assertThat(thrown.getMessage())
        .contains("witness:43")
        .contains("altered or belongs to another record")
        .doesNotContain("Kim");
  }

  @Test
  void aTamperedCiphertextFailsWithTheIntegrityErrorAndNothingOfThePlaintext() {
    SealedValue sealed = sealer.seal(NAME.getBytes(StandardCharsets.UTF_8), "witness:42");
    byte[] bytes = sealed.ciphertext();
    for (int at : new int[] {5, 20, bytes.length - 1}) {
      byte[] tampered = bytes.clone();
      tampered[at] ^= 0x01;
      Throwable thrown =
          catchThrowable(() -> sealer.unseal(new SealedValue(tampered), "witness:42"));
      assertIntegrityFailure(thrown);
      assertThat(thrown.getMessage()).doesNotContain("Kim").doesNotContain("김");
    }
    // Cut short, or not sealed data at all.
    assertIntegrityFailure(catchThrowable(() -> new SealedValue(Arrays.copyOf(bytes, 10))));
    assertIntegrityFailure(catchThrowable(() -> new SealedValue(new byte[40])));
    assertIntegrityFailure(catchThrowable(() -> SealedValue.fromBase64("not base64!")));
  }

  @Test
  void aValueSealedWithAnotherKeysetSaysWhichKeyIsMissing() {
    SealedValue foreign =
        new Sealer(SealingKeys.generate()).seal(new byte[] {1, 2, 3}, "witness:42");

    Throwable thrown = catchThrowable(() -> sealer.unseal(foreign, "witness:42"));
    assertIntegrityFailure(thrown);
    assertThat(thrown.getMessage())
        .contains("key " + SealingKeys.keyIdText(foreign.keyId()))
        .contains("does not hold");
  }

  @Test
  void rotationKeepsOldValuesReadableAndSealsNewOnesWithTheNewPrimaryKey() {
    Path file = directory.resolve("keyset.json");
    keys.writeNew(file);
    Sealer v1 = new Sealer(SealingKeys.read(file));
    SealedValue old = v1.seal(NAME.getBytes(StandardCharsets.UTF_8), "witness:7");

    SealingKeys.read(file).withNewPrimaryAeadKey().replace(file);
    SealingKeys rotated = SealingKeys.read(file);
    Sealer v2 = new Sealer(rotated);

    assertThat(rotated.aeadKeyIds()).hasSize(2).contains(keys.primaryAeadKeyId());
    assertThat(rotated.primaryAeadKeyId()).isNotEqualTo(keys.primaryAeadKeyId());
    assertThat(rotated.prfKeyId()).isEqualTo(keys.prfKeyId());
    assertThat(v2.unseal(old, "witness:7")).isEqualTo(NAME.getBytes(StandardCharsets.UTF_8));
    SealedValue fresh = v2.seal(NAME.getBytes(StandardCharsets.UTF_8), "witness:7");
    assertThat(fresh.keyId()).isEqualTo(rotated.primaryAeadKeyId()).isNotEqualTo(old.keyId());
    // Which rows still use the old key, and re-sealing them.
    assertThat(v2.isCurrent(old)).isFalse();
    assertThat(v2.isCurrent(fresh)).isTrue();
    SealedValue resealed = v2.reseal(old, "witness:7");
    assertThat(resealed.keyId()).isEqualTo(rotated.primaryAeadKeyId());
    assertThat(v2.unseal(resealed, "witness:7")).isEqualTo(NAME.getBytes(StandardCharsets.UTF_8));
    assertThat(v2.reseal(fresh, "witness:7")).isSameAs(fresh);
    // The old keyset cannot read what the new key sealed.
    assertIntegrityFailure(catchThrowable(() -> v1.unseal(fresh, "witness:7")));
  }

  @Test
  void anIdentityRoundTripsSealedAsJsonBoundToItsRecord() {
    SealedIdentity sealed = sealer.sealIdentity(IDENTITY, "witness:42");

    WitnessIdentity back = sealer.unsealIdentity(sealed, "witness:42");
    assertThat(back).isEqualTo(IDENTITY);
    assertThat(back.photoEvidenceSha256()).isEqualTo("ab".repeat(32));
    assertThat(SealedIdentity.of(sealed.ciphertext())).isEqualTo(sealed);
    assertThat(sealed.keyId()).isEqualTo(keys.primaryAeadKeyId());
    byte[] ciphertext = sealed.ciphertext();
    for (String detail :
        List.of("Kim", "김영철", "Yong Chol", "1234", "example.org", "1968", "abab")) {
      assertThat(indexOf(ciphertext, detail.getBytes(StandardCharsets.UTF_8)))
          .as("'%s' in the ciphertext", detail)
          .isEqualTo(-1);
    }
    assertIntegrityFailure(catchThrowable(() -> sealer.unsealIdentity(sealed, "witness:43")));
    // An identity is sealed for "<record>#identity": another field of the row does not pass.
    SealedValue otherField = sealer.seal(IDENTITY.toJson(), "witness:42");
    assertIntegrityFailure(
        catchThrowable(() -> sealer.unsealIdentity(new SealedIdentity(otherField), "witness:42")));
    // Minimal identity: nulls stay null, lists empty.
    WitnessIdentity minimal = WitnessIdentity.named("강철");
    assertThat(sealer.unsealIdentity(sealer.sealIdentity(minimal, "witness:1"), "witness:1"))
        .isEqualTo(minimal);
  }

  @Test
  void somethingElseSealedAsAnIdentityIsAnIntegrityFailureWithoutItsContent() {
    SealedValue notJson =
        sealer.seal(
            "Kim Young-chul".getBytes(StandardCharsets.UTF_8),
            "witness:42" + Sealer.IDENTITY_PURPOSE);

    Throwable thrown =
        catchThrowable(() -> sealer.unsealIdentity(new SealedIdentity(notJson), "witness:42"));
    assertIntegrityFailure(thrown);
    assertThat(thrown.getMessage()).contains("witness:42").doesNotContain("Kim");
  }

  @Test
  void anIdentityPrintsRedactedAndRefusesBlankDetailsWithoutEchoingThem() {
    assertThat(IDENTITY.toString())
        .isEqualTo("WitnessIdentity[redacted: 3 name(s), 2 contact(s), birth date, photo]")
        .doesNotContain("Kim");
    assertThat(String.valueOf(List.of(IDENTITY))).doesNotContain("Kim");

    assertThatThrownBy(() -> WitnessIdentity.named(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("fullName must not be blank");
    assertThatThrownBy(
            () -> new WitnessIdentity("Kim", List.of("Yong", " "), List.of(), null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("otherNames[1] must not be blank");
    assertThatThrownBy(() -> new WitnessIdentity("Kim", null, null, null, "secret-photo"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("secret-photo");
  }

  @Test
  void theHealthCheckSealsAndUnsealsAndNamesTheKeys() {
    var result = new SealingHealthCheck(keys, sealer).execute();
    assertThat(result.isHealthy()).as(result.getMessage()).isTrue();
    assertThat(result.getMessage())
        .contains("primary " + SealingKeys.keyIdText(keys.primaryAeadKeyId()))
        .contains("PRF key " + SealingKeys.keyIdText(keys.prfKeyId()));
  }

  @Test
  void associatedDataIsRequired() {
    assertThatThrownBy(() -> sealer.seal(new byte[1], " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("witness:42");
    assertThatThrownBy(() -> sealer.sealIdentity(IDENTITY, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Where {@code needle} first occurs in {@code haystack}, or -1. */
  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
