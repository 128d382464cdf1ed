package org.sightline.server.api;

import java.util.List;

/** OGC API landing page ({@code GET /api/}). */
public record LandingPage(String title, String description, List<Link> links) {}
