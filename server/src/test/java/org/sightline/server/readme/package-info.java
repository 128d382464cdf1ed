/**
 * The README's shell examples, read from {@code README.md} and run against a fresh instance: every
 * example must work as written on a fresh install.
 */
package org.sightline.server.readme;
