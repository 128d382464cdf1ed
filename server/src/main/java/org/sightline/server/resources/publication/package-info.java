/**
 * Publication over HTTP: reviews ({@code /api/publication}), the redaction policy ({@code
 * /api/redaction-policy}) and the public layers ({@code /api/public/features}).
 */
package org.sightline.server.resources.publication;
