package org.sightline.server.api;

import java.util.List;

/** OGC API conformance declaration ({@code GET /api/conformance}). */
public record ConformanceDeclaration(List<String> conformsTo) {}
