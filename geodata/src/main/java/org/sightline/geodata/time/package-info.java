/**
 * Times: dates, instants and intervals on the UTC time line, and the one parser of their text forms
 * ({@link org.sightline.geodata.time.TimeParser}); and the uncertain times of testimony ({@link
 * org.sightline.geodata.time.UncertainTime}), a span of days with its precision and EDTF
 * qualifiers, written and read as EDTF Levels 0 and 1 ({@link org.sightline.geodata.time.Edtf}),
 * read from Korean and English statements ({@link org.sightline.geodata.time.TimeStatements}), and
 * exported with the ACLED and UCDP precision codes ({@link
 * org.sightline.geodata.time.PrecisionCodes}), never as a midpoint.
 */
package org.sightline.geodata.time;
