package org.sightline.server.sealing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sightline.server.errors.InvalidInputException;

/**
 * What identifies a witness, and is therefore only ever stored sealed ({@link
 * Sealer#sealIdentity}): working tables know the witness by a pseudonymous code. {@link
 * #toString()} is redacted, so the details never reach a log by accident.
 *
 * @param fullName the name the witness gives, in any script (required)
 * @param otherNames other names and spellings: a Hangul name beside a romanised one, a former name,
 *     an alias (never null; may be empty)
 * @param contacts the witness's own phone numbers, e-mail addresses, messenger handles (never null;
 *     may be empty)
 * @param exactBirthDate the birth date, or null when it is not known exactly
 * @param photoEvidenceSha256 the SHA-256 (hex) of the evidence file holding the witness's photo, or
 *     null
 */
public record WitnessIdentity(
    String fullName,
    List<String> otherNames,
    List<String> contacts,
    LocalDate exactBirthDate,
    String photoEvidenceSha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  /** The format version written into every sealed identity. */
  static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /**
   * @throws InvalidInputException when the full name is blank, another name or a contact is blank,
   *     or the photo hash is not 64 hexadecimal digits (the message names the field, never its
   *     value)
   */
  public WitnessIdentity {
    if (fullName == null || fullName.isBlank()) {
      throw new InvalidInputException("fullName must not be blank");
    }
    otherNames = nonBlank("otherNames", otherNames);
    contacts = nonBlank("contacts", contacts);
    if (photoEvidenceSha256 != null) {
      if (!SHA256.matcher(photoEvidenceSha256).matches()) {
        throw new InvalidInputException(
            "photoEvidenceSha256 must be 64 hexadecimal digits (the SHA-256 of an evidence file)");
      }
      photoEvidenceSha256 = photoEvidenceSha256.toLowerCase(Locale.ROOT);
    }
  }

  /** A witness known by a name only. */
  public static WitnessIdentity named(String fullName) {
    return new WitnessIdentity(fullName, List.of(), List.of(), null, null);
  }

  private static List<String> nonBlank(String field, List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        throw new InvalidInputException(field + "[" + i + "] must not be blank");
      }
      copy.add(value);
    }
    return List.copyOf(copy);
  }

  /** Redacted: says how much is recorded, never what. */
  @Override
  public String toString() {
    return "WitnessIdentity[redacted: "
        + (1 + otherNames.size())
        + " name(s), "
        + contacts.size()
        + " contact(s)"
        + (exactBirthDate == null ? "" : ", birth date")
        + (photoEvidenceSha256 == null ? "" : ", photo")
        + "]";
  }

  /** The identity as the JSON that is sealed (UTF-8). */
  byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(
          new Stored(
              FORMAT,
              fullName,
              otherNames,
              contacts,
              exactBirthDate == null ? null : exactBirthDate.toString(),
              photoEvidenceSha256));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a witness identity as JSON", e);
    }
  }

  /**
   * The identity from its {@link #toJson()} bytes.
   *
   * @throws IllegalArgumentException when they are not (the message holds nothing of them)
   */
  static WitnessIdentity fromJson(byte[] json) {
    Stored stored;
    try {
      stored = JSON.readValue(json, Stored.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a sealed witness identity (JSON)");
    }
    if (stored.v() != FORMAT) {
      throw new IllegalArgumentException(
          "a sealed witness identity of format " + stored.v() + ", expected " + FORMAT);
    }
    try {
      return new WitnessIdentity(
          stored.fullName(),
          stored.otherNames(),
          stored.contacts(),
          stored.exactBirthDate() == null ? null : LocalDate.parse(stored.exactBirthDate()),
          stored.photoEvidenceSha256());
    } catch (DateTimeParseException | InvalidInputException e) {
      throw new IllegalArgumentException("not a valid sealed witness identity");
    }
  }

  /** The JSON shape of a sealed identity ({@code v}: {@link #FORMAT}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Stored(
      int v,
      String fullName,
      List<String> otherNames,
      List<String> contacts,
      String exactBirthDate,
      String photoEvidenceSha256) {}
}
