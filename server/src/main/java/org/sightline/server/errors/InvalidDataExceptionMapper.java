package org.sightline.server.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.sightline.geodata.InvalidDataException;

/**
 * The domain model's refusals ({@link InvalidDataException} from {@code geodata}: dates and
 * intervals, registry text, area fields, checked geometry, import files) are invalid input,
 * answered by {@link DomainExceptionMapper} as an {@link InvalidInputException} is. Stateless.
 */
public final class InvalidDataExceptionMapper implements ExceptionMapper<InvalidDataException> {
  private static final DomainExceptionMapper DOMAIN_ERRORS = new DomainExceptionMapper();

  @Override
  public Response toResponse(InvalidDataException exception) {
    return DOMAIN_ERRORS.toResponse(new InvalidFieldsException(exception.problems()));
  }
}
