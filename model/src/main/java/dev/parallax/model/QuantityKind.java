package dev.parallax.model;

/** What a {@link QuantityMention} measures. The names are those of the quantities protocol. */
public enum QuantityKind {
  /** A bare count or number: "3.7 million", "two", "a dozen". */
  NUMBER,
  /** A percentage as written: "56%" has value 56. Percentage points are a {@link #QUANTITY} with unit {@code pp}. */
  PERCENT,
  /** An amount of money; the unit is an ISO 4217 code. */
  MONEY,
  /** A measured amount with a physical unit: "12 km", "40 tonnes". */
  QUANTITY,
  /** A range of numbers whose kind is carried by the unit: "35-30 thousand", "10 to 12%". */
  RANGE,
  /** A calendar date or period: "August 2021", "last week". */
  DATE,
  /** A time of day, possibly with a date: "6pm", "Wednesday at 10:30". */
  TIME,
  /** A length of time: "nearly 20 years", "two decades". */
  DURATION,
  /** A rank: "third", "21st". */
  ORDINAL
}
