package dev.parallax.analysis.bias;

/** The kinds of framing cue the framing lexicon lists. */
public enum Cue {
  /** Turns up the volume: "utterly", "massive". */
  INTENSIFIER,
  /** A charged word or label with a judgement of its own: "regime", "thugs". */
  LOADED,
  /** A word VADER scores that news uses to state facts ("killed"); never flagged. */
  NEUTRAL,
  /** Puts a name or claim at arm's length: "so-called", "self-styled". */
  DISTANCING,
  /** A softener: "probably", "it seems". */
  HEDGE,
  /** A certainty marker: "there is no doubt", "clearly". */
  CERTAINTY,
  /** A demand or recommendation: "must", "should", "needs to". */
  PRESCRIPTIVE,
  /** The writer's own evaluation: "unfortunately", "in my view". */
  OPINION,
  /** A reporting verb without judgement: "say". */
  VERB_NEUTRAL,
  /** A reporting verb that casts doubt: "claim", "allege". */
  VERB_DOUBT,
  /** A reporting verb that endorses or concedes: "admit", "confirm". */
  VERB_ENDORSE
}
