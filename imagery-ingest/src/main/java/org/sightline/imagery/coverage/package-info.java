/**
 * Imagery coverage of a place without a database: which scenes are usable, and the revisit gaps
 * between them.
 */
package org.sightline.imagery.coverage;
