package org.sightline.server.structure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.sightline.geodata.structure.MatchingParameters;

/**
 * The {@code structureMatching} section: how structures are matched across observations and when a
 * difference is a change ({@link MatchingParameters}; each default is {@link
 * MatchingParameters#DEFAULTS}'s). A change takes effect at the next recomputation of each facility
 * (any write of its observations or overrides).
 */
public class StructureMatchingConfiguration {
  /** Least intersection over union for two drawings of one class to be one structure. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  @JsonProperty
  private double iouThreshold = MatchingParameters.DEFAULTS.iouThreshold();

  /** Least intersection over union for drawings of different classes (a change of class). */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  @JsonProperty
  private double classChangeIouThreshold = MatchingParameters.DEFAULTS.classChangeIouThreshold();

  /** Half-width in metres given to fence and wall lines so that they overlap. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("100")
  @JsonProperty
  private double lineBufferM = MatchingParameters.DEFAULTS.lineBufferM();

  /** Least relative change of area or length that is an expansion or a reduction. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("10")
  @JsonProperty
  private double sizeChangeRatio = MatchingParameters.DEFAULTS.sizeChangeRatio();

  /** Least displacement in metres of a perimeter that is a move. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("10000")
  @JsonProperty
  private double moveThresholdM = MatchingParameters.DEFAULTS.moveThresholdM();

  /** Least share of a structure's place seen for its absence to count. */
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax("1")
  @JsonProperty
  private double assessableShare = MatchingParameters.DEFAULTS.assessableShare();

  /** Checked when the configuration is read: a change of class needs at least as much overlap. */
  @JsonIgnore
  @AssertTrue(message = "classChangeIouThreshold must be at least iouThreshold")
  public boolean isClassChangeThresholdAtLeastSameClass() {
    return classChangeIouThreshold >= iouThreshold;
  }

  /**
   * The parameters; the class-change threshold may not be below the same-class one.
   *
   * @throws IllegalArgumentException saying which value is out of its range
   */
  public MatchingParameters parameters() {
    return new MatchingParameters(
        iouThreshold,
        classChangeIouThreshold,
        lineBufferM,
        sizeChangeRatio,
        moveThresholdM,
        assessableShare);
  }
}
