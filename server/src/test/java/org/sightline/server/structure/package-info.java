/** Tests of structure change on the server: services on a real PostGIS. */
package org.sightline.server.structure;
