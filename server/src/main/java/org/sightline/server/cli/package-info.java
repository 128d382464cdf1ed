/**
 * Command-line commands: database, users, tokens, audit verification, imagery ingest, the sealing
 * keys, and the server command.
 */
package org.sightline.server.cli;
