package org.sightline.server.api;

import java.util.List;

/** {@code GET /api/collections}. */
public record CollectionList(List<Link> links, List<CollectionDescription> collections) {}
