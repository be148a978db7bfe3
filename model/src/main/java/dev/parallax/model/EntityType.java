package dev.parallax.model;

/** The broad class of a named entity. */
public enum EntityType {
  /** A named person. */
  PERSON,
  /** A government, party, company, agency, armed group or other organisation. */
  ORGANIZATION,
  /** A country, city, province, region or landmark. */
  PLACE,
  /** Anything else with a proper name: an event, a law, a document. */
  OTHER
}
