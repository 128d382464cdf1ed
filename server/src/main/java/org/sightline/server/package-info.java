/**
 * The Dropwizard application: its configuration and the wiring of every bundle, resource and
 * command.
 */
package org.sightline.server;
