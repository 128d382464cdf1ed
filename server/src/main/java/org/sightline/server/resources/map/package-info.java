/** HTTP: what the web map needs to start (configuration and vocabularies). */
package org.sightline.server.resources.map;
