package org.sightline.geodata.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.sightline.geodata.InvalidDataException;

/**
 * A vocabulary value with a stable code (the database, the API and data files use the code) and
 * labels in English and Korean.
 */
public interface Coded {
  /** The code and its labels. */
  CodeLabels labels();

  /** The stable code; JSON writes the value as it. */
  @JsonValue
  default String code() {
    return labels().code();
  }

  default String labelEn() {
    return labels().labelEn();
  }

  default String labelKo() {
    return labels().labelKo();
  }

  /**
   * The value of {@code type} whose code is {@code code}.
   *
   * @param field the field named in the refusal, for example {@code "class"}
   * @throws InvalidDataException naming the field, the value and the allowed codes
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String field, String code) {
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    throw new InvalidDataException(
        field
            + ": unknown value '"
            + code
            + "'; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", ")));
  }
}
