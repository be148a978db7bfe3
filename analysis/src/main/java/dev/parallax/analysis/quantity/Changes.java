package dev.parallax.analysis.quantity;

import dev.parallax.model.Change;
import dev.parallax.model.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks amounts that describe a change: "rose by 50%", "fell 2% to $1.40" (both the size of the
 * fall and the level after it), "a 56% increase", "an increase of 50%", "fell from 12 to 9" (9 is
 * the level after; 12, the level before, is left unmarked). Also reads "doubled", "tripled" and
 * "halved" as changes of 100%, 200% and 50%.
 */
final class Changes {
  private Changes() {}

  private static final Set<String> UP =
      Set.of("rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew",
          "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "jumping", "surged", "surge", "surges",
          "surging", "climbed", "climb", "climbs", "climbing", "soared", "soar", "soars", "soaring", "gained", "gain",
          "gains", "gaining", "up", "raised", "raise", "raises", "raising", "boosted", "boost", "boosts", "spiked",
          "swelled", "swell", "swells", "expanded", "expand", "expands", "widened", "advanced", "rebounded",
          "hasincreased", "skyrocketed", "rocketed", "leapt", "leaped", "accelerated", "added", "adds", "adding");

  private static final Set<String> DOWN =
      Set.of("fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined",
          "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "slumped", "slump",
          "slumps", "plunged", "plunge", "plunges", "plummeted", "plummet", "plummets", "sank", "sink", "sinks",
          "sunk", "shrank", "shrink", "shrinks", "shrunk", "cut", "cuts", "cutting", "reduced", "reduce", "reduces",
          "reducing", "down", "tumbled", "tumble", "tumbles", "slid", "slide", "slides", "slipped", "slip", "slips",
          "dipped", "dip", "dips", "eased", "contracted", "contract", "narrowed", "retreated", "slowed", "lost",
          "lose", "loses", "losing", "hasdecreased", "shed", "sheds", "trimmed", "slashed", "slash", "slashes");

  private static final Set<String> UP_NOUNS =
      Set.of("increase", "increases", "rise", "rises", "jump", "hike", "hikes", "surge", "gain", "gains", "growth",
          "rebound", "boost", "uptick", "spike");

  private static final Set<String> DOWN_NOUNS =
      Set.of("drop", "drops", "decline", "declines", "fall", "falls", "decrease", "decreases", "cut", "cuts",
          "reduction", "reductions", "plunge", "slump", "loss", "losses", "dip", "contraction", "downturn");

  /** Words that may stand between a verb and its amount: "increased by a record 56%". */
  private static final Set<String> FILLERS =
      Set.of("by", "a", "an", "record", "new", "the", "further", "another", "nearly", "some", "just", "sharply",
          "steeply", "slightly", "about", "around", "roughly", "more", "than", "over", "almost", "to");

  private static final Map<String, double[]> MULTIPLES =
      Map.of("doubled", new double[] {100, 1}, "doubles", new double[] {100, 1}, "doubling", new double[] {100, 1},
          "tripled", new double[] {200, 1}, "trebled", new double[] {200, 1}, "triples", new double[] {200, 1},
          "quadrupled", new double[] {300, 1}, "halved", new double[] {50, -1}, "halves", new double[] {50, -1},
          "halving", new double[] {50, -1});

  /** Sets {@link Amount#change} where a change word governs the amount; adds "doubled"-like amounts. */
  static void mark(Tokens t, List<Amount> amounts) {
    for (int x = 0; x < amounts.size(); x++) {
      Amount a = amounts.get(x);
      if (a.ordinal || a.weak && a.kind != QuantityKind.DURATION) {
        continue;
      }
      Change after = nounAfter(t, a.to);
      if (after != null) {
        a.change = after;
        continue;
      }
      int k = a.from - 1;
      // "from 12 to 9": 12 is the level before
      if (t.word(k, "from")) {
        continue;
      }
      boolean to = t.word(k, "to");
      // "fell 2% to $1.40", "fell from 12 to 9": the level after takes the change of what came before
      if (to && x > 0) {
        Amount prev = amounts.get(x - 1);
        // "fell 2% to $1.40", "rose 2.3 points to 5,100"
        if (prev.to == k || prev.to == k - 1 && t.isWord(k - 1) && !t.word(k - 1, "and")) {
          Change c = prev.change != null ? prev.change : verbBefore(t, t.word(prev.from - 1, "from") ? prev.from - 2
              : prev.from - 1);
          if (c != null) {
            a.change = c;
            continue;
          }
        }
      }
      a.change = verbBefore(t, k);
    }
    multiples(t, amounts);
  }

  /** The change word that ends at token {@code k}, allowing a few fillers in between. */
  static Change verbBefore(Tokens t, int k) {
    int skipped = 0;
    while (k >= 0 && skipped < 4 && t.isWord(k) && FILLERS.contains(t.norm(k))) {
      k--;
      skipped++;
    }
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    if (UP.contains(w)) {
      return Change.INCREASE;
    }
    if (DOWN.contains(w)) {
      return Change.DECREASE;
    }
    // "an increase of 50%", "a drop of 20 per cent"
    if (w.equals("of") && t.isWord(k - 1)) {
      String n = t.norm(k - 1);
      if (UP_NOUNS.contains(n)) {
        return Change.INCREASE;
      }
      if (DOWN_NOUNS.contains(n)) {
        return Change.DECREASE;
      }
    }
    return null;
  }

  /** "a 56% increase", "a 20 per cent rise". */
  private static Change nounAfter(Tokens t, int k) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.norm(k);
    if (UP_NOUNS.contains(w) && !w.equals("increases") && !w.equals("rises")) {
      return Change.INCREASE;
    }
    if (DOWN_NOUNS.contains(w) && !w.equals("falls") && !w.equals("drops") && !w.equals("cuts")) {
      return Change.DECREASE;
    }
    return null;
  }

  /** "doubled", "tripled", "halved" as changes of 100%, 200%, 50%, where no amount covers them. */
  private static void multiples(Tokens t, List<Amount> amounts) {
    List<Amount> added = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      double[] m = t.isWord(i) ? MULTIPLES.get(t.norm(i)) : null;
      if (m == null) {
        continue;
      }
      Amount a = new Amount(i, i + 1, QuantityKind.PERCENT);
      a.value = m[0];
      a.unit = "%";
      a.change = m[1] > 0 ? Change.INCREASE : Change.DECREASE;
      added.add(a);
    }
    if (added.isEmpty()) {
      return;
    }
    amounts.addAll(added);
    amounts.sort((p, q) -> Integer.compare(p.from, q.from));
  }
}
