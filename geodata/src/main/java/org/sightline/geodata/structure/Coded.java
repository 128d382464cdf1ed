package org.sightline.geodata.structure;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sightline.geodata.InvalidDataException;

/**
 * A vocabulary value with a stable code (the database, the API and data files use the code) and
 * labels in English and Korean.
 */
public interface Coded {
  String code();

  String labelEn();

  String labelKo();

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
