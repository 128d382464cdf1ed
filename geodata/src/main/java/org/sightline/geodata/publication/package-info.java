/**
 * What the public may see: the redaction rules ({@link RedactionRules}) and the pure functions that
 * apply them, generalising a place ({@link PlaceGeneraliser}) and a time ({@link DateGeneraliser}).
 * No database, no HTTP: the server's query layer calls these on every public response and export.
 */
package org.sightline.geodata.publication;
