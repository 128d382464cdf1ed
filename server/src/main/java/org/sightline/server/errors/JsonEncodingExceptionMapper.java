package org.sightline.server.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.CharConversionException;

/**
 * A JSON body whose bytes Jackson takes for UTF-32 (it starts with NUL bytes) but cannot decode:
 * Jackson's {@link CharConversionException} is no {@code JsonProcessingException}, so without this
 * mapper it was a 500 (found by fuzzing, docs/FUZZING.md). Invalid input, like any other malformed
 * JSON (400, through {@link DomainExceptionMapper}). Stateless.
 */
@Priority(1)
public final class JsonEncodingExceptionMapper implements ExceptionMapper<CharConversionException> {
  private static final DomainExceptionMapper DOMAIN_ERRORS = new DomainExceptionMapper();

  @Override
  public Response toResponse(CharConversionException exception) {
    return DOMAIN_ERRORS.toResponse(
        new InvalidInputException(
            "invalid JSON: its text is not UTF-8, UTF-16 or UTF-32 ("
                + exception.getMessage()
                + ")"));
  }
}
