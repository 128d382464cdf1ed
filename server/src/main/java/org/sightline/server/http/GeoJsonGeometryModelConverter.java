package org.sightline.server.http;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Describes JTS geometries in the OpenAPI document as what the API writes for them, a GeoJSON
 * geometry ({@link #SCHEMA}), instead of letting swagger walk JTS's classes (which would list
 * {@code GeometryFactory}, {@code Envelope}, {@code PrecisionModel}... as if clients received
 * them). Stateless and thread-safe.
 */
public final class GeoJsonGeometryModelConverter implements ModelConverter {
  /** The component name of the GeoJSON geometry schema. */
  public static final String SCHEMA = "GeoJSONGeometry";

  @Override
  public Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    JavaType javaType = Json.mapper().constructType(type.getType());
    if (javaType != null && Geometry.class.isAssignableFrom(javaType.getRawClass())) {
      return new Schema<>().$ref("#/components/schemas/" + SCHEMA);
    }
    return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
  }

  /** A GeoJSON geometry (RFC 7946): EPSG:4326, longitude then latitude. */
  public static Schema<Object> schema() {
    ObjectSchema schema = new ObjectSchema();
    schema.description(
        "A GeoJSON geometry (RFC 7946): EPSG:4326 (CRS84), positions as [longitude, latitude]");
    schema.addProperty(
        "type",
        new StringSchema()
            ._enum(
                List.of(
                    "Point",
                    "MultiPoint",
                    "LineString",
                    "MultiLineString",
                    "Polygon",
                    "MultiPolygon",
                    "GeometryCollection")));
    schema.addProperty(
        "coordinates",
        new ArraySchema()
            .items(new Schema<>())
            .description("nested arrays of positions, as the type says"));
    schema.addProperty(
        "geometries",
        new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    schema.required(List.of("type"));
    @SuppressWarnings("unchecked")
    Schema<Object> typed = (Schema<Object>) (Schema<?>) schema;
    return typed;
  }
}
