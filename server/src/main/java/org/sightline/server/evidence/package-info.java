/**
 * Evidence intake and custody: content-addressed storage, integrity checks and the custody chain.
 */
package org.sightline.server.evidence;
