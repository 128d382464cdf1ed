/** HTTP: user accounts and their roles (administrators). */
package org.sightline.server.resources.users;
