/**
 * The map workspace's dense layers (imagery footprints, change events, corroborated events) as
 * server-side aggregates: individual features when few enough for the view, period and zoom, else
 * counts on a square grid; with the time span and per-period histograms the time slider needs.
 * Queries only; the HTTP side is {@code resources.map}.
 */
package org.sightline.server.map;
