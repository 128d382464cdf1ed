package org.sightline.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.locationtech.jts.geom.Geometry;
import org.sightline.geodata.geom.GeoJsonGeometryWriter;

/**
 * Jackson's hook for JTS geometries in API records ({@code @JsonSerialize(using = ...)}): writes
 * them with {@link GeoJsonGeometryWriter} (GeoJSON, EPSG:4326 longitude/latitude, exact doubles).
 * Thread-safe (stateless).
 */
public final class GeoJsonGeometrySerializer extends StdSerializer<Geometry> {
  private static final long serialVersionUID = 1L;

  public GeoJsonGeometrySerializer() {
    super(Geometry.class);
  }

  @Override
  public void serialize(Geometry geometry, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    GeoJsonGeometryWriter.write(geometry, gen);
  }
}
