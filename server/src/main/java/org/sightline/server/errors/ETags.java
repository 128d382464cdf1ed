package org.sightline.server.errors;

/**
 * Record versions as strong entity tags: version 3 is {@code "v3"}. A client sends back the tag it
 * read in {@code If-Match}; an edit without one is refused (precondition required), a stale one too
 * (stale version).
 */
public final class ETags {
  private ETags() {}

  public static String of(int version) {
    return "\"v" + version + "\"";
  }

  /**
   * The version named by an {@code If-Match} header.
   *
   * @throws PreconditionRequiredException when the header is missing
   * @throws InvalidInputException when it is not a tag this server issued
   */
  public static int requireVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException(
          "this edit needs an If-Match header with the ETag you read"
              + " (e.g. If-Match: \"v3\"), so that a concurrent edit is never overwritten");
    }
    String tag = ifMatch.strip();
    if (!tag.matches("\"v[1-9][0-9]{0,8}\"")) {
      throw new InvalidInputException(
          "If-Match must be an ETag this server issued, like \"v3\"; got " + tag);
    }
    return Integer.parseInt(tag.substring(2, tag.length() - 1));
  }
}
