package org.sightline.geodata.geom;

import java.util.List;
import java.util.stream.Collectors;

/** A geometry failed {@link GeometryCheck}; the message lists each problem with its location. */
public class InvalidGeometryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<GeometryProblem> problems;

  public InvalidGeometryException(List<GeometryProblem> problems) {
    super(problems.stream().map(GeometryProblem::describe).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<GeometryProblem> problems() {
    return problems;
  }
}
