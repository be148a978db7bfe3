package dev.parallax.analysis.lexicon;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs too common to say what a claim is about, as lemmas, in three groups that the claim stage,
 * the aligner and the verdict rules share: light verbs, which take their meaning from their object
 * ("make a decision", "take part"); verbs of reporting, which say who said it, not what happened
 * ("say", "report", "according to"); and verbs of stance and phase, which wrap another verb
 * ("seemed to", "continued to", "tried to"). Our own list.
 */
public final class CommonVerbs {
  private CommonVerbs() {}

  private static final Set<String> LIGHT = Set.of("be", "have", "do", "make", "take", "get", "go", "become",
      "come", "give", "put", "keep", "let", "hold", "bring", "see", "use", "find", "mean", "need");

  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "note", "write", "state",
      "claim", "mention", "describe", "call", "accord", "argue", "ask");

  private static final Set<String> STANCE = Set.of("believe", "think", "know", "consider", "seem", "appear",
      "remain", "continue", "try", "want", "begin", "start", "show", "include");

  private static final Set<String> ALL =
      ImmutableSet.<String>builder().addAll(LIGHT).addAll(REPORTING).addAll(STANCE).build();

  /** Light verbs: "be", "have", "make", "take", ... */
  public static boolean light(String lemma) {
    return LIGHT.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Verbs of reporting: "say", "tell", "report", "add", ... */
  public static boolean reporting(String lemma) {
    return REPORTING.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Any of the three groups. */
  public static boolean contains(String lemma) {
    return ALL.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
