/**
 * Text rules for names: the Revised Romanization of Korean, ids made from names, and the characters
 * refused in text that people read ({@link org.sightline.geodata.text.DisplayText}).
 */
package org.sightline.geodata.text;
