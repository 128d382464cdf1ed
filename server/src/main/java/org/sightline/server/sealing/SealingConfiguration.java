package org.sightline.server.sealing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;

/**
 * The {@code sealing} section: where the sealing keyset is ({@link SealingKeys}). Either a file
 * ({@code keysetFile}; empty: {@value #ROOT_DEFAULT} as root, else {@code
 * ~/.config/sightline/sealing-keyset.json}) or, when it is set, the environment variable named by
 * {@code keysetVariable} (default {@value #DEFAULT_VARIABLE}) holding the keyset file's JSON text.
 * Setting both is refused at start. There is no built-in keyset: a server without one does not
 * start.
 */
public class SealingConfiguration {
  /** The keyset file of a server running as root, when none is configured. */
  public static final String ROOT_DEFAULT = "/etc/sightline/sealing-keyset.json";

  /** The environment variable that may hold the keyset JSON, when none is configured. */
  public static final String DEFAULT_VARIABLE = "SIGHTLINE_SEALING_KEYSET";

  /**
   * Empty or null: {@value #ROOT_DEFAULT} as root, else ~/.config/sightline/sealing-keyset.json.
   */
  @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL")
  @JsonProperty
  private String keysetFile = "";

  @NotNull
  @Pattern(
      regexp = "[A-Za-z_][A-Za-z0-9_]*",
      message = "must be an environment variable name (letters, digits, underscores)")
  @JsonProperty
  private String keysetVariable = DEFAULT_VARIABLE;

  public SealingConfiguration() {}

  /** A configuration naming {@code keysetFile} (empty for the default) and the default variable. */
  public SealingConfiguration(String keysetFile) {
    this.keysetFile = keysetFile;
  }

  /** Whether a keyset file is named in the configuration (rather than the default location). */
  public boolean keysetFileConfigured() {
    return keysetFile != null && !keysetFile.isBlank();
  }

  /** The keyset file: the configured one, or the default location for this user. */
  public Path resolvedKeysetFile() {
    if (keysetFileConfigured()) {
      return Path.of(keysetFile.strip());
    }
    if ("root".equals(System.getProperty("user.name"))) {
      return Path.of(ROOT_DEFAULT);
    }
    return Path.of(System.getProperty("user.home"), ".config", "sightline", "sealing-keyset.json");
  }

  /** The name of the environment variable that may hold the keyset JSON instead of a file. */
  public String keysetVariable() {
    return keysetVariable;
  }
}
