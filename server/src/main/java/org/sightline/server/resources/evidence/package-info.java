/** HTTP: evidence upload, download and custody. */
package org.sightline.server.resources.evidence;
