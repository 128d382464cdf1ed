/**
 * The STAC API's representations (landing page, collections, item collections, links), as records.
 */
package org.sightline.server.api.stac;
