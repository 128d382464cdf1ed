/** The one Jackson configuration shared by every module. */
package org.sightline.geodata.json;
