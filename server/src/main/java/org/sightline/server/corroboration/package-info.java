/**
 * Corroboration on the server: claims and structure change events loaded as evidence items ({@link
 * org.sightline.server.corroboration.EvidenceItemDao}), clustered by the geodata engine ({@link
 * org.sightline.geodata.corroboration.Corroborator}) whenever a claim, a place, a boundary or a
 * change event changes ({@link org.sightline.server.corroboration.CorroborationRecomputation}),
 * stored as corroborated events with their explanations, and likely duplicate claims proposed for
 * an investigator to confirm or dismiss ({@link
 * org.sightline.server.corroboration.ClaimDuplicates}).
 */
package org.sightline.server.corroboration;
