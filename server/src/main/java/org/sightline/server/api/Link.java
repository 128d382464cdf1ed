package org.sightline.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A web link as OGC API and STAC use it. {@code href} is absolute. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String href, String rel, String type, String title) {
  public static Link of(String href, String rel, String type, String title) {
    return new Link(href, rel, type, title);
  }
}
