/** Accounts, roles, passwords, login throttling and API tokens. */
package org.sightline.server.auth;
