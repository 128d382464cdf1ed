/**
 * The facility registry: facilities, their dated boundaries and zones, edits with history and
 * version checks.
 */
package org.sightline.server.registry;
