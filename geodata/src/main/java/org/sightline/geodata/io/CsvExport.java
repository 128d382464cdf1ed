package org.sightline.geodata.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark (so spreadsheets show Hangul), one row per facility:
 * {@link ExportRow#COLUMNS}, then {@code lon} and {@code lat} (the location point, or the
 * boundary's centroid) and {@code wkt} (the full geometry). Cells that a spreadsheet would run as a
 * formula ({@code = + - @}) are prefixed with an apostrophe.
 */
public final class CsvExport implements ExportFormat {
  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public void write(List<ExportRow> rows, ExportContext context, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    List<String> header = new ArrayList<>(ExportRow.COLUMNS);
    header.addAll(List.of("lon", "lat", "wkt"));
    CSVPrinter csv =
        new CSVPrinter(
            writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    WKTWriter wkt = new WKTWriter();
    for (ExportRow row : rows) {
      List<String> cells = new ArrayList<>();
      for (String value : row.values()) {
        cells.add(defuse(value));
      }
      Point point = row.geometry() instanceof Point p ? p : row.geometry().getInteriorPoint();
      cells.add(Double.toString(point.getX()));
      cells.add(Double.toString(point.getY()));
      cells.add(wkt.write(row.geometry()));
      csv.printRecord(cells);
    }
    csv.flush();
  }

  /** Spreadsheet formula injection: a cell starting with = + - @ (or tab/CR) is made plain text. */
  static String defuse(String value) {
    if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
