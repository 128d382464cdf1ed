package org.sightline.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.server.SightlineConfiguration;
import org.sightline.server.testing.ApiClient;
import org.sightline.server.testing.SightlineAppFactory;

/**
 * Behind a reverse proxy that the connector trusts ({@code useForwardedHeaders: true}, as
 * docs/SECURITY.md configures it), the STAC API's links carry the public scheme and host.
 */
@Tag("postgis")
@ExtendWith(DropwizardExtensionsSupport.class)
class StacForwardedLinksTest {
  static final DropwizardAppExtension<SightlineConfiguration> APP =
      SightlineAppFactory.onFreshDatabase(
          ConfigOverride.config("server.applicationConnectors[0].useForwardedHeaders", "true"));

  @Test
  void linksUseTheForwardedSchemeAndHost() {
    ApiClient anonymous = ApiClient.anonymous(APP.getLocalPort());
    String[] forwarded = {
      "X-Forwarded-Proto", "https", "X-Forwarded-Host", "sightline.example.org"
    };
    String publicBase = "https://sightline.example.org/api/stac";
    JsonNode page =
        anonymous.get("/stac/collections/sentinel-2-l2a/items?limit=1", forwarded).json();
    assertThat(page.at("/links/0/href").asText())
        .isEqualTo(publicBase + "/collections/sentinel-2-l2a/items?limit=1");
    assertThat(page.at("/features/0/links/0/href").asText())
        .isEqualTo(
            publicBase + "/collections/sentinel-2-l2a/items/" + page.at("/features/0/id").asText());
    JsonNode landing = anonymous.get("/stac", forwarded).json();
    assertThat(landing.at("/links/0/href").asText()).isEqualTo(publicBase);
    // Without the headers, the connector's own address.
    assertThat(anonymous.get("/stac").json().at("/links/0/href").asText())
        .isEqualTo("http://127.0.0.1:" + APP.getLocalPort() + "/api/stac");
  }
}
