/**
 * Sealing of witness identity: authenticated encryption (Tink AEAD, AES-256-GCM) of identifying
 * details bound to their record, and keyed fingerprints (Tink PRF, HMAC-SHA256) of normalised
 * identifying details for finding the same person across organisations without revealing who it is.
 * The keys come from one keyset file or environment variable ({@link SealingKeys}). See
 * docs/SECURITY.md, "Sealing witness identity".
 */
package org.sightline.server.sealing;
