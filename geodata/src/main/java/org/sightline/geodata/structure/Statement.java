package org.sightline.geodata.structure;

/** One statement in English and Korean, worded as published imagery analyses word theirs. */
public record Statement(String en, String ko) {}
