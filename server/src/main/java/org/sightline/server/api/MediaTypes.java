package org.sightline.server.api;

/** Media types the API serves beyond those in {@link jakarta.ws.rs.core.MediaType}. */
public final class MediaTypes {
  public static final String GEOJSON = "application/geo+json";
  public static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";
  public static final String JSON = "application/json";
  public static final String HTML = "text/html";

  private MediaTypes() {}
}
