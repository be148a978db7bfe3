package dev.parallax.analysis.quote;

/** What kind of source a speaker is, as the words around the speaker describe it. */
public enum SpeakerKind {
  /** Holds office or speaks for a government, an army, a party or an armed group. */
  OFFICIAL,
  /** An analyst, scholar, researcher or think tank. */
  EXPERT,
  /** Someone speaking for themselves: a resident, a protester, a witness. */
  CITIZEN,
  /** A source the text does not name: "officials said", "sources". */
  ANONYMOUS,
  /** Another news organisation or a journalist. */
  OUTLET,
  /** A report, study, statement or set of figures. */
  DOCUMENT,
  /** A collective actor that speaks as one: a group, a movement, a force. */
  GROUP
}
