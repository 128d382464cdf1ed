/** The imagery catalogue: storing scenes, their ingest, and coverage and revisit figures per facility. */
package org.sightline.server.catalogue;
