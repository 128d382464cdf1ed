package org.sightline.server.http;

import io.swagger.v3.jaxrs2.ext.AbstractOpenAPIExtension;
import io.swagger.v3.jaxrs2.ext.OpenAPIExtension;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes each operation that swagger-core generates from a resource method, so that clients can
 * rely on the description (found by {@link java.util.ServiceLoader}, {@code
 * META-INF/services/io.swagger.v3.jaxrs2.ext.OpenAPIExtension}):
 *
 * <ul>
 *   <li>the success answer under its status ({@code 200}, or {@code 204} for a method without a
 *       body), not only {@code default};
 *   <li>the error answers the method can give, each in the error shape ({@link #ERROR_SCHEMA}):
 *       {@code 400} (every endpoint checks its query parameters), {@code 401} (a bad token, or a
 *       rule that needs a user), {@code 403} (a role rule), {@code 404} (a path parameter), {@code
 *       409} and {@code 413} (a write with a body), {@code 412} and {@code 428} ({@code If-Match});
 *       an error status the method declares itself without a body (such as {@code 429}) gets the
 *       error shape too;
 *   <li>the OGC API - Features Part 1 parameter fragments: {@code bbox} an array of 4 or 6 numbers
 *       ({@code /req/core/fc-bbox-definition}), {@code datetime} a string ({@code
 *       fc-time-definition}), both and {@code limit} ({@code fc-limit-definition}, its bounds from
 *       the method's {@code @Parameter} schema) with {@code style: form}, {@code explode: false};
 *       so is every other list parameter (comma-separated values; a repeated parameter is refused).
 * </ul>
 */
public final class OpenApiOperations extends AbstractOpenAPIExtension {
  /** The components entry of the error body {@code {"code", "message"}}. */
  public static final String ERROR_SCHEMA = "Error";

  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "Invalid input: the message names the parameter or field and what is wrong",
          "401", "No valid token (a bad or expired one, or none where a user is needed)",
          "403", "The user lacks the role the endpoint needs",
          "404", "Not found (or not visible to the caller)",
          "409", "Conflicts with the stored data",
          "412", "If-Match names a version that is no longer current",
          "413", "The request body is too large",
          "428", "If-Match is required");

  @Override
  public void decorateOperation(
      Operation operation, Method method, Iterator<OpenAPIExtension> chain) {
    describeParameters(operation);
    describeResponses(operation, method);
    super.decorateOperation(operation, method, chain);
  }

  /** The error body, for the components of the description. */
  public static Schema<Object> errorSchema() {
    Schema<Object> error = new Schema<>();
    error.type("object").description("Every error: the HTTP status and what is wrong, and where");
    error.addProperty("code", new Schema<Object>().type("integer").description("the HTTP status"));
    error.addProperty("message", new StringSchema().description("what is wrong, and where"));
    error.setRequired(List.of("code", "message"));
    return error;
  }

  private static void describeParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (!"query".equals(parameter.getIn())) {
        continue;
      }
      switch (parameter.getName()) {
        case "bbox" -> {
          ArraySchema bbox = new ArraySchema();
          bbox.items(new NumberSchema());
          bbox.oneOf(
              List.of(
                  new Schema<>().minItems(4).maxItems(4), new Schema<>().minItems(6).maxItems(6)));
          formNotExploded(parameter).schema(bbox);
        }
        case "datetime" -> formNotExploded(parameter).schema(new StringSchema());
        case "limit" -> formNotExploded(parameter);
        default -> {
          // A list (the dated areas' filters) is given comma-separated, never by repeating the
          // parameter, which the query rule refuses.
          if (parameter.getSchema() instanceof ArraySchema) {
            formNotExploded(parameter);
          }
        }
      }
    }
  }

  private static Parameter formNotExploded(Parameter parameter) {
    return parameter.style(Parameter.StyleEnum.FORM).explode(false).required(false);
  }

  private static void describeResponses(Operation operation, Method method) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    ApiResponse fallback = responses.remove("default");
    if (fallback != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
      if (method.getReturnType() == void.class) {
        responses.addApiResponse("204", new ApiResponse().description("Done; no body"));
      } else {
        responses.addApiResponse(
            "200",
            fallback.getDescription() == null
                    || fallback.getDescription().isBlank()
                    || fallback.getDescription().equals("default response")
                ? fallback.description("Success")
                : fallback);
      }
    }
    Map<String, ApiResponse> errors = new TreeMap<>();
    List<Annotation> parameterAnnotations =
        Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream).toList();
    boolean hasBody =
        Arrays.stream(method.getParameterAnnotations()).anyMatch(a -> a.length == 0)
            || method.isAnnotationPresent(Consumes.class);
    AccessRule rule = AccessRule.of(method, method.getDeclaringClass());
    error(errors, "400");
    error(errors, "401");
    if (rule.declared() && !rule.permitAll() && !rule.anyUser()) {
      error(errors, "403");
    }
    if (parameterAnnotations.stream().anyMatch(PathParam.class::isInstance)) {
      error(errors, "404");
    }
    boolean write = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class);
    if (write && hasBody) {
      error(errors, "409");
      error(errors, "413");
    }
    if (parameterAnnotations.stream()
        .anyMatch(
            a -> a instanceof HeaderParam header && header.value().equals(HttpHeaders.IF_MATCH))) {
      error(errors, "412");
      error(errors, "428");
    }
    errors.forEach(
        (code, response) -> {
          if (!operation.getResponses().containsKey(code)) {
            operation.getResponses().addApiResponse(code, response);
          }
        });
    // An error the method declares itself (429 for a throttled login) without a body of its own
    // answers in the error shape.
    operation
        .getResponses()
        .forEach(
            (code, response) -> {
              if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.content(errorContent());
              }
            });
  }

  private static void error(Map<String, ApiResponse> errors, String code) {
    errors.put(code, new ApiResponse().description(ERRORS.get(code)).content(errorContent()));
  }

  private static Content errorContent() {
    return new Content()
        .addMediaType(
            "application/json",
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)));
  }
}
