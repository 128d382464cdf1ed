/**
 * The imagery catalogue: storing scenes and their ingest, the STAC search, and coverage per
 * facility (SQL in SceneDao only).
 */
package org.sightline.server.catalogue;
