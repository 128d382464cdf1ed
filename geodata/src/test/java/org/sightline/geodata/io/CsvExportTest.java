package org.sightline.geodata.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.geodata.geom.Geometries;

class CsvExportTest {
  static final ExportFormat.ExportContext CONTEXT =
      new ExportFormat.ExportContext(
          "Sightline facilities as of 2024-01-01", "Sources: test. Exported by Sightline.");

  static ExportRow point(String id, String name, String type) {
    return new ExportRow(
        id,
        name,
        "요덕",
        null,
        null,
        List.of("Camp 15", "Yodok"),
        type,
        "operational",
        LocalDate.of(2020, 1, 1),
        "South Hamgyong",
        null,
        Geometries.point(126.8, 39.6),
        "location",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static ExportRow boundary(String id, String basis) {
    return new ExportRow(
        id,
        "Bounded",
        null,
        null,
        null,
        List.of(),
        "kyohwaso",
        "operational",
        null,
        null,
        null,
        Geometries.fromWkt("MULTIPOLYGON (((127 40, 127.1 40, 127.1 40.1, 127 40, 127 40)))"),
        "boundary",
        basis,
        "low",
        LocalDate.of(2010, 1, 1),
        null,
        42.5,
        null);
  }

  @Test
  void cellsThatASpreadsheetWouldRunAreDefused() {
    assertThat(CsvExport.defuse("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvExport.defuse("-12")).isEqualTo("'-12");
    assertThat(CsvExport.defuse("Yodok")).isEqualTo("Yodok");
    assertThat(CsvExport.defuse(null)).isNull();
  }

  @Test
  void writesBomHeaderAndOneRowPerFacilityWithLonLatAndWkt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvExport()
        .write(
            List.of(point("kwanliso-15-yodok", "=cmd", "kwanliso"), boundary("b-1", "approximate")),
            CONTEXT,
            out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFid,name,name_ko,");
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).endsWith("area_sq_km,possible_duplicate_of,lon,lat,wkt");
    assertThat(lines.get(1))
        .startsWith("kwanliso-15-yodok,'=cmd,요덕,,,Camp 15; Yodok,kwanliso,operational,2020-01-01")
        .endsWith(",126.8,39.6,POINT (126.8 39.6)");
    assertThat(lines.get(2))
        .contains(",boundary,approximate,low,2010-01-01,,42.5000,")
        .contains("MULTIPOLYGON");
  }
}
