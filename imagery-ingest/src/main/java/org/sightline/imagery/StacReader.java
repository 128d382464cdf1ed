package org.sightline.imagery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Streams STAC Items out of a file, whatever its shape: an ItemCollection (its {@code features}
 * array is read one Item at a time), a single Item, a JSON array of Items, or newline-delimited
 * JSON (one Item per line, or any sequence of root values). Only one Item is in memory at a time,
 * so memory stays flat for millions of Items. Not thread-safe; one reader per stream.
 *
 * <p>A root Catalog or Collection is not an Item: {@link #readAll} reports it through
 * {@code onCatalog} so that the caller can walk its links ({@link StacCatalogWalker}).
 */
public final class StacReader implements Iterator<ParsedItem>, AutoCloseable {
  private final JsonParser parser;
  private final String defaultCollection;
  private final Consumer<JsonNode> onCatalog;
  private long position;
  private boolean inFeatures;
  private ParsedItem next;

  /**
   * @param defaultCollection collection for Items that name none, or null
   * @param onCatalog receives root objects that are Catalogs or Collections (may be a no-op)
   */
  public StacReader(InputStream in, String defaultCollection, Consumer<JsonNode> onCatalog) throws IOException {
    this.parser = StacJson.MAPPER.getFactory().createParser(in);
    this.defaultCollection = defaultCollection;
    this.onCatalog = onCatalog;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = advance();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public ParsedItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParsedItem item = next;
    next = null;
    return item;
  }

  private ParsedItem advance() throws IOException {
    while (true) {
      if (inFeatures) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          inFeatures = false;
          if (featuresInObject) {
            skipRestOfObject();
          }
          continue;
        }
        if (token == null) {
          return null;
        }
        return item(parser.readValueAsTree());
      }
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      if (token == JsonToken.START_ARRAY) {
        inFeatures = true; // a bare JSON array of Items: read like an ItemCollection's features
        featuresInObject = false;
        continue;
      }
      if (token != JsonToken.START_OBJECT) {
        position++;
        return new ParsedItem.Rejected(new Rejection(position, null, "expected a JSON object, found " + token));
      }
      ParsedItem item = rootObject();
      if (item != null) {
        return item;
      }
    }
  }

  /** Whether the features array being streamed sits inside an ItemCollection object. */
  private boolean featuresInObject;

  /** Reads a root object; an ItemCollection switches to streaming its features. */
  private ParsedItem rootObject() throws IOException {
    ObjectNode root = StacJson.MAPPER.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("features") && value == JsonToken.START_ARRAY && !"Feature".equals(root.path("type").asText())) {
        inFeatures = true;
        featuresInObject = true;
        return null;
      }
      root.set(field, parser.readValueAsTree());
    }
    String type = root.path("type").asText();
    if (type.equals("Catalog") || type.equals("Collection")) {
      onCatalog.accept(root);
      return null;
    }
    return item(root);
  }

  private void skipRestOfObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  private ParsedItem item(JsonNode node) {
    position++;
    return StacItemParser.parse(node, position, defaultCollection);
  }

  /** Reads every item, handing each to {@code sink}. */
  public void readAll(Consumer<ParsedItem> sink) {
    while (hasNext()) {
      sink.accept(next());
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
