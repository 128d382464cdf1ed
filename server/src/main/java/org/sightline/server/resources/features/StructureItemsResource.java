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
import org.sightline.geodata.structure.StructureClass;
import org.sightline.server.api.FeatureCollectionDocument;
import org.sightline.server.api.FeatureDocument;
import org.sightline.server.api.MediaTypes;
import org.sightline.server.auth.Role;
import org.sightline.server.errors.EntityNotFoundException;
import org.sightline.server.errors.InvalidInputException;
import org.sightline.server.structure.StructureChange;
import org.sightline.server.structure.StructureRow;
import org.sightline.server.visibility.Visibility;

/**
 * {@code /api/collections/structures/items}: structures followed across scenes, as GeoJSON (their
 * latest drawing), paged by identity; {@code datetime} selects those seen at some time in it,
 * filters {@code facility} and {@code class}. Staff only until publication rules exist.
 */
@Path("/collections/" + FeatureCollections.STRUCTURES + "/items")
@Produces({MediaTypes.GEOJSON, MediaTypes.JSON})
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.INVESTIGATOR, Role.Names.ADVOCATE})
public class StructureItemsResource {
  private static final Set<String> CLASSES = DerivedItemsPage.codes(StructureClass.class);

  private final StructureChange structures;
  private final Clock clock;

  public StructureItemsResource(StructureChange structures, Clock clock) {
    this.structures = structures;
    this.clock = clock;
  }

  @GET
  @Operation(
      summary = "Structures",
      description =
          "GeoJSON FeatureCollection of tracked structures ordered by identity, paged by 'next'"
              + " links; datetime selects those seen at some time in it.")
  public FeatureCollectionDocument<StructureProperties> items(
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
      @Parameter(description = "opaque; from a 'next' link") @QueryParam("cursor") String cursor) {
    ItemsQuery query = ItemsQuery.parse(uri.getQueryParameters(), Set.of("facility", "class"));
    LocalDate[] span = query.dateSpan();
    StructureChange.Page<StructureRow> page =
        structures.structurePage(
            Visibility.of(security),
            query.filters().get("facility"),
            span[0],
            span[1],
            DerivedItemsPage.bbox(query),
            query.codes("class", CLASSES),
            query.afterId() == null ? null : parseIdentity(query.afterId()),
            query.limit());
    List<FeatureDocument<StructureProperties>> features =
        page.items().stream().map(StructureItemsResource::feature).toList();
    String last =
        page.items().isEmpty()
            ? null
            : Long.toString(page.items().get(page.items().size() - 1).identityId());
    return DerivedItemsPage.document(
        FeatureCollections.STRUCTURES,
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
  @Operation(summary = "One structure")
  public FeatureDocument<StructureProperties> item(
      @PathParam("featureId") String featureId,
      @Context UriInfo uri,
      @Context SecurityContext security) {
    long id;
    try {
      id = Long.parseLong(featureId);
    } catch (NumberFormatException e) {
      throw new EntityNotFoundException(
          "there is no structure '" + featureId + "'; structure ids are numbers");
    }
    StructureRow row =
        structures
            .structure(id, Visibility.of(security))
            .orElseThrow(() -> new EntityNotFoundException("there is no structure " + id));
    return FeatureDocument.of(
        Long.toString(row.identityId()),
        row.geometry(),
        StructureProperties.of(row),
        DerivedItemsPage.itemLinks(FeatureCollections.STRUCTURES, uri));
  }

  private static FeatureDocument<StructureProperties> feature(StructureRow row) {
    return FeatureDocument.of(
        Long.toString(row.identityId()), row.geometry(), StructureProperties.of(row), null);
  }

  private static long parseIdentity(String cursor) {
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "cursor is not from this collection; use the href of a 'next' link as given");
    }
  }
}
