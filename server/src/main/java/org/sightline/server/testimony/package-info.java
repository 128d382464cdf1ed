/**
 * Testimony: contributing organisations, witnesses known by a pseudonymous code (their identifying
 * details sealed), testimonies, documentary sources with their lineage, and claims with uncertain
 * time and place. One service per aggregate ({@link org.sightline.server.testimony.Witnesses},
 * {@link org.sightline.server.testimony.Testimonies}, ...) over one DAO each; every write is one
 * attributed transaction, versioned for If-Match, soft-deleted with a reason. Investigators' data:
 * resources check roles.
 */
package org.sightline.server.testimony;
