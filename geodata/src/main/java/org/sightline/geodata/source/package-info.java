/** Where a record comes from: sources with their publisher, licence and access date. */
package org.sightline.geodata.source;
