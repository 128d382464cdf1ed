/**
 * The bundled sample data (facilities and scenes, with their sources and licences) and its loader.
 */
package org.sightline.server.sample;
