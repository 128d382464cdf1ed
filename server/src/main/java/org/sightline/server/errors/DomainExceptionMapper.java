package org.sightline.server.errors;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Maps {@link DomainException}s to JSON errors {@code {"code": ..., "message": ...}}; a stale
 * version also carries the current ETag; a refused oversized body closes the connection
 * ({@code Connection: close}, RFC 9110 15.5.14), so no client reuses a connection left mid-body.
 */
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException exception) {
    Response.ResponseBuilder response = Response.status(exception.httpStatus())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(exception.httpStatus(), exception.getMessage()));
    if (exception instanceof StaleVersionException stale) {
      response.header("ETag", ETags.of(stale.currentVersion()));
    }
    if (exception.httpStatus() == 413) {
      // The rest of a refused body may not have been read: the connection is not reused.
      response.header("Connection", "close");
    }
    return response.build();
  }
}
