package org.sightline.server.resources.publication;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.ETags;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.http.RequestSecurityContext;
import org.sightline.server.publication.PublicFeatures;
import org.sightline.server.publication.PublicationKind;
import org.sightline.server.publication.Publications;
import org.sightline.server.publication.Review;
import org.sightline.server.publication.ReviewState;

/**
 * {@code /api/publication}: the review workflow. Staff submit a version of a record (the roles per
 * kind: {@link PublicationKind}); a second person, an advocate who neither submitted nor wrote it,
 * publishes it; advocates reject and withdraw. Every decision names the review's version ({@code
 * If-Match}) and is audited. A review's preview is what the public would see of it under the active
 * policy; its frozen content is never sent.
 */
@Path("/publication")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class ReviewResource {
  private static final int MAX_LIMIT = 500;

  private final Publications publications;
  private final PublicFeatures features;

  public ReviewResource(Publications publications, PublicFeatures features) {
    this.publications = publications;
    this.features = features;
  }

  /** A submission: the record, the free-text fields marked publishable, a note. */
  public record SubmitBody(
      String kind, String recordId, List<String> publishableText, String note) {}

  /** A decision's note (publish, reject) or reason (withdraw). */
  public record DecisionBody(String note, String reason) {}

  /** A page of reviews; {@code next} is the {@code after} of the next page, or null. */
  public record ReviewPage(List<ReviewView> reviews, Long next) {
    public ReviewPage {
      reviews = List.copyOf(reviews);
    }
  }

  /** A record's publication state. */
  public record RecordStatusView(
      String kind,
      String recordId,
      String currentVersion,
      String state,
      String publishedVersion,
      boolean changedSincePublished,
      List<ReviewView> reviews) {
    public RecordStatusView {
      reviews = List.copyOf(reviews);
    }
  }

  @POST
  @Path("/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit the current version of a record for review",
      responses =
          @ApiResponse(
              responseCode = "201",
              description = "created, with its ETag",
              content = @Content(schema = @Schema(implementation = ReviewView.class))))
  public Response submit(SubmitBody body, @Context SecurityContext security) {
    if (body == null || body.kind() == null || body.recordId() == null) {
      throw new InvalidInputException(
          "the body must name kind (" + PublicationKind.allCodes() + ") and recordId");
    }
    Review review =
        publications.submit(
            user(security),
            new Publications.Submission(
                PublicationKind.fromCode(body.kind()),
                body.recordId(),
                body.publishableText(),
                body.note()));
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, "/api/publication/reviews/" + review.id())
        .header(HttpHeaders.ETAG, ETags.of(review.version()))
        .entity(ReviewView.of(review))
        .build();
  }

  @GET
  @Path("/reviews")
  @Operation(summary = "Reviews, oldest first, by state and kind")
  public ReviewPage list(
      @Parameter(description = "ready, published, rejected, withdrawn or superseded")
          @QueryParam("state")
          String state,
      @Parameter(description = "facility, boundary, zone, observation, claim or event")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "the id after which the page starts") @QueryParam("after")
          Long after,
      @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "500"))
          @QueryParam("limit")
          Integer limit) {
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", got " + size);
    }
    List<Review> reviews =
        publications.list(
            state == null ? null : ReviewState.fromCode(state),
            kind == null ? null : PublicationKind.fromCode(kind),
            after == null ? 0 : after,
            size + 1);
    Long next = reviews.size() > size ? reviews.get(size - 1).id() : null;
    return new ReviewPage(reviews.stream().limit(size).map(ReviewView::of).toList(), next);
  }

  @GET
  @Path("/reviews/{id}")
  @Operation(
      summary = "One review, with its ETag",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the review, with its ETag",
              content = @Content(schema = @Schema(implementation = ReviewView.class))))
  public Response get(@PathParam("id") long id) {
    return withETag(publications.get(id));
  }

  @GET
  @Path("/reviews/{id}/preview")
  @Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
  @Operation(
      summary = "What the public would see of the reviewed version under the active policy",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "a GeoJSON FeatureCollection: what the public would see",
              content = @Content(schema = @Schema(type = "object"))))
  public ObjectNode preview(@PathParam("id") long id) {
    Review review = publications.get(id);
    return PublicFeatureJson.collection(features.preview(review), features.policy());
  }

  @POST
  @Path("/reviews/{id}/publish")
  @RolesAllowed(Role.Names.ADVOCATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish a waiting review (an advocate who neither submitted nor wrote it)",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the review, with its ETag",
              content = @Content(schema = @Schema(implementation = ReviewView.class))))
  public Response publish(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(publications.publish(user(security), id, version, note(body)));
  }

  @POST
  @Path("/reviews/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reject a waiting review (an advocate, or its submitter taking it back)",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the review, with its ETag",
              content = @Content(schema = @Schema(implementation = ReviewView.class))))
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    return withETag(publications.reject(user(security), id, version, note(body)));
  }

  @POST
  @Path("/reviews/{id}/withdraw")
  @RolesAllowed(Role.Names.ADVOCATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Withdraw a published version from the public surface, with a reason",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "the review, with its ETag",
              content = @Content(schema = @Schema(implementation = ReviewView.class))))
  public Response withdraw(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DecisionBody body,
      @Context SecurityContext security) {
    int version = ETags.requireVersion(ifMatch);
    String reason = body == null ? null : body.reason();
    return withETag(publications.withdraw(user(security), id, version, reason));
  }

  /** A live corroborated event, redacted as the public would see it; no preview: kept out. */
  public record EventCandidateView(
      String eventKey, String level, @Schema(type = "object") ObjectNode preview) {}

  @GET
  @Path("/candidates/events")
  @Operation(
      summary =
          "Every live corroborated event as the public would see it under the policy in force,"
              + " for choosing what to submit (advocates read events only this way)")
  public List<EventCandidateView> eventCandidates() {
    return features.eventCandidates().stream()
        .map(
            c ->
                new EventCandidateView(
                    c.eventKey(),
                    c.level(),
                    c.preview()
                        .map(
                            f ->
                                (ObjectNode)
                                    PublicFeatureJson.collection(List.of(f), features.policy())
                                        .get("features")
                                        .get(0))
                        .orElse(null)))
        .toList();
  }

  @GET
  @Path("/records/{kind}/{recordId}")
  @Operation(summary = "A record's publication state: draft, ready, published or withdrawn")
  public RecordStatusView status(
      @PathParam("kind") String kind, @PathParam("recordId") String recordId) {
    Publications.RecordStatus status =
        publications.status(PublicationKind.fromCode(kind), recordId);
    Review published =
        status.reviews().stream()
            .filter(r -> r.state() == ReviewState.PUBLISHED)
            .findFirst()
            .orElse(null);
    Review ready =
        status.reviews().stream()
            .filter(r -> r.state() == ReviewState.READY)
            .findFirst()
            .orElse(null);
    String current = status.currentVersion().orElse(null);
    String state;
    if (ready != null && ready.recordVersion().equals(current)) {
      state = "ready";
    } else if (published != null && published.recordVersion().equals(current)) {
      state = "published";
    } else if (published == null
        && status.reviews().stream().anyMatch(r -> r.state() == ReviewState.WITHDRAWN)) {
      state = "withdrawn";
    } else {
      state = "draft";
    }
    return new RecordStatusView(
        status.kind().code(),
        recordId,
        current,
        state,
        published == null ? null : published.recordVersion(),
        published != null && !published.recordVersion().equals(current),
        status.reviews().stream().map(ReviewView::of).toList());
  }

  private static String note(DecisionBody body) {
    return body == null ? null : body.note();
  }

  private static Response withETag(Review review) {
    return Response.ok(ReviewView.of(review))
        .header(HttpHeaders.ETAG, ETags.of(review.version()))
        .build();
  }

  private static SightlineUser user(SecurityContext security) {
    return RequestSecurityContext.userOf(security);
  }
}
