/** Text rules for names: the Revised Romanization of Korean, and ids made from names. */
package org.sightline.geodata.text;
