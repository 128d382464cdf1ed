package org.sightline.server.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** Credentials of the role that owns the schema and runs migrations (external databases only). */
public class SchemaOwnerConfiguration {
  @NotBlank @JsonProperty private String user;

  @JsonProperty private String password = "";

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }
}
