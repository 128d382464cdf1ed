/**
 * The testimony API: organisations, witnesses (with the audited unseal and merge proposals),
 * testimonies, documentary sources and claims (with likely duplicates). Investigators only: the
 * admin role does not include them (witness safety; docs/SECURITY.md).
 */
package org.sightline.server.resources.testimony;
