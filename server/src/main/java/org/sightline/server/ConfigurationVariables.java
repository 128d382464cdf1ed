package org.sightline.server;

import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.TextStringBuilder;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * {@code ${NAME}} in a configuration file: the environment variable NAME, or {@code ${NAME:-text}}
 * with a default. Strict: a variable that is not set and has no default refuses the configuration
 * with one line naming it (not an unresolved {@code ${NAME}} left in a setting), so a production
 * configuration whose {@code ${SIGHTLINE_DB_PASSWORD}} is missing from the environment does not
 * start. Applies to the whole file, comments included. Variables may hold further {@code ${...}}.
 */
public final class ConfigurationVariables extends StringSubstitutor {
  private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve variable '([^']*)'");

  /**
   * @param environment the variables (the process's environment; tests give their own)
   */
  public ConfigurationVariables(Map<String, String> environment) {
    super(StringLookupFactory.INSTANCE.mapStringLookup(Map.copyOf(environment)));
    setEnableUndefinedVariableException(true);
    setEnableSubstitutionInVariables(true);
  }

  @Override
  protected boolean substitute(TextStringBuilder text, int offset, int length) {
    try {
      return super.substitute(text, offset, length);
    } catch (IllegalArgumentException unresolved) {
      Matcher name = UNRESOLVED.matcher(String.valueOf(unresolved.getMessage()));
      String variable = name.find() ? name.group(1) : "?";
      throw new UndefinedEnvironmentVariableException(
          "the configuration uses the environment variable "
              + variable
              + ", which is not set: set it, or give a default as ${"
              + variable
              + ":-default}");
    }
  }
}
