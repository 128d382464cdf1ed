package org.sightline.server.testing;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh migrated database on the JVM's shared test cluster ({@link
 * TestPostgis}), and injects {@link Jdbi} or {@link TestDatabase} into test methods.
 */
public final class ManagedPostgisExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ManagedPostgisExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase database = TestPostgis.freshDatabase();
    context.getStore(NAMESPACE).put("database", database);
    context.getStore(NAMESPACE).put("jdbi", database.jdbi());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    Class<?> type = parameter.getParameter().getType();
    return type == Jdbi.class || type == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    String key = parameter.getParameter().getType() == Jdbi.class ? "jdbi" : "database";
    return extension.getStore(NAMESPACE).get(key);
  }
}
