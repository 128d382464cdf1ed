package org.sightline.server.errors;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed or mistyped JSON bodies: invalid input (400, through {@link DomainExceptionMapper})
 * saying what is wrong and where (line, column and the JSON path), e.g. {@code unknown field
 * 'pasword' at $.pasword; expected one of: password, username}. Replaces Dropwizard's generic
 * "Unable to process JSON". Problems serialising a response are the server's fault: 500, logged.
 */
@Priority(1)
public final class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {
  private static final Logger LOG = LoggerFactory.getLogger(JsonInputExceptionMapper.class);
  private static final int MAX_MESSAGE = 300;
  private static final DomainExceptionMapper DOMAIN_ERRORS = new DomainExceptionMapper();

  @Override
  public Response toResponse(JsonProcessingException exception) {
    if (exception instanceof JsonGenerationException
        || exception instanceof InvalidDefinitionException) {
      LOG.error("Could not write or bind JSON", exception);
      return json(500, "the server could not produce its answer; it has been logged");
    }
    return DOMAIN_ERRORS.toResponse(new InvalidInputException(describe(exception)));
  }

  static String describe(JsonProcessingException exception) {
    StringBuilder message = new StringBuilder();
    if (exception instanceof UnrecognizedPropertyException unknown) {
      message.append("unknown field '").append(unknown.getPropertyName()).append("'");
      if (unknown.getKnownPropertyIds() != null && !unknown.getKnownPropertyIds().isEmpty()) {
        message
            .append("; expected one of: ")
            .append(
                unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
    } else {
      String original =
          exception.getOriginalMessage() == null ? "invalid JSON" : exception.getOriginalMessage();
      original = original.replaceAll("\\s+", " ").strip();
      message
          .append("invalid JSON: ")
          .append(
              original.length() > MAX_MESSAGE
                  ? original.substring(0, MAX_MESSAGE) + "..."
                  : original);
    }
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      message.append(" (at ").append(path(mapping)).append(")");
    }
    JsonLocation location = exception.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message
          .append(" [line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr())
          .append("]");
    }
    return message.toString();
  }

  private static String path(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static Response json(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorMessage(status, message))
        .build();
  }
}
