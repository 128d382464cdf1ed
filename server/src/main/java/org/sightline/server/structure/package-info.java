/**
 * Structure change on the server: observations stored with their drawings and unassessable areas
 * ({@link org.sightline.server.structure.Observations}), the analysts' identity overrides ({@link
 * org.sightline.server.structure.StructureOverrides}), and what is derived from them per facility
 * ({@link org.sightline.server.structure.StructureRecomputation}: tracked structures and change
 * events, through {@code geodata.structure.StructureTracker}), read back by {@link
 * org.sightline.server.structure.StructureChange}.
 */
package org.sightline.server.structure;
