package org.sightline.geodata.vocabulary;

import com.google.errorprone.annotations.Immutable;

/**
 * A vocabulary value's stable code and its labels in English and Korean.
 *
 * @param code lower case words joined by hyphens ({@code prisoner-housing}), as stored and sent
 */
@Immutable
public record CodeLabels(String code, String labelEn, String labelKo) {}
