/** Tests of the production deployment: its configuration example, metrics and login limits. */
package org.sightline.server.ops;
