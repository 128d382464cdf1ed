/** Command-line commands: database, users, tokens, audit verification and imagery ingest. */
package org.sightline.server.cli;
