package org.sightline.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A facility as a client sends it to create (with {@code id}) or replace (without). Text is checked
 * and NFC-normalised by {@link FacilityRegistry}; {@code location} is a GeoJSON geometry.
 *
 * @param statusSince ISO date {@code YYYY-MM-DD}, or null
 */
public record FacilityEdit(
    String id,
    String name,
    String nameKo,
    String nameMr,
    String nameRr,
    List<String> aliases,
    String type,
    String status,
    String statusSince,
    String controllingAgency,
    String province,
    String description,
    JsonNode location) {}
