/** HTTP: the facility registry's own API (facilities, boundaries, zones, publication). */
package org.sightline.server.resources.facilities;
