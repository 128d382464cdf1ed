package org.sightline.geodata.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Revised Romanization against the examples of the rules themselves (Ministry of Culture and
 * Tourism notice 2000-8, sections 1-3) and of North Korean place and facility names.
 */
class RevisedRomanizationTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // facility and place names
    "요덕, yodeok",
    "개천, gaecheon",
    "화성, hwaseong",
    "북창, bukchang",
    "전거리, jeongeori",
    "함흥, hamheung",
    "평양, pyeongyang",
    "청진, cheongjin",
    "관리소, gwalliso",
    "교화소, gyohwaso",
    "집결소, jipgyeolso",
    "구류장, guryujang",
    "로동단련대, rodongdallyeondae",
    "회령, hoeryeong",
    "단천, dancheon",
    // vowels and consonants (section 2)
    "구미, gumi",
    "영동, yeongdong",
    "백암, baegam",
    "옥천, okcheon",
    "합덕, hapdeok",
    "호법, hobeop",
    "월곶, wolgot",
    "벚꽃, beotkkot",
    "한밭, hanbat",
    "구리, guri",
    "설악, seorak",
    "칠곡, chilgok",
    "임실, imsil",
    "울릉, ulleung",
    "대관령, daegwallyeong",
    "광희문, gwanghuimun",
    // assimilation of adjacent consonants (section 3, 1.1)
    "백마, baengma",
    "종로, jongno",
    "왕십리, wangsimni",
    "별내, byeollae",
    "신라, silla",
    "국민, gungmin",
    // palatalisation (1.3)
    "해돋이, haedoji",
    "같이, gachi",
    "굳히다, guchida",
    // aspiration after ㅎ (1.4), and none in nouns
    "좋고, joko",
    "놓다, nota",
    "낳지, nachi",
    "묵호, mukho",
    "집현전, jiphyeonjeon",
    // tensing is not written (1.5)
    "압구정, apgujeong",
    "낙동강, nakdonggang",
    "죽변, jukbyeon",
    "낙성대, nakseongdae",
    "합정, hapjeong",
    "팔당, paldang",
    "샛별, saetbyeol",
    "울산, ulsan",
    // liaison of double finals and a silent ㅎ
    "읽어, ilgeo",
    "좋아, joa",
    "많아, mana",
  })
  void transcribesAsTheRulesDo(String hangul, String romanized) {
    assertThat(RevisedRomanization.romanize(hangul)).isEqualTo(romanized);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "요덕 관리소|yodeok gwalliso",
        "제15호 관리소|je15ho gwalliso",
        "Camp 15 (요덕)|Camp 15 (yodeok)",
        "ㄱ자|ㄱja",
        "|",
      })
  void keepsEverythingElseAndEndsAWordThere(String text, String romanized) {
    assertThat(RevisedRomanization.romanize(text == null ? "" : text))
        .isEqualTo(romanized == null ? "" : romanized);
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({"신 라, sin ra", "국 민, guk min"})
  void soundChangesStayInsideAWord(String text, String romanized) {
    assertThat(RevisedRomanization.romanize(text)).isEqualTo(romanized);
  }
}
