package org.sightline.server.api.stac;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A STAC link. {@code href} is absolute. A POST search's {@code self} and {@code next} links also
 * carry {@code method}, {@code merge} (false: the body replaces the request's) and the {@code body}
 * to send.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StacLink(
    String rel, String href, String type, String method, Boolean merge, StacSearchBody body) {
  public static StacLink of(String rel, String href, String type) {
    return new StacLink(rel, href, type, null, null, null);
  }

  /** A link to search with the given method (GET or POST). */
  public static StacLink search(String href, String type, String method) {
    return new StacLink("search", href, type, method, null, null);
  }

  /**
   * A link of a POST search ({@code self}, {@code next}): the same request with this body, which
   * replaces the request's ({@code merge: false}).
   */
  public static StacLink post(String rel, String href, String type, StacSearchBody body) {
    return new StacLink(rel, href, type, "POST", false, body);
  }
}
