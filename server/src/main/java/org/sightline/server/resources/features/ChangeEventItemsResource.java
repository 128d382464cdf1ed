package org.sightline.server.resources.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sightline.geodata.structure.ChangeKind;
import org.sightline.geodata.structure.StructureClass;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.structure.ChangeEventRow;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/collections/change-events/items}: change events as GeoJSON (the drawing showing the
 * new state), paged by key; {@code datetime} selects the events whose bracket [earliest, latest]
 * meets it; filters {@code facility}, {@code class}, {@code kind}. Staff only until publication
 * rules exist.
 */
@Path("/collections/" + FeatureCollections.CHANGE_EVENTS + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class ChangeEventItemsResource {
  private static final Set<String> CLASSES = DerivedItemsPage.codes(StructureClass.class);
  private static final Set<String> KINDS = DerivedItemsPage.codes(ChangeKind.class);

  private final StructureChange structures;
  private final Clock clock;

  public ChangeEventItemsResource(StructureChange structures, Clock clock) {
    this.structures = structures;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Change events",
      description =
          "GeoJSON FeatureCollection of change events ordered by key, paged by 'next' links;"
              + " datetime selects the events whose bracket meets it.")
  public FeatureCollectionDocument<ChangeEventProperties> items(
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Parameter(
              description = "page size (larger values are reduced to 1000)",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84") @QueryParam("bbox")
          String bbox,
      @Parameter(description = "RFC 3339 instant, date or interval") @QueryParam("datetime")
          String datetime,
      @Parameter(description = "a facility id") @QueryParam("facility") String facility,
      @Parameter(description = "comma-separated class codes") @QueryParam("class")
          String structureClass,
      @Parameter(description = "comma-separated kinds (appeared, disappeared, ...)")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor) {
    ItemsQuery query =
        ItemsQuery.parse(uri.getQueryParameters(), Set.of("facility", "class", "kind"));
    LocalDate[] span = query.dateSpan();
    StructureChange.Page<ChangeEventRow> page =
        structures.eventPage(
            Visibility.of(security),
            query.filters().get("facility"),
            span[0],
            span[1],
            DerivedItemsPage.bbox(query),
            query.codes("class", CLASSES),
            query.codes("kind", KINDS),
            query.afterId(),
            query.limit());
    List<FeatureDocument<ChangeEventProperties>> features =
        page.items().stream().map(ChangeEventItemsResource::feature).toList();
    String last =
        page.items().isEmpty() ? null : page.items().get(page.items().size() - 1).eventKey();
    return DerivedItemsPage.document(
        FeatureCollections.CHANGE_EVENTS,
        uri,
        query,
        features,
        page.hasMore(),
        last,
        page.numberMatched(),
        clock);
  }

  @GET
  @Path("{featureId}")
  @Operation(summary = "One change event")
  public FeatureDocument<ChangeEventProperties> item(
      @PathParam("featureId") String featureId,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    ChangeEventRow row =
        structures
            .event(featureId, Visibility.of(security))
            .orElseThrow(
                () -> new EntityNotFoundException("there is no change event '" + featureId + "'"));
    return FeatureDocument.of(
        row.eventKey(),
        row.geometry(),
        ChangeEventProperties.of(row),
        DerivedItemsPage.itemLinks(FeatureCollections.CHANGE_EVENTS, uri));
  }

  private static FeatureDocument<ChangeEventProperties> feature(ChangeEventRow row) {
    return FeatureDocument.of(row.eventKey(), row.geometry(), ChangeEventProperties.of(row), null);
  }
}
