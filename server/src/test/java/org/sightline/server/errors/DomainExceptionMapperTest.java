package org.sightline.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sightline.geodata.InvalidDataException;
import org.sightline.server.evidence.EvidenceStorageException;
import org.sightline.server.evidence.IntegrityFailureException;
import org.sightline.server.evidence.PayloadTooLargeException;

/**
 * The one mapping of error kinds to HTTP: each kind of {@link DomainException}, thrown by a
 * resource, answers with its status, the JSON body {@code {"code", "message"}} and its headers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DomainExceptionMapperTest {
  private static final Map<ErrorKind, Integer> STATUS =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(ErrorKind.INVALID_INPUT, 400),
              Map.entry(ErrorKind.UNAUTHENTICATED, 401),
              Map.entry(ErrorKind.FORBIDDEN, 403),
              Map.entry(ErrorKind.NOT_FOUND, 404),
              Map.entry(ErrorKind.CONFLICT, 409),
              Map.entry(ErrorKind.STALE_VERSION, 412),
              Map.entry(ErrorKind.TOO_LARGE, 413),
              Map.entry(ErrorKind.PRECONDITION_REQUIRED, 428),
              Map.entry(ErrorKind.TOO_MANY_ATTEMPTS, 429),
              Map.entry(ErrorKind.INTEGRITY_FAILURE, 500),
              Map.entry(ErrorKind.STORAGE_UNAVAILABLE, 507)));

  /** Throws the exception of each kind that the application has. */
  @Path("/fail")
  @Produces(MediaType.APPLICATION_JSON)
  @SuppressWarnings(
      "DoNotCallSuggester") // its methods throw on purpose: each answers with one error
  public static final class FailingResource {
    /** A JSON body. */
    public record Body(String name) {}

    static DomainException of(ErrorKind kind) {
      return switch (kind) {
        case INVALID_INPUT -> new InvalidInputException("limit must be 1..1000");
        case UNAUTHENTICATED -> new UnauthenticatedException("username or password is wrong");
        case FORBIDDEN -> new ForbiddenException("this needs the admin role");
        case NOT_FOUND -> new EntityNotFoundException("there is no facility 'x'");
        case CONFLICT -> new ConflictException("username 'x' is taken");
        case STALE_VERSION -> new StaleVersionException("facility x", 2, 3);
        case TOO_LARGE -> new PayloadTooLargeException(10);
        case PRECONDITION_REQUIRED -> new PreconditionRequiredException("this edit needs If-Match");
        case TOO_MANY_ATTEMPTS ->
            new TooManyAttemptsException("too many failed logins", Duration.ofSeconds(7));
        case INTEGRITY_FAILURE -> new IntegrityFailureException(4, "ab", "");
        case STORAGE_UNAVAILABLE -> new EvidenceStorageException("No space left on device");
      };
    }

    @GET
    @Path("{kind}")
    @PermitAll
    public String fail(@PathParam("kind") ErrorKind kind) {
      throw of(kind);
    }

    @GET
    @Path("model/refusal")
    @PermitAll
    public String refuseInModel() {
      throw new InvalidDataException("valid_from 2019-13-01 is not a date");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public String read(Body body) {
      return body.name();
    }
  }

  static final ResourceExtension RESOURCES =
      ResourceExtension.builder()
          .setMapper(
              Jackson.newObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
          .addResource(new FailingResource())
          .addProvider(new DomainExceptionMapper())
          .addProvider(new InvalidDataExceptionMapper())
          .addProvider(new JsonInputExceptionMapper())
          .addProvider(new JsonEncodingExceptionMapper())
          .build();

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void eachKindHasItsStatusAndTheJsonShape(ErrorKind kind) {
    DomainException thrown = FailingResource.of(kind);
    assertThat(thrown.kind()).isEqualTo(kind);
    Response response = RESOURCES.target("/fail/" + kind.name()).request().get();
    assertThat(response.getStatus())
        .isEqualTo(STATUS.get(kind))
        .isEqualTo(DomainExceptionMapper.httpStatus(kind));
    assertThat(response.getMediaType().toString()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode body = response.readEntity(JsonNode.class);
    assertThat(body.get("code").asInt()).isEqualTo(STATUS.get(kind));
    assertThat(body.get("message").asText()).isEqualTo(thrown.getMessage());
  }

  @Test
  void kindsCarryTheHeadersTheirStatusNeeds() {
    assertThat(RESOURCES.target("/fail/STALE_VERSION").request().get().getHeaderString("ETag"))
        .isEqualTo("\"v3\"");
    assertThat(
            RESOURCES
                .target("/fail/UNAUTHENTICATED")
                .request()
                .get()
                .getHeaderString("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"sightline\"");
    assertThat(
            RESOURCES
                .target("/fail/TOO_MANY_ATTEMPTS")
                .request()
                .get()
                .getHeaderString("Retry-After"))
        .isEqualTo("7");
    assertThat(RESOURCES.target("/fail/TOO_LARGE").request().get().getHeaderString("Connection"))
        .isEqualTo("close");
    assertThat(RESOURCES.target("/fail/NOT_FOUND").request().get().getHeaderString("Connection"))
        .isNull();
  }

  @Test
  void theDomainModelsRefusalsAreInvalidInput() {
    Response response = RESOURCES.target("/fail/model/refusal").request().get();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().toString()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode body = response.readEntity(JsonNode.class);
    assertThat(body.get("code").asInt()).isEqualTo(400);
    assertThat(body.get("message").asText()).isEqualTo("valid_from 2019-13-01 is not a date");
  }

  @Test
  void malformedJsonIsInvalidInputSayingWhere() {
    Response response =
        RESOURCES
            .target("/fail")
            .request()
            .post(Entity.entity("{\"name\": \"x\", \"nmae\": 1}", MediaType.APPLICATION_JSON_TYPE));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType().toString()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode body = response.readEntity(JsonNode.class);
    assertThat(body.get("code").asInt()).isEqualTo(400);
    assertThat(body.get("message").asText())
        .startsWith("unknown field 'nmae'; expected one of: name (at $.nmae)");
  }

  @Test
  void aBodyTakenForUtf32ThatIsNotIsInvalidInput() {
    // Found by fuzzing (docs/FUZZING.md): three NUL bytes make Jackson read UTF-32, and the
    // CharConversionException it throws is no JsonProcessingException: it was a 500.
    byte[] body = {0, 0, 0, '{', 0x3a, 0x1f, 0x22, 0x46};
    Response response =
        RESOURCES
            .target("/fail")
            .request()
            .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode answer = response.readEntity(JsonNode.class);
    assertThat(answer.get("code").asInt()).isEqualTo(400);
    assertThat(answer.get("message").asText())
        .startsWith("invalid JSON: its text is not UTF-8, UTF-16 or UTF-32 (Invalid UTF-32");
  }
}
