package org.sightline.geodata.corroboration;

/**
 * How an event's level depends on the tolerances: the level of the event that contains this event's
 * first member when the clustering is re-run with the tolerances halved and doubled.
 *
 * @param halved the level with both tolerances halved
 * @param level the level with the tolerances used
 * @param doubled the level with both tolerances doubled
 * @param membersHalved the members of that event with the tolerances halved
 * @param members the members of this event
 * @param membersDoubled the members of that event with the tolerances doubled
 * @param holds whether the level is the same at all three
 * @param text in one English sentence
 */
public record Sensitivity(
    CorroborationLevel halved,
    CorroborationLevel level,
    CorroborationLevel doubled,
    int membersHalved,
    int members,
    int membersDoubled,
    boolean holds,
    String text) {}
