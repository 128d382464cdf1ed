/** HTTP: login, logout and API tokens. */
package org.sightline.server.resources.auth;
