package org.sightline.server.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Query parameters a resource method (or every method of a resource class) reads from {@code
 * UriInfo} rather than through {@code @QueryParam}: they are accepted as text by {@link
 * QueryParameterFeature}, besides the method's {@code @QueryParam}s.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AcceptsQueryParameters {
  /** The parameter names. */
  String[] value();
}
