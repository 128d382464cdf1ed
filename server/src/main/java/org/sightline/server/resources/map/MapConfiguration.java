package org.sightline.server.resources.map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * What the web map needs from the server's configuration. With no {@code tileUrl} the map draws its
 * bundled offline outline only, so it works with no internet.
 */
public class MapConfiguration {
  /**
   * An XYZ tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}; empty for
   * none.
   */
  @JsonProperty
  @Pattern(
      regexp = "^$|^https?://.*\\{z\\}.*\\{x\\}.*\\{y\\}.*$",
      message = "must be empty or an http(s) URL template containing {z}, {x} and {y}")
  private String tileUrl = "";

  @JsonProperty private String tileAttribution = "";

  /**
   * Origins ({@code https://host[:port]}, no path) that scene thumbnails may be shown from; they
   * are added to the Content Security Policy's {@code img-src} and given to the map, which shows a
   * thumbnail only from these. Empty (the default): thumbnails are links only.
   */
  @JsonProperty
  private List<
          @Pattern(
              regexp = "^https://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$",
              message = "must be an https origin such as https://thumbnails.example.org")
          String>
      thumbnailHosts = List.of();

  @JsonProperty
  @Min(-90)
  @Max(90)
  private double initialLatDeg = 40.3;

  @JsonProperty
  @Min(-180)
  @Max(180)
  private double initialLonDeg = 127.3;

  @JsonProperty
  @Min(1)
  @Max(18)
  private int initialZoom = 7;

  public String getTileUrl() {
    return tileUrl;
  }

  public String getTileAttribution() {
    return tileAttribution;
  }

  public List<String> getThumbnailHosts() {
    return thumbnailHosts == null ? List.of() : List.copyOf(thumbnailHosts);
  }

  public double getInitialLatDeg() {
    return initialLatDeg;
  }

  public double getInitialLonDeg() {
    return initialLonDeg;
  }

  public int getInitialZoom() {
    return initialZoom;
  }
}
