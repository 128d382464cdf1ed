package org.sightline.geodata.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Sightline's one JSON configuration: unknown fields in a bound body are refused (never silently
 * ignored), {@code java.time} values are written as RFC 3339 / ISO 8601 text, never as numbers, and
 * numbers are read with Jackson's fast parsers (FastDoubleParser: the same correctly rounded values
 * as {@link Double#parseDouble} and {@link java.math.BigDecimal}, several times faster on the 15-17
 * digit coordinates of imagery footprints; about a tenth of the ingest's JVM time was {@code
 * Double.parseDouble}, docs/SCALING.md). The server applies it to Dropwizard's environment mapper
 * ({@link #configure}); code without that mapper uses {@link #reader()} and {@link #writer()},
 * immutable views of one shared configured mapper, and so never builds its own.
 */
public final class JsonMapping {
  private static final ObjectMapper SHARED = newMapper();
  private static final ObjectReader READER = SHARED.reader();
  private static final ObjectWriter WRITER = SHARED.writer();

  private JsonMapping() {}

  /**
   * Applies Sightline's settings to {@code mapper} (e.g. Dropwizard's, which already has the {@code
   * java.time} module: registering it again changes nothing).
   *
   * @return {@code mapper}
   */
  public static <M extends ObjectMapper> M configure(M mapper) {
    mapper.registerModule(new JavaTimeModule());
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
    mapper.enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER.mappedFeature());
    return mapper;
  }

  /** A new mapper with Sightline's settings, for a caller that must configure more. */
  public static ObjectMapper newMapper() {
    return configure(new ObjectMapper());
  }

  /** Reads trees and values with Sightline's settings. Immutable and thread-safe. */
  public static ObjectReader reader() {
    return READER;
  }

  /** Writes values with Sightline's settings. Immutable and thread-safe. */
  public static ObjectWriter writer() {
    return WRITER;
  }
}
