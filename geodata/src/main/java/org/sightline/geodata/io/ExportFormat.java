package org.sightline.geodata.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One export format: its file extension, media type, and how rows become bytes. */
public interface ExportFormat {
  String extension();

  String mediaType();

  /** Writes every row to {@code out} (not closed). */
  void write(List<ExportRow> rows, ExportContext context, OutputStream out) throws IOException;

  /**
   * What the export was made from, written into each format's metadata.
   *
   * @param title e.g. "Sightline facilities as of 2024-01-01"
   * @param attribution the sources' attribution line
   */
  record ExportContext(String title, String attribution) {}
}
