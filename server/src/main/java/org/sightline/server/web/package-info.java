/** The web map's translation catalogues, as the server reads them. */
package org.sightline.server.web;
