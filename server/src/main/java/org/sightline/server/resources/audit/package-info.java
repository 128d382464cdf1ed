/** HTTP: reading and verifying the audit log. */
package org.sightline.server.resources.audit;
