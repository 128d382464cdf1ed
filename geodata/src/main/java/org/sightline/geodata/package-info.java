/**
 * The domain model and its rules, with no database and no HTTP; {@code InvalidDataException} is its
 * one refusal.
 */
package org.sightline.geodata;
