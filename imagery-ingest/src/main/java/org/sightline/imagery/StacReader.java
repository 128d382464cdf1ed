package org.sightline.imagery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.sightline.geodata.json.JsonMapping;

/**
 * Streams STAC Items out of a file, whatever its shape: an ItemCollection (its {@code features}
 * array is read one Item at a time), a single Item, a JSON array of Items, or newline-delimited
 * JSON (one Item per line, or any sequence of root values). Only one Item is in memory at a time,
 * so memory stays flat for millions of Items. Each Item's JSON is kept exactly as received: its
 * bytes are cut out of the stream ({@link RecordingInputStream}), not written back from the parsed
 * tree. Not thread-safe; one reader per stream.
 *
 * <p>A root Catalog or Collection is not an Item: {@link #readAll} reports it through {@code
 * onCatalog} so that the caller can walk its links ({@link StacCatalogWalker}).
 */
public final class StacReader implements Iterator<ParsedItem>, AutoCloseable {
  private static final ObjectReader FIELD_READER = JsonMapping.reader();
  private final RecordingInputStream recording;
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
  public StacReader(InputStream in, String defaultCollection, Consumer<JsonNode> onCatalog)
      throws IOException {
    this.recording = new RecordingInputStream(in);
    // Numbers as doubles: the tree is only read for fields; the stored text is the original.
    this.parser = FIELD_READER.getFactory().createParser(recording);
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
        long start = startOfToken();
        JsonNode node =
            token == JsonToken.START_OBJECT
                ? itemFields(JsonNodeFactory.instance.objectNode())
                : parser.readValueAsTree();
        return item(node, start);
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
        return new ParsedItem.Rejected(
            new Rejection(position, null, "expected a JSON object, found " + token));
      }
      ParsedItem item = rootObject(startOfToken());
      if (item != null) {
        return item;
      }
    }
  }

  /** Whether the features array being streamed sits inside an ItemCollection object. */
  private boolean featuresInObject;

  /** Reads a root object; an ItemCollection switches to streaming its features. */
  private ParsedItem rootObject(long start) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      boolean isItem = "Feature".equals(root.path("type").asText());
      if (field.equals("features") && value == JsonToken.START_ARRAY && !isItem) {
        inFeatures = true;
        featuresInObject = true;
        return null;
      }
      if (isItem) {
        readField(root, field);
      } else {
        root.set(field, parser.readValueAsTree());
      }
    }
    String type = root.path("type").asText();
    if (type.equals("Catalog") || type.equals("Collection")) {
      onCatalog.accept(root);
      return null;
    }
    return item(root, start);
  }

  /**
   * Reads an Item object (the parser is on its START_OBJECT) into {@code item}, keeping only what
   * {@link StacItemParser} reads: links, extension lists and the assets other than thumbnail and
   * visual are skipped without building a tree, which is most of a typical Item. The stored text is
   * the original, so nothing is lost.
   */
  private ObjectNode itemFields(ObjectNode item) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      readField(item, field);
    }
    return item;
  }

  /** Reads one field's value (the parser is on it) of an object known to be an Item. */
  private void readField(ObjectNode item, String field) throws IOException {
    switch (field) {
      case "links", "stac_extensions" -> parser.skipChildren();
      case "assets" -> {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          item.set(field, parser.readValueAsTree());
          return;
        }
        ObjectNode assets = item.putObject("assets");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          if (key.equals("thumbnail") || key.equals("visual")) {
            assets.set(key, parser.readValueAsTree());
          } else {
            parser.skipChildren();
          }
        }
      }
      default -> item.set(field, parser.readValueAsTree());
    }
  }

  private void skipRestOfObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  /** The stream offset where the current token starts; bytes before it are no longer needed. */
  private long startOfToken() {
    long start = parser.currentTokenLocation().getByteOffset();
    recording.discardBefore(start);
    return start;
  }

  /** {@code node} was read from {@code start} up to the parser's current position. */
  private ParsedItem item(JsonNode node, long start) {
    position++;
    String original =
        node != null && node.isObject()
            ? recording.text(start, parser.currentLocation().getByteOffset())
            : null;
    return StacItemParser.parse(node, original, position, defaultCollection);
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
