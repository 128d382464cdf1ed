package org.sightline.geodata.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;
import org.sightline.geodata.json.JsonMapping;

/**
 * RFC 7946 GeoJSON FeatureCollection; properties named as {@link ExportRow#COLUMNS}, aliases as an
 * array.
 */
public final class GeoJsonExport implements ExportFormat {
  @Override
  public String extension() {
    return "geojson";
  }

  @Override
  public String mediaType() {
    return "application/geo+json";
  }

  @Override
  public void write(List<ExportRow> rows, ExportContext context, OutputStream out)
      throws IOException {
    try (JsonGenerator json = JsonMapping.writer().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeStringField("name", context.title());
      json.writeStringField("attribution", context.attribution());
      json.writeArrayFieldStart("features");
      for (ExportRow row : rows) {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", row.id());
        json.writeFieldName("geometry");
        GeoJsonGeometryWriter.write(row.geometry(), json);
        json.writeObjectFieldStart("properties");
        List<String> values = row.values();
        for (int i = 0; i < ExportRow.COLUMNS.size(); i++) {
          String column = ExportRow.COLUMNS.get(i);
          if (column.equals("aliases")) {
            json.writeArrayFieldStart("aliases");
            for (String alias : row.aliases()) {
              json.writeString(alias);
            }
            json.writeEndArray();
          } else if (column.equals("area_sq_km") && row.areaSqKm() != null) {
            json.writeNumberField(column, row.areaSqKm());
          } else {
            json.writeStringField(column, values.get(i));
          }
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
