package org.sightline.geodata.structure;

/**
 * The English and Korean statements of change, worded as published camp analyses word theirs:
 * "Between 2011-06-19 and 2013-02-12 a housing unit appeared (likely).", "Between 2011-06-19 and
 * 2013-02-12 the number of housing units increased 18%, from 43 to 51." Stateless.
 */
public final class ChangeStatements {
  private ChangeStatements() {}
}
