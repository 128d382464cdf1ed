package org.sightline.imagery;

/** The outcome of reading one item: a scene, or a rejection with its reason. */
public sealed interface ParsedItem permits ParsedItem.Accepted, ParsedItem.Rejected {
  record Accepted(Scene scene) implements ParsedItem {}

  record Rejected(Rejection rejection) implements ParsedItem {}
}
