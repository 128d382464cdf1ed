/** Database setup and migrations (Flyway), the Jdbi instance and shared row mapping. */
package org.sightline.server.db;
