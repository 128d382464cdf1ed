package org.sightline.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sightline.geodata.InvalidDataException;
import org.sightline.server.errors.InvalidFieldsException;
import org.sightline.server.errors.InvalidInputException;

/**
 * Collects every problem of one input while its fields are checked one after another, instead of
 * stopping at the first. Not thread-safe: one per check.
 */
public final class FieldProblems {
  private final List<String> problems = new ArrayList<>();

  /** The field's checked value, or null when its check failed (the problem is kept). */
  public <T> T check(Supplier<T> field) {
    try {
      return field.get();
    } catch (InvalidFieldsException e) {
      problems.addAll(e.problems());
    } catch (InvalidDataException e) {
      problems.addAll(e.problems());
    } catch (InvalidInputException e) {
      problems.add(e.getMessage());
    }
    return null;
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * @throws InvalidFieldsException listing every problem, when there is any
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
  }
}
