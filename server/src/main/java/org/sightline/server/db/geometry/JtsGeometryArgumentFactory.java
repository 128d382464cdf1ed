package org.sightline.server.db.geometry;

import java.lang.reflect.Type;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.locationtech.jts.geom.Geometry;

/** Binds any JTS {@link Geometry} (Point, Polygon, ...) as a PostGIS {@code geometry}. */
public final class JtsGeometryArgumentFactory implements ArgumentFactory.Preparable {

  @Override
  public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
    if (!Geometry.class.isAssignableFrom(GenericTypes.getErasedType(type))) {
      return Optional.empty();
    }
    return Optional.of(
        value ->
            (position, statement, context) -> {
              if (value == null) {
                statement.setNull(position, PostgisGeometries.SQL_TYPE, "geometry");
              } else {
                statement.setObject(position, PostgisGeometries.toPostgis((Geometry) value));
              }
            });
  }
}
