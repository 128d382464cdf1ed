/** Dates, instants and intervals on the UTC time line, and the one parser of their text forms. */
package org.sightline.geodata.time;
