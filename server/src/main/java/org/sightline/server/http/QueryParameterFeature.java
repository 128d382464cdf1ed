package org.sightline.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import org.sightline.server.errors.DomainExceptionMapper;
import org.sightline.server.errors.InvalidInputException;

/**
 * Applies {@link QueryParameters} (the one rule for query parameters) to every resource method,
 * after the access rule and before the method runs or Jersey converts a parameter. A refusal is a
 * 400 in the error shape. (A NUL in the path itself never gets this far: Jetty refuses it.)
 */
public final class QueryParameterFeature implements DynamicFeature {
  private static final DomainExceptionMapper ERRORS = new DomainExceptionMapper();

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null
        || method.getDeclaringClass().getName().startsWith("org.glassfish.jersey.")) {
      return;
    }
    context.register(
        new Check(QueryParameters.of(method, resourceInfo.getResourceClass())), Priorities.USER);
  }

  /** The check of one method's parameters. */
  @Priority(Priorities.USER)
  static final class Check implements ContainerRequestFilter {
    private final QueryParameters parameters;

    Check(QueryParameters parameters) {
      this.parameters = parameters;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      try {
        parameters.check(request.getUriInfo().getQueryParameters());
      } catch (InvalidInputException e) {
        request.abortWith(ERRORS.toResponse(e));
      }
    }
  }
}
