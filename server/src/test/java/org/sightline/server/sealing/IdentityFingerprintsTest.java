package org.sightline.server.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Normalised details and the keyed fingerprints made of them. */
class IdentityFingerprintsTest {
  private static final LocalDate BORN = LocalDate.of(1968, 3, 14);

  private final SealingKeys keys = SealingKeys.generate();
  private final IdentityFingerprints fingerprints = new IdentityFingerprints(keys);

  private static WitnessIdentity born(String name, LocalDate date) {
    return new WitnessIdentity(name, List.of(), List.of(), date, null);
  }

  private List<Fingerprint> of(String name) {
    return fingerprints.of(born(name, BORN));
  }

  private static Fingerprint ofKind(List<Fingerprint> all, FingerprintKind kind) {
    return all.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Young-chul",
        "KIM YOUNG-CHUL",
        "kim youngchul",
        "Kim Young Chul",
        "Kim  Young\u2010chul",
        "Kim Young.Chul",
        "Ｋｉｍ Ｙｏｕｎｇ-ｃｈｕｌ",
        " Kim\tYoung-Chul "
      })
  void spacingCaseHyphenAndWidthVariantsGiveTheSameFingerprints(String variant) {
    List<Fingerprint> reference = of("Kim Young-chul");
    assertThat(of(variant)).isEqualTo(reference);
    assertThat(IdentityFingerprints.sameWitness(of(variant), reference)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Yong Chol",
        "Kim Yong-chol",
        "Kim Yeong-cheol",
        "Kim Yŏng-ch'ŏl",
        "Gim Yeong-cheol",
        "김영철",
        "김 영철",
        "Young-chul Kim",
        "KIM, Young-chul"
      })
  void romanisationVariantsShareTheStrongVariantFingerprintOnly(String variant) {
    List<Fingerprint> reference = of("Kim Young-chul");
    List<Fingerprint> other = of(variant);

    assertThat(ofKind(other, FingerprintKind.NAME_VARIANT_BIRTH_DATE))
        .isEqualTo(ofKind(reference, FingerprintKind.NAME_VARIANT_BIRTH_DATE));
    assertThat(ofKind(other, FingerprintKind.NAME_BIRTH_DATE))
        .isNotEqualTo(ofKind(reference, FingerprintKind.NAME_BIRTH_DATE));
    assertThat(IdentityFingerprints.sameWitness(other, reference)).isTrue();
    assertThat(IdentityFingerprints.sharedKinds(other, reference))
        .containsExactly(
            FingerprintKind.NAME_VARIANT_BIRTH_DATE, FingerprintKind.NAME_VARIANT_BIRTH_YEAR);
  }

  @ParameterizedTest
  @CsvSource({
    "Kim Young-chul, Kim Young-chol", // a letter apart, same variant key ...
    "Lee Sun-hee, Rhee Sun-hui",
    "Park Jong-un, Pak Chong-un",
    "Ri Chol-ho, Lee Cheol-ho",
    "Choi Eun-mi, Choe Un-mi",
    "Jung Soon-ok, 정순옥",
    "리영남, Ri Yong-nam",
    "Ahn Myong-chol, 안명철",
  })
  void commonSurnameAndVowelSpellingsShareTheVariantKey(String first, String second) {
    assertThat(IdentityNormalization.nameVariant(first))
        .isPresent()
        .isEqualTo(IdentityNormalization.nameVariant(second));
  }

  @Test
  void differentNamesMayShareAVariantKeySoItIsStrongOnlyWithTheExactDate() {
    assertThat(IdentityNormalization.nameVariant("김선희")).contains("kim sonhi");
    assertThat(IdentityNormalization.nameVariant("김순희")).contains("kim sonhi");
    List<Fingerprint> seonhui = fingerprints.of(born("김선희", BORN));
    List<Fingerprint> sunhui = fingerprints.of(born("김순희", BORN.plusYears(1)));
    assertThat(IdentityFingerprints.sameWitness(seonhui, sunhui)).isFalse();
    assertThat(IdentityFingerprints.shared(seonhui, sunhui)).isEmpty();
  }

  @Test
  void differentPeopleGetDifferentFingerprints() {
    List<Fingerprint> kim = of("Kim Young-chul");
    List<Fingerprint> pak = of("Pak Young-chul");
    List<Fingerprint> kimSun = of("Kim Sun-ok");
    List<Fingerprint> laterKim = fingerprints.of(born("Kim Young-chul", BORN.plusDays(1)));

    assertThat(IdentityFingerprints.shared(kim, pak)).isEmpty();
    assertThat(IdentityFingerprints.shared(kim, kimSun)).isEmpty();
    assertThat(IdentityFingerprints.sameWitness(kim, pak)).isFalse();
    // Same name, same year, another day: a weak lead to review, not the same person.
    assertThat(IdentityFingerprints.sameWitness(kim, laterKim)).isFalse();
    assertThat(IdentityFingerprints.sharedKinds(kim, laterKim))
        .containsExactly(FingerprintKind.NAME_BIRTH_YEAR, FingerprintKind.NAME_VARIANT_BIRTH_YEAR);
  }

  @Test
  void anotherPrfKeyGivesOtherFingerprints() {
    IdentityFingerprints otherKey = new IdentityFingerprints(SealingKeys.generate());
    WitnessIdentity identity =
        new WitnessIdentity(
            "Kim Young-chul", List.of(), List.of("010-1234-5678"), BORN, "ab".repeat(32));

    List<Fingerprint> mine = fingerprints.of(identity);
    List<Fingerprint> theirs = otherKey.of(identity);
    assertThat(mine).hasSameSizeAs(theirs);
    assertThat(IdentityFingerprints.shared(mine, theirs)).isEmpty();
    assertThat(otherKey.keyId()).isNotEqualTo(fingerprints.keyId());
    // The same key gives the same values every time (keyset read back from its JSON).
    IdentityFingerprints sameKey =
        new IdentityFingerprints(SealingKeys.parse(keys.toJson(), "copy"));
    assertThat(sameKey.of(identity)).isEqualTo(mine);
    // Rotating the sealing key leaves the fingerprints as they were.
    assertThat(new IdentityFingerprints(keys.withNewPrimaryAeadKey()).of(identity)).isEqualTo(mine);
  }

  @Test
  void everyNameContactAndThePhotoMakeTaggedFingerprints() {
    WitnessIdentity identity =
        new WitnessIdentity(
            "Kim Young-chul",
            List.of("김영철", "Kim Young Chul"),
            List.of("+82 10-1234-5678", "Young.Chul@Example.ORG", "kakao: youngchul68"),
            BORN,
            "AB".repeat(32));
    List<Fingerprint> all = fingerprints.of(identity);

    // Names: "Kim Young Chul" normalises as the full name does; 김영철 has its own exact key but
    // shares its variant key: 2 exact names x (date, year) + 1 variant x (date, year).
    assertThat(all.stream().filter(f -> f.kind() == FingerprintKind.NAME_BIRTH_DATE)).hasSize(2);
    assertThat(all.stream().filter(f -> f.kind() == FingerprintKind.NAME_BIRTH_YEAR)).hasSize(2);
    assertThat(all.stream().filter(f -> f.kind() == FingerprintKind.NAME_VARIANT_BIRTH_DATE))
        .hasSize(1);
    assertThat(all.stream().filter(f -> f.kind() == FingerprintKind.NAME_VARIANT_BIRTH_YEAR))
        .hasSize(1);
    assertThat(all)
        .extracting(Fingerprint::kind)
        .contains(
            FingerprintKind.PHONE,
            FingerprintKind.EMAIL,
            FingerprintKind.OTHER_CONTACT,
            FingerprintKind.PHOTO);
    assertThat(all).hasSize(10).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(f -> assertThat(f.value()).matches("[A-Za-z0-9_-]{43}"));

    // Another organisation recorded only the phone, written its own way: one strong match.
    WitnessIdentity elsewhere =
        new WitnessIdentity("Witness B", List.of(), List.of("010 1234 5678"), null, null);
    assertThat(IdentityFingerprints.sharedKinds(all, fingerprints.of(elsewhere)))
        .containsExactly(FingerprintKind.PHONE);
    assertThat(IdentityFingerprints.sameWitness(all, fingerprints.of(elsewhere))).isTrue();
    // A name without a birth date makes no fingerprint: names alone are too common.
    assertThat(fingerprints.of(WitnessIdentity.named("Kim Young-chul"))).isEmpty();
  }

  @Test
  void strongKindsAreNameWithDatePhoneEmailAndPhoto() {
    assertThat(List.of(FingerprintKind.values()))
        .filteredOn(FingerprintKind::strong)
        .containsExactly(
            FingerprintKind.NAME_BIRTH_DATE,
            FingerprintKind.NAME_VARIANT_BIRTH_DATE,
            FingerprintKind.PHONE,
            FingerprintKind.EMAIL,
            FingerprintKind.PHOTO);
    for (FingerprintKind kind : FingerprintKind.values()) {
      assertThat(FingerprintKind.fromCode(kind.code())).isEqualTo(kind);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+82 10-1234-5678 | PHONE | 01012345678",
        "0082 10 1234 5678 | PHONE | 01012345678",
        "+82 (0)10-1234-5678 | PHONE | 01012345678",
        "010.1234.5678 | PHONE | 01012345678",
        "＋８２ １０-１２３４-５６７８ | PHONE | 01012345678",
        "+86 138 0013 8000 | PHONE | +8613800138000",
        " Young.Chul@Example.ORG | EMAIL | young.chul@example.org",
        "kakao: Young-Chul 68 | OTHER_CONTACT | kakao:youngchul68",
        "123 | OTHER_CONTACT | 123",
      })
  void contactsAreNormalisedByKind(String text, FingerprintKind kind, String normal) {
    assertThat(IdentityNormalization.contact(text))
        .contains(new IdentityNormalization.Contact(kind, normal));
  }

  @Test
  void namesKeepHangulAndLoseOnlySeparators() {
    assertThat(IdentityNormalization.name("김 영-철")).isEqualTo("김영철");
    assertThat(IdentityNormalization.name("O'Brien-Kim")).isEqualTo("obrienkim");
    assertThat(IdentityNormalization.name("Ch’oe Kwang·il")).isEqualTo("choekwangil");
    assertThat(IdentityNormalization.name("Kim Yŏng-ch'ŏl")).isEqualTo("kimyŏngchŏl");
    assertThat(IdentityNormalization.name(" - . ")).isEmpty();
    // No variant key for other scripts; Chinese characters stay only as the exact key.
    assertThat(IdentityNormalization.nameVariant("金英哲")).isEqualTo(Optional.empty());
    assertThat(IdentityNormalization.name("金英哲")).isEqualTo("金英哲");
    assertThat(IdentityNormalization.nameVariant("Kim Young-chul")).contains("kim yonkchol");
  }
}
