package org.sightline.geodata.facility;

/**
 * The fields one kind of dated area has beyond those every dated area has ({@link AreaFields}): a
 * zone's key, names and kind ({@link ZoneLabel}). A kind without such fields (boundaries) has no
 * label (null). SQL binds a label's accessors by name, as {@code :label.<accessor>}.
 */
public sealed interface AreaLabel permits ZoneLabel {}
