/**
 * Reading satellite scene metadata (STAC Items and catalogues, scene CSVs) into validated scenes,
 * with no database.
 */
package org.sightline.imagery;
