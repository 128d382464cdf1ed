/** Domain errors and their single mapping to the JSON error shape {"code", "message"}. */
package org.sightline.server.errors;
