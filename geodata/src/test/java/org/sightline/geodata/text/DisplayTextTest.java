package org.sightline.geodata.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
  private static String with(int codePoint) {
    return "invoice" + new String(Character.toChars(codePoint)) + "fdp.exe";
  }

  @Test
  void aRightToLeftOverrideIsNamedWithItsPosition() {
    assertThat(DisplayText.problem("filename", with(0x202E), false))
        .hasValue(
            "filename must not contain U+202E RIGHT-TO-LEFT OVERRIDE at character 8 (control"
                + " characters and bidirectional controls are refused: they make text display as"
                + " something else)");
  }

  @Test
  void everyBidiControlAndControlCharacterIsRefused() {
    int[] refused = {
      0x0000, 0x0007, 0x001B, 0x007F, 0x0085, 0x009F, 0x061C, 0x200E, 0x200F, 0x202A, 0x202B,
      0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069
    };
    for (int codePoint : refused) {
      assertThat(DisplayText.firstRefused(with(codePoint), true))
          .as("U+%04X", codePoint)
          .hasValue(new DisplayText.Refused(codePoint, 8));
    }
  }

  @Test
  void ordinaryTextHangulAndEmojiPassAndPositionsCountCharactersNotUtf16Units() {
    assertThat(DisplayText.firstRefused("요덕 수용소 (Camp 15) – Yodŏk", false)).isEmpty();
    assertThat(DisplayText.firstRefused("a\u200Db", false)).as("a zero-width joiner").isEmpty();
    String emojiThenOverride = "\uD83D\uDCF7" + "x" + new String(Character.toChars(0x202E));
    assertThat(DisplayText.firstRefused(emojiThenOverride, false))
        .hasValue(new DisplayText.Refused(0x202E, 3));
  }

  @Test
  void lineBreaksAndTabsOnlyInMultiLineText() {
    assertThat(DisplayText.firstRefused("one\ntwo\r\n\tthree", true)).isEmpty();
    assertThat(DisplayText.problem("name", "one\ntwo", false))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("name must not contain U+000A LINE FEED (LF) at character 4"));
    assertThat(DisplayText.problem("description", "a\u0000b", true))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("description must not contain U+0000 NULL at character 2")
                    .contains("other than line breaks and tabs"));
  }
}
