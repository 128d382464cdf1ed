package org.sightline.imagery;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Streams flattened STAC footprints ({@link FlatFootprints}) out of a GeoJSON FeatureCollection
 * (its {@code features} are read one at a time), a JSON array of Features, one Feature, or NDJSON
 * of Features; each becomes its STAC Item and goes through {@link StacItemParser}, so the same
 * rules apply with the same reasons. The stored text is the rebuilt Item (numbers exact, {@link
 * StacJson}), not the footprint. Not thread-safe; one reader per stream.
 */
public final class FlatFootprintReader {
  private final JsonParser parser;
  private final String defaultCollection;
  private long position;

  public FlatFootprintReader(InputStream in, String defaultCollection) throws IOException {
    this.parser = StacJson.MAPPER.getFactory().createParser(in);
    this.defaultCollection = defaultCollection;
  }

  /**
   * Reads every footprint, handing each Item or rejection to {@code sink}.
   *
   * @throws IOException when the input stops being valid JSON ({@link JsonProcessingException})
   */
  public void readAll(Consumer<ParsedItem> sink) throws IOException {
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          readFeatures(sink);
        } else if (token == JsonToken.START_OBJECT) {
          readRoot(sink);
        } else {
          position++;
          sink.accept(
              new ParsedItem.Rejected(
                  new Rejection(position, null, "expected a JSON object, found " + token)));
        }
      }
    } catch (NumberFormatException e) {
      // Numbers are read exactly (BigDecimal), and Jackson refuses an exponent such as
      // 1E8863303708582
      // this way (found by fuzzing): JSON that cannot be read, not a crash of the ingest.
      throw new JsonParseException(parser, "a number cannot be read: " + e.getMessage(), e);
    }
  }

  /** A root object: a FeatureCollection (its features streamed) or one Feature. */
  private void readRoot(Consumer<ParsedItem> sink) throws IOException {
    ObjectNode root = StacJson.MAPPER.createObjectNode();
    boolean streamed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("features")
          && value == JsonToken.START_ARRAY
          && !"Feature".equals(root.path("type").asText())) {
        readFeatures(sink);
        streamed = true;
      } else {
        root.set(field, parser.readValueAsTree());
      }
    }
    if (!streamed && !"FeatureCollection".equals(root.path("type").asText())) {
      feature(root, sink);
    }
  }

  /** The elements of an array (the parser is on its START_ARRAY), one Feature at a time. */
  private void readFeatures(Consumer<ParsedItem> sink) throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode feature = parser.readValueAsTree();
      feature(feature, sink);
    }
  }

  private void feature(JsonNode feature, Consumer<ParsedItem> sink) {
    position++;
    ObjectNode item;
    try {
      item = FlatFootprints.toItem(feature);
    } catch (IllegalArgumentException e) {
      String id =
          feature != null && feature.path("properties").path("id").isValueNode()
              ? feature.path("properties").path("id").asText()
              : null;
      sink.accept(new ParsedItem.Rejected(new Rejection(position, id, e.getMessage())));
      return;
    }
    sink.accept(StacItemParser.parse(item, position, defaultCollection));
  }
}
