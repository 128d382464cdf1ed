/** HTTP: OGC API - Features (landing page, conformance, collections and items). */
package org.sightline.server.resources.features;
