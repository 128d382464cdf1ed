package org.sightline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

/** What {@link JsonErrorHandler} says: never an exception's text, never a stack trace. */
class JsonErrorHandlerTest {
  @Test
  void aServerErrorSaysOnlyThatItWasLogged() {
    String message =
        JsonErrorHandler.describe(
            500,
            "java.lang.NullPointerException: secret detail",
            new NullPointerException("secret detail"),
            null);
    assertThat(message)
        .isEqualTo("the server could not answer this request; the error has been logged");
  }

  @Test
  void anExceptionBehindAClientErrorIsNotQuoted() {
    assertThat(
            JsonErrorHandler.describe(
                400,
                "java.lang.IllegalStateException: org.eclipse.internal",
                new IllegalStateException("org.eclipse.internal"),
                "application/json"))
        .isEqualTo("the request is not valid HTTP: Bad Request");
    assertThat(
            JsonErrorHandler.describe(
                400, null, new BadMessageException("Ambiguous URI path separator"), null))
        .isEqualTo("the request is not valid HTTP: Ambiguous URI path separator");
  }

  @Test
  void anUnparseableContentTypeIsNamed() {
    assertThat(JsonErrorHandler.describe(400, "Bad Request", null, "a/b/c;;"))
        .isEqualTo(
            "the Content-Type header 'a/b/c;;' is not a media type such as application/json");
  }

  @Test
  void longOrMultiLineReasonsAreClippedToOneLine() {
    String message =
        JsonErrorHandler.describe(403, "line one\r\nline two " + "x".repeat(1000), null, null);
    assertThat(message)
        .doesNotContain("\n")
        .startsWith("line one  line two")
        .hasSize(303)
        .endsWith("...");
  }
}
