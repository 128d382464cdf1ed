/** The one policy of who sees which record: public readers see published records, staff see all. */
package org.sightline.server.visibility;
