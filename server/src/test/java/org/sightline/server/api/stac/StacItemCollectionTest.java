package org.sightline.server.api.stac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** numberMatched is written when counted and left out when not (it is optional in STAC API). */
class StacItemCollectionTest {
  private final ObjectMapper mapper = Jackson.newObjectMapper();

  @Test
  void numberMatchedIsLeftOutWhenNotCounted() throws Exception {
    String counted =
        mapper.writeValueAsString(StacItemCollection.of(List.of("{\"id\":\"a\"}"), 7L, List.of()));
    assertThat(counted).contains("\"numberMatched\":7").contains("\"numberReturned\":1");
    String uncounted =
        mapper.writeValueAsString(
            StacItemCollection.of(List.of("{\"id\":\"a\"}"), null, List.of()));
    assertThat(uncounted).doesNotContain("numberMatched").contains("\"numberReturned\":1");
  }
}
