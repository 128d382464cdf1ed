package org.sightline.server.evidence;

/**
 * Bytes received into the store.
 *
 * @param sha256 lowercase hex SHA-256 of the bytes
 * @param sizeBytes how many bytes
 * @param alreadyPresent true when identical bytes were already stored (nothing new was written)
 */
public record StoredContent(String sha256, long sizeBytes, boolean alreadyPresent) {}
