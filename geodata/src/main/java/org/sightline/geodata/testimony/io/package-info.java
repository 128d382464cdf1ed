/**
 * Reading claims from files into checked, neutral records: a claims CSV ({@link
 * org.sightline.geodata.testimony.io.ClaimCsvReader}) and the JSON of a Forensic Architecture
 * TimeMap ({@link org.sightline.geodata.testimony.io.TimeMapReader}). Every problem of every row,
 * event or source is collected, each naming where it is and which field; a file that cannot be read
 * at all is refused with one message. Pure parsing: no database, no HTTP. Facilities, testimonies,
 * documents and witnesses named by reference are resolved by the server, which also interprets the
 * claim's time (kept as the string given: EDTF or a witness's words). {@code docs/IMPORT-CLAIMS.md}
 * describes both formats.
 *
 * <p>Places are EPSG:4326 in longitude, latitude order; radii in metres.
 */
package org.sightline.geodata.testimony.io;
