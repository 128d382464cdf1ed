package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download names: the exact name in {@code filename*}, a safe ASCII one in {@code filename}. */
class ContentDispositionTest {
  @Test
  void anAsciiNameIsGivenBothWays() {
    assertThat(ContentDisposition.attachment("interview-03.pdf"))
        .isEqualTo("attachment; filename=\"interview-03.pdf\"; filename*=UTF-8''interview-03.pdf");
  }

  @Test
  void aHangulNameIsPercentEncodedInUtf8AndReplacedInTheAsciiName() {
    assertThat(ContentDisposition.attachment("요덕 면담.pdf"))
        .isEqualTo(
            "attachment; filename=\"__ __.pdf\";"
                + " filename*=UTF-8''%EC%9A%94%EB%8D%95%20%EB%A9%B4%EB%8B%B4.pdf");
  }

  @Test
  void quotesSlashesControlsAndBidiOverridesNeverReachTheAsciiName() {
    assertThat(ContentDisposition.asciiFallback("a\"b\\c/d%e\r\nf\u202Efdp.exe"))
        .isEqualTo("a_b_c_d_e__f_fdp.exe");
    assertThat(ContentDisposition.percentEncoded("a*b'c(d)")).isEqualTo("a%2Ab%27c%28d%29");
    assertThat(ContentDisposition.asciiFallback("한국")).isEqualTo("download");
  }
}
