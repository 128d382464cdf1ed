package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  @Test
  void offlinePolicyAllowsOnlyThisServer() {
    assertThat(new SecurityHeaders("").policy())
        .isEqualTo(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  }

  @Test
  void configuredTileServerIsAllowedForImagesOnly() {
    String policy =
        new SecurityHeaders("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png").policy();
    assertThat(policy)
        .contains("img-src 'self' data: https://tiles.example.org:8443;")
        .contains("connect-src 'self';")
        .contains("script-src 'self';");
  }

  @Test
  void hstsOnlyOverTls() {
    SecurityHeaders headers = new SecurityHeaders("");
    HttpFields.Mutable plain = HttpFields.build();
    headers.addTo(plain, false);
    assertThat(plain.get("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(plain.get("X-Frame-Options")).isEqualTo("DENY");
    assertThat(plain.get("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(plain.get("Content-Security-Policy")).isEqualTo(headers.policy());
    assertThat(plain.get("Strict-Transport-Security")).isNull();
    HttpFields.Mutable tls = HttpFields.build();
    headers.addTo(tls, true);
    assertThat(tls.get("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void thumbnailOriginsAreAllowedForImagesOnce() {
    String policy =
        new SecurityHeaders(
                "https://tiles.example.org/{z}/{x}/{y}.png",
                List.of("https://thumbs.example.org", "https://tiles.example.org"))
            .policy();
    assertThat(policy)
        .contains("img-src 'self' data: https://tiles.example.org https://thumbs.example.org;")
        .contains("connect-src 'self';");
  }

  @Test
  void aThumbnailHostMustBeABareHttpsOrigin() {
    for (String bad :
        List.of(
            "http://thumbs.example.org",
            "https://thumbs.example.org/path",
            "https://user@thumbs.example.org",
            "*",
            "https://a.org; script-src *")) {
      assertThatThrownBy(() -> new SecurityHeaders("", List.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(SecurityHeaders.httpsOrigin("https://thumbs.example.org:8443"))
        .isEqualTo("https://thumbs.example.org:8443");
  }
}
