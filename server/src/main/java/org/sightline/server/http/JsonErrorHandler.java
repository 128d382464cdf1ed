package org.sightline.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages as the API's JSON errors {@code {"code": <status>, "message": ...}}, for what
 * Jetty refuses before the application sees the request (a broken request line, an ambiguous or
 * malformed path, a URI or headers over the limit, an unparseable {@code Content-Type}) and for
 * servlet errors outside Jersey (the web map's files). Whatever the request accepts, the answer is
 * {@code application/json}, and it never holds a stack trace or an exception's text: a 4xx says
 * what was wrong with the request, a 5xx only that the error was logged. Every such response
 * carries the {@link SecurityHeaders} too (HSTS only where the request is known to have come over
 * TLS: not for a request Jetty could not parse at all). Installed on the server and on the
 * application and admin contexts. Stateless.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private static final int MAX_MESSAGE_CHARS = 300;
  private static final HttpField JSON =
      new HttpField(HttpHeader.CONTENT_TYPE, MediaType.APPLICATION_JSON);
  private final ObjectMapper json;
  private final SecurityHeaders securityHeaders;

  /**
   * @param json writes the {@link ErrorMessage} body
   * @param securityHeaders added to every error response
   */
  public JsonErrorHandler(ObjectMapper json, SecurityHeaders securityHeaders) {
    this.json = json;
    this.securityHeaders = securityHeaders;
    setShowStacks(false);
    setShowCauses(false);
  }

  /** Every method gets a body (OPTIONS and PUT too, not only GET, POST and HEAD). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(JSON);
    securityHeaders.addTo(response.getHeaders(), request.isSecure());
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    response.write(
        true, ByteBuffer.wrap(body(code, describe(code, message, cause, contentType))), callback);
  }

  /** The body of a response to a request Jetty could not parse at all (no request exists yet). */
  // Deprecated for removal in Jetty 12, yet Jetty 12.0's HTTP/1.1 parser still calls it
  // (JsonErrorsHttpTest).
  @SuppressWarnings("removal")
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON);
    securityHeaders.addTo(fields, false);
    return ByteBuffer.wrap(body(status, describe(status, reason, null, null)));
  }

  /**
   * The message for an error: the server's own text for a 5xx; for a 4xx, Jetty's reason (such as
   * "Ambiguous URI path separator") or a sentence for the common refusals, never an exception's
   * text, which could name the server's classes.
   *
   * @param reason Jetty's reason, or null
   * @param cause the exception behind the error, or null
   * @param contentType the request's Content-Type header, or null
   */
  static String describe(int code, String reason, Throwable cause, String contentType) {
    if (code >= 500 && code != HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      return "the server could not answer this request; the error has been logged";
    }
    if (code == HttpStatus.URI_TOO_LONG_414) {
      return "the request URI is longer than this server accepts; send the long parameters in a body";
    }
    if (code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
      return "the request headers are larger than this server accepts";
    }
    if (code == HttpStatus.NOT_FOUND_404
        && (reason == null || reason.equals(HttpStatus.getMessage(code)))) {
      return "there is nothing at this path; the API is under /api";
    }
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      return "this server speaks HTTP/1.0 and HTTP/1.1 only";
    }
    if (code == HttpStatus.BAD_REQUEST_400 && contentType != null && !isMediaType(contentType)) {
      return "the Content-Type header '"
          + clip(contentType)
          + "' is not a media type such as application/json";
    }
    String text =
        cause instanceof HttpException http ? http.getReason() : cause == null ? reason : null;
    if (text == null || text.isBlank() || text.equals(String.valueOf(code))) {
      text = HttpStatus.getMessage(code);
    }
    if (code == HttpStatus.BAD_REQUEST_400) {
      return "the request is not valid HTTP: " + clip(text);
    }
    return clip(text);
  }

  private static boolean isMediaType(String header) {
    try {
      MediaType.valueOf(header);
      return true;
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
  }

  private static String clip(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", " ").strip();
    return oneLine.length() > MAX_MESSAGE_CHARS
        ? oneLine.substring(0, MAX_MESSAGE_CHARS) + "..."
        : oneLine;
  }

  private byte[] body(int code, String message) {
    try {
      return json.writeValueAsBytes(new ErrorMessage(code, message));
    } catch (JsonProcessingException e) {
      return ("{\"code\":" + code + ",\"message\":\"error\"}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
