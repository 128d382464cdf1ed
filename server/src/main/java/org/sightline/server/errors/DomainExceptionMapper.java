package org.sightline.server.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * The one place where an {@link ErrorKind} becomes an HTTP status: maps {@link DomainException}s to
 * JSON errors {@code {"code": <status>, "message": ...}} ({@link ErrorBody}; invalid input also
 * lists its {@link Problem}s, each at its field). A stale version also carries the current ETag; a
 * refused login says how to authenticate ({@code WWW-Authenticate}) or when to try again ({@code
 * Retry-After}); a refused oversized body closes the connection ({@code Connection: close}, RFC
 * 9110 15.5.14), so no client reuses a connection left mid-body. Filters that refuse a request
 * before a resource runs answer with {@link #toResponse} too. Stateless.
 */
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  /** The challenge of every 401: bearer tokens, in the Authorization header. */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"sightline\"";

  /** The HTTP status of each kind. */
  public static int httpStatus(ErrorKind kind) {
    return switch (kind) {
      case INVALID_INPUT -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case STALE_VERSION -> 412;
      case TOO_LARGE -> 413;
      case PRECONDITION_REQUIRED -> 428;
      case TOO_MANY_ATTEMPTS -> 429;
      case INTEGRITY_FAILURE -> 500;
      case STORAGE_UNAVAILABLE -> 507; // Insufficient Storage (RFC 4918 11.5)
    };
  }

  @Override
  public Response toResponse(DomainException exception) {
    int status = httpStatus(exception.kind());
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body(status, exception));
    switch (exception.kind()) {
      case STALE_VERSION -> {
        if (exception instanceof StaleVersionException stale) {
          response.header(HttpHeaders.ETAG, ETags.of(stale.currentVersion()));
        }
      }
      case UNAUTHENTICATED -> response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
      case TOO_MANY_ATTEMPTS -> {
        if (exception instanceof TooManyAttemptsException throttled) {
          response.header(HttpHeaders.RETRY_AFTER, throttled.retryAfter().toSeconds());
        }
      }
      // The rest of a refused body may not have been read: the connection is not reused.
      case TOO_LARGE -> response.header("Connection", "close");
      default -> {
        // no header beyond the JSON body
      }
    }
    return response.build();
  }

  private static ErrorBody body(int status, DomainException exception) {
    if (exception instanceof InvalidFieldsException fields) {
      return ErrorBody.invalid(status, fields.problems());
    }
    if (exception.kind() == ErrorKind.INVALID_INPUT) {
      return ErrorBody.invalid(status, List.of(exception.getMessage()));
    }
    return ErrorBody.of(status, exception.getMessage());
  }
}
