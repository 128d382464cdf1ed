package org.sightline.imagery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sightline.geodata.json.JsonMapping;

/**
 * The JSON settings for STAC: Sightline's ({@link JsonMapping}), and numbers kept exactly as
 * written (BigDecimal), so that an Item written back out carries the same values it came with.
 */
public final class StacJson {
  public static final ObjectMapper MAPPER =
      JsonMapping.configure(
          JsonMapper.builder()
              .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
              .build());

  private StacJson() {}
}
