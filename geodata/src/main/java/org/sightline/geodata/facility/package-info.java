/** Facility values shared by every module: the record, its type and status vocabularies, sourced locations. */
package org.sightline.geodata.facility;
