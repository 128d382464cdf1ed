/** HTTP: facility file imports. */
package org.sightline.server.resources.imports;
