/**
 * Coverage-guided fuzz tests (Jazzer, {@code @FuzzTest}) of every parser that takes outside input:
 * each target ({@link org.sightline.server.fuzz.ParserTargets}) either returns a value or throws
 * the project's clean validation exception for any input; anything else is a finding. Their corpus
 * is in {@code src/test/resources/org/sightline/server/fuzz/<Class>Inputs/<method>/}. See
 * docs/FUZZING.md.
 */
package org.sightline.server.fuzz;
