package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  @Test
  void offlinePolicyAllowsOnlyThisServer() {
    assertThat(new SecurityHeadersFilter("").policy())
        .isEqualTo(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  }

  @Test
  void configuredTileServerIsAllowedForImagesOnly() {
    String policy =
        new SecurityHeadersFilter("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png").policy();
    assertThat(policy)
        .contains("img-src 'self' data: https://tiles.example.org:8443;")
        .contains("connect-src 'self';")
        .contains("script-src 'self';");
  }
}
