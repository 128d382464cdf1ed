package org.sightline.geodata.io;

import java.util.List;
import java.util.Optional;
import org.sightline.geodata.InvalidDataException;

/**
 * Reads one import file format into {@link ImportFeature}s, nothing checked yet beyond the format
 * itself. The whole file is in memory (imports are bounded in size). Implementations are stateless
 * and thread-safe.
 */
public interface ImportReader {
  /** The media types this reader takes, lower case and without parameters. */
  List<String> mediaTypes();

  /**
   * The features of the file, in file order, 1-based {@link ImportFeature#index()}.
   *
   * @throws InvalidDataException when the file is not this format, saying where (line, column)
   */
  List<ImportFeature> read(byte[] bytes);

  /** The readers of GeoJSON, KML and CSV. */
  static List<ImportReader> all() {
    return List.of(new GeoJsonImportReader(), new KmlImportReader(), new CsvImportReader());
  }

  /** The reader that takes {@code mediaType} (lower case, without parameters), if any. */
  static Optional<ImportReader> forMediaType(String mediaType) {
    return all().stream().filter(reader -> reader.mediaTypes().contains(mediaType)).findFirst();
  }
}
