package org.sightline.server.api.stac;

import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The absolute URLs of the STAC API's resources on this server, built from the request's base URI
 * (so from its {@code Host}, or from {@code X-Forwarded-*} when the connector is told to trust
 * them). Path segments (collection and item ids) are percent-encoded whole, {@code /} included.
 *
 * @param root the landing page, e.g. {@code https://sightline.example.org/api/stac}
 */
public record StacUrls(String root) {
  /** The URLs for the request behind {@code uri}. */
  public static StacUrls of(UriInfo uri) {
    return new StacUrls(uri.getBaseUriBuilder().path("stac").build().toString());
  }

  public String conformance() {
    return root + "/conformance";
  }

  public String collections() {
    return root + "/collections";
  }

  public String collection(String collectionId) {
    return collections() + "/" + segment(collectionId);
  }

  public String items(String collectionId) {
    return collection(collectionId) + "/items";
  }

  public String item(String collectionId, String itemId) {
    return items(collectionId) + "/" + segment(itemId);
  }

  public String search() {
    return root + "/search";
  }

  /** {@code value} as one path segment: every character but letters, digits and {@code -_.*}. */
  static String segment(String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    // "." and ".." would be read as relative steps by clients.
    return encoded.equals(".") || encoded.equals("..") ? encoded.replace(".", "%2E") : encoded;
  }
}
