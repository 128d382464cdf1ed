package org.sightline.server.errors;

import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.sightline.geodata.InvalidDataException;

/**
 * Maps the domain model's refusals ({@link InvalidDataException} from {@code geodata}: dates and
 * intervals, registry text, area fields, checked geometry, import files) to 400 JSON errors
 * {@code {"code": 400, "message": ...}}, the same answer as {@link InvalidInputException}.
 */
public final class InvalidDataExceptionMapper implements ExceptionMapper<InvalidDataException> {
  @Override
  public Response toResponse(InvalidDataException exception) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(Response.Status.BAD_REQUEST.getStatusCode(), exception.getMessage()))
        .build();
  }
}
