package org.sightline.server.resources;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Errors the API returns: a JSON body {@code {"code": 400, "message": "..."}} whose message says
 * what is wrong and where.
 */
public final class ApiErrors {
  private ApiErrors() {}

  public static WebApplicationException badRequest(String message) {
    return error(Response.Status.BAD_REQUEST, message);
  }

  public static WebApplicationException notFound(String message) {
    return error(Response.Status.NOT_FOUND, message);
  }

  public static WebApplicationException error(Response.Status status, String message) {
    return new WebApplicationException(message, Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(status.getStatusCode(), message))
        .build());
  }
}
