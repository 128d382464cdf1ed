/** HTTP: imagery ingest, coverage and revisit gaps per facility. */
package org.sightline.server.resources.imagery;
