/**
 * Corroboration: which events independent sources agree on. Evidence items (claims from testimony,
 * structure changes from imagery, statements in documents; {@link
 * org.sightline.geodata.corroboration.EvidenceItem}) match when their types are compatible ({@link
 * org.sightline.geodata.corroboration.TypeCompatibility}, rules as data) and their times and places
 * agree within {@link org.sightline.geodata.corroboration.Tolerances}; an event is a connected
 * cluster of matches ({@link org.sightline.geodata.corroboration.Corroborator}), its level the
 * number and kinds of its independent sources ({@link
 * org.sightline.geodata.corroboration.CorroborationLevel}), and it explains itself ({@link
 * org.sightline.geodata.corroboration.Explanation}). Deterministic, index-based, incremental.
 *
 * <p>Times are plain {@link java.time.LocalDate} pairs (inclusive, null = open). Geometries are
 * EPSG:4326 with SRID 4326, longitude/latitude order; distances are metres and areas square metres.
 * Every public type is immutable and thread-safe. Rules, levels and a worked example: {@code
 * docs/CORROBORATION.md}.
 */
package org.sightline.geodata.corroboration;
