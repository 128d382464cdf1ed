/**
 * Controlled vocabularies: values with a stable code, stored and sent as the code, and labels in
 * English and Korean ({@link org.sightline.geodata.vocabulary.Coded}).
 */
package org.sightline.geodata.vocabulary;
