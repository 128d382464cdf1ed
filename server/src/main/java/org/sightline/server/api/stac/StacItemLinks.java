package org.sightline.server.api.stac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.sightline.imagery.StacItemMigration;
import org.sightline.imagery.StacJson;

/**
 * A stored Item as the STAC API serves it: in STAC 1.0.0 (an Item received in another version is
 * migrated by {@link StacItemMigration}, which keeps the version received as a property), its own
 * {@code self}, {@code parent}, {@code collection} and {@code root} links to this server first,
 * then the links the provider sent, and its {@code collection} member set. The provider's {@code
 * self}, {@code root}, {@code parent} and {@code collection} links are kept as {@code rel=via}
 * (titled with what they were, when untitled); its other links are kept as sent. A relative
 * provider link is resolved against the provider's own absolute {@code self}; when there is none it
 * pointed into the file tree it was published in, and is left out. Every other member is kept, in
 * its order, with numbers exactly as stored. The stored text in the database is not changed.
 * Stateless and thread-safe.
 */
public final class StacItemLinks {
  private static final String GEOJSON = "application/geo+json";
  private static final String JSON = "application/json";

  /** The provider's links whose meaning Sightline's own links replace. */
  private static final Set<String> REPLACED_RELS = Set.of("self", "root", "parent", "collection");

  private StacItemLinks() {}

  /**
   * @param storedJson the Item's JSON as stored
   * @param collectionId the collection it is stored in
   * @param itemId its id
   * @return the Item's JSON as served; the stored text unchanged when it is not a JSON object
   */
  public static String served(
      String storedJson, String collectionId, String itemId, StacUrls urls) {
    JsonNode stored;
    try {
      stored = StacJson.MAPPER.readTree(storedJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the stored Item " + collectionId + "/" + itemId + " is not JSON", e);
    }
    if (!(stored instanceof ObjectNode storedItem)) {
      return storedJson;
    }
    ObjectNode item = StacItemMigration.migrated(storedItem);
    ArrayNode links = ownLinks(collectionId, itemId, urls);
    JsonNode providerLinks = item.path("links");
    URI base = providerBase(providerLinks);
    for (JsonNode link : providerLinks) {
      ObjectNode kept = providerLink(link, base);
      if (kept != null) {
        links.add(kept);
      }
    }
    ObjectNode served = StacJson.MAPPER.createObjectNode();
    boolean hasCollection = item.has("collection");
    boolean linksWritten = false;
    for (Map.Entry<String, JsonNode> member : item.properties()) {
      switch (member.getKey()) {
        case "links" -> {
          served.set("links", links);
          linksWritten = true;
        }
        case "collection" -> served.put("collection", collectionId);
        default -> served.set(member.getKey(), member.getValue());
      }
      if (member.getKey().equals("id") && !hasCollection) {
        served.put("collection", collectionId);
      }
    }
    if (!served.has("collection")) {
      served.put("collection", collectionId);
    }
    if (!linksWritten) {
      served.set("links", links);
    }
    try {
      return StacJson.MAPPER.writeValueAsString(served);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write Item " + collectionId + "/" + itemId, e);
    }
  }

  private static ArrayNode ownLinks(String collectionId, String itemId, StacUrls urls) {
    ArrayNode links = StacJson.MAPPER.createArrayNode();
    links.add(link("self", urls.item(collectionId, itemId), GEOJSON));
    links.add(link("parent", urls.collection(collectionId), JSON));
    links.add(link("collection", urls.collection(collectionId), JSON));
    links.add(link("root", urls.root(), JSON));
    return links;
  }

  private static ObjectNode link(String rel, String href, String type) {
    return StacJson.MAPPER.createObjectNode().put("rel", rel).put("href", href).put("type", type);
  }

  /**
   * The provider's absolute {@code self} href, against which its relative links resolve; or null.
   */
  private static URI providerBase(JsonNode providerLinks) {
    for (JsonNode link : providerLinks) {
      if ("self".equals(link.path("rel").asText(null))) {
        URI self = uri(link.path("href").asText(null));
        return self != null && self.isAbsolute() && !self.isOpaque() ? self : null;
      }
    }
    return null;
  }

  /** The provider's link as served, or null when it is left out. */
  private static ObjectNode providerLink(JsonNode link, URI base) {
    if (!(link instanceof ObjectNode original)
        || !link.path("rel").isTextual()
        || !link.path("href").isTextual()) {
      return null; // not a link: no rel or href to keep
    }
    URI href = uri(link.get("href").asText());
    if (href == null) {
      return null;
    }
    if (!href.isAbsolute()) {
      if (base == null) {
        return null;
      }
      href = base.resolve(href);
    }
    ObjectNode served = original.deepCopy();
    served.put("href", href.toString());
    String rel = link.get("rel").asText();
    if (REPLACED_RELS.contains(rel)) {
      served.put("rel", "via");
      if (!served.has("title")) {
        served.put("title", "the provider's " + rel + " link");
      }
    }
    return served;
  }

  private static URI uri(String href) {
    if (href == null) {
      return null;
    }
    try {
      return new URI(href);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
