package org.sightline.server.db.geometry;

import java.lang.reflect.Type;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.locationtech.jts.geom.Geometry;

/**
 * Maps a PostGIS {@code geometry} column to the requested JTS type (Geometry, Point, Polygon, ...).
 */
public final class JtsGeometryColumnMapperFactory implements ColumnMapperFactory {

  @Override
  public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
    Class<?> wanted = GenericTypes.getErasedType(type);
    if (!Geometry.class.isAssignableFrom(wanted)) {
      return Optional.empty();
    }
    return Optional.of(
        (rs, column, ctx) -> {
          Geometry geometry = PostgisGeometries.fromPostgis(rs.getString(column));
          if (geometry != null && !wanted.isInstance(geometry)) {
            throw new SQLException(
                "column "
                    + column
                    + " holds a "
                    + geometry.getGeometryType()
                    + ", not a "
                    + wanted.getSimpleName());
          }
          return geometry;
        });
  }
}
