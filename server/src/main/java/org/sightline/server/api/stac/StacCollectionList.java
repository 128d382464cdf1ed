package org.sightline.server.api.stac;

import java.util.List;

/** The collections of the catalogue ({@code GET /api/stac/collections}). */
public record StacCollectionList(List<StacCollection> collections, List<StacLink> links) {}
