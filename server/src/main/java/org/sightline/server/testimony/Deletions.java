package org.sightline.server.testimony;

import org.sightline.geodata.text.FieldText;
import org.sightline.server.errors.InvalidInputException;

/** The reason every soft delete, unseal and decision on testimony data must give. */
final class Deletions {
  private Deletions() {}

  /**
   * @throws InvalidInputException when there is no reason
   */
  static String reason(String reason) {
    return reasonFor("delete", reason);
  }

  /** The reason for {@code action} (delete, unseal, confirm...), required and checked as text. */
  static String reasonFor(String action, String reason) {
    String text = FieldText.optional("reason", reason, FieldText.MAX_NAME * 5);
    if (text == null) {
      throw new InvalidInputException(
          "reason is required: no " + action + " without saying why ({\"reason\": \"...\"})");
    }
    return text;
  }
}
