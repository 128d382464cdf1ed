/**
 * The vocabularies of testimony: claim types, the Admiralty grades of sources and information, how
 * a witness knows of an event, witnesses' open attributes (gender, province of origin, relation to
 * a facility), consent and the originating organisation's sharing restriction. Each is a {@link
 * org.sightline.geodata.vocabulary.Coded} enum: stored and sent as its code, labelled in English
 * and Korean.
 */
package org.sightline.geodata.testimony;
