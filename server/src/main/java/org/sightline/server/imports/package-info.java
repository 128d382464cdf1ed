/** Importing features read by {@code geodata.io} into the registry, transactionally. */
package org.sightline.server.imports;
