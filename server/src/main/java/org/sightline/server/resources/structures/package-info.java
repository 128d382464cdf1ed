/**
 * The structure-change endpoints: observations, a facility's structures, change events and time
 * series, identity overrides, boundaries proposed from observed perimeters, and digitized-layer
 * imports. Staff only (any role reads, analysts and admins write).
 */
package org.sightline.server.resources.structures;
