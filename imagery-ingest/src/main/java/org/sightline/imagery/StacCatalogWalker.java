package org.sightline.imagery;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a static STAC catalog on disk: from {@code catalog.json} along {@code child} links to
 * catalogs and collections, and along {@code item} links to Items, resolving relative hrefs against
 * the file that holds them. Items without a {@code collection} get the id of the nearest enclosing
 * Collection. Only local files are followed (no network); each file is read once, so link cycles
 * end. Items are read one file at a time, so memory stays flat. Not thread-safe.
 */
public final class StacCatalogWalker {
  private final Consumer<ParsedItem> sink;
  private final Set<Path> seen = new HashSet<>();
  private long itemPosition;

  private StacCatalogWalker(Consumer<ParsedItem> sink) {
    this.sink = sink;
  }

  /** Walks the catalog rooted at {@code root}, handing every item's outcome to {@code sink}. */
  public static void walk(Path root, Consumer<ParsedItem> sink) throws IOException {
    new StacCatalogWalker(sink).walkFrom(root.toAbsolutePath().normalize());
  }

  private void walkFrom(Path root) throws IOException {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(new Node(root, null));
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (!seen.add(node.file())) {
        continue;
      }
      JsonNode json;
      try (InputStream in = Files.newInputStream(node.file())) {
        json = StacJson.MAPPER.readTree(in);
      } catch (IOException e) {
        reject(null, node.file() + " cannot be read: " + e.getMessage());
        continue;
      }
      String type = json.path("type").asText();
      if (type.equals("Feature")) {
        itemPosition++;
        sink.accept(StacItemParser.parse(json, itemPosition, node.collection()));
        continue;
      }
      if (!type.equals("Catalog") && !type.equals("Collection")) {
        reject(
            null,
            node.file() + " is neither a Catalog, a Collection nor an Item (type " + type + ")");
        continue;
      }
      String collection =
          type.equals("Collection") ? json.path("id").asText(null) : node.collection();
      for (JsonNode link : json.path("links")) {
        String rel = link.path("rel").asText();
        String href = link.path("href").asText(null);
        if (href == null || !(rel.equals("child") || rel.equals("item"))) {
          continue;
        }
        if (href.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
          if (!href.startsWith("file:")) {
            reject(
                null,
                node.file()
                    + ": link "
                    + href
                    + " is remote; only local static catalogs are walked");
            continue;
          }
          href = URI.create(href).getPath();
        }
        Path target = node.file().getParent().resolve(href).normalize();
        pending.push(new Node(target, collection));
      }
    }
  }

  private void reject(String id, String reason) {
    itemPosition++;
    sink.accept(new ParsedItem.Rejected(new Rejection(itemPosition, id, reason)));
  }

  private record Node(Path file, String collection) {}
}
