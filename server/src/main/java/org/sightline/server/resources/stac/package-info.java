/** HTTP: the STAC API over the imagery catalogue (landing, collections, items, search). */
package org.sightline.server.resources.stac;
