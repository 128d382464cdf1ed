package org.sightline.server.api.stac;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The STAC API landing page, a Catalog ({@code GET /api/stac}). */
public record StacCatalog(
    String type,
    @JsonProperty("stac_version") String stacVersion,
    String id,
    String title,
    String description,
    List<String> conformsTo,
    List<StacLink> links) {}
