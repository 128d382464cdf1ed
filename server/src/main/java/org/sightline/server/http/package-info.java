/**
 * HTTP filters and policy: access rules per endpoint, bearer tokens, CORS, security headers, size
 * limits.
 */
package org.sightline.server.http;
