package org.sightline.imagery;

/**
 * An item that could not become a {@link Scene}, and why.
 *
 * @param position 1-based position of the item in its input (line for NDJSON and CSV)
 * @param id the item's id when it has one, else null
 * @param reason what is wrong, e.g. {@code eo:cloud_cover 140 is outside 0..100}
 */
public record Rejection(long position, String id, String reason) {}
