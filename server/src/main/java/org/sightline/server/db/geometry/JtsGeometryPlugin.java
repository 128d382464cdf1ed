package org.sightline.server.db.geometry;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;

/** Installs JTS geometry binding and mapping on a {@link Jdbi}. */
public final class JtsGeometryPlugin implements JdbiPlugin {
  @Override
  public void customizeJdbi(Jdbi jdbi) {
    jdbi.registerArgument(new JtsGeometryArgumentFactory());
    jdbi.registerColumnMapper(new JtsGeometryColumnMapperFactory());
  }
}
