package org.sightline.server.evidence;

/**
 * The answer to an upload.
 *
 * @param duplicate true when these exact bytes were already held: nothing new was stored, and the
 *     upload was recorded as a {@code resubmit} custody event on the existing item
 */
public record Intake(EvidenceItem item, boolean duplicate) {}
