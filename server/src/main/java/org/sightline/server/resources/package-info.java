/** JAX-RS resources of the HTTP API, one package per area. */
package org.sightline.server.resources;
