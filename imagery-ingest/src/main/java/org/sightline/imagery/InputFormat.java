package org.sightline.imagery;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the JSON inputs of an ingest are read (CSV files, by their {@code .csv} name, are order
 * sheets either way: {@link SceneCsvReader}).
 */
public enum InputFormat {
  /** STAC Items, ItemCollections, arrays, NDJSON and static catalogs: {@link StacReader}. */
  STAC("stac"),
  /**
   * GeoJSON Features whose properties carry the STAC fields (Maxar's footprint files,
   * stac-geoparquet-style exports): {@link FlatFootprintReader}, {@link FlatFootprints}.
   */
  FLAT("flat");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The name given on the command line ({@code --format}) and over HTTP ({@code ?format=}). */
  public String code() {
    return code;
  }

  /**
   * The format named {@code code}; null or empty is {@link #STAC}.
   *
   * @throws IllegalArgumentException naming the formats there are
   */
  public static InputFormat of(String code) {
    if (code == null || code.isEmpty()) {
      return STAC;
    }
    for (InputFormat format : values()) {
      if (format.code.equals(code.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown input format '"
            + code
            + "'; expected one of "
            + Arrays.stream(values()).map(InputFormat::code).collect(Collectors.joining(", ")));
  }
}
