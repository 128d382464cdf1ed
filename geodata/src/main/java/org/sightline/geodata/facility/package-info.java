/**
 * Facility values and rules shared by every module: the record, its vocabularies, sourced
 * locations, registry text and dated-area fields.
 */
package org.sightline.geodata.facility;
