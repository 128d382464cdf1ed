package org.sightline.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class against a real PostGIS: a fresh migrated database, injected as Jdbi or TestDatabase.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgis")
@ExtendWith(ManagedPostgisExtension.class)
public @interface PostgisTest {}
