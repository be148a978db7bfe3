package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.align.Thresholds;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.model.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every rule reads: the claims with their alignment views, the candidate pairs, who speaks
 * for whom, the thesaurus and the thresholds, and a few facts about the story as a whole. Immutable
 * after construction; safe to share between rules.
 *
 * @param articles the articles, in report order
 * @param claims every claim, in report order
 * @param pairs the aligner's candidate pairs, in its order
 * @param voices independent voices: outlets, with reprints counted once
 * @param thesaurus synonyms and antonyms
 * @param thresholds the scores rules decide by
 * @param storyPlaces places (lower case) that stand for the whole story: named in the headlines of at
 *     least a third of the articles, so a figure "in" them is the story's own
 * @param pairIndex each pair under the key "a-id|b-id" of its claims, in both orders
 * @param order each claim's position in report order
 * @param lemmaCounts in how many claims each content lemma occurs
 * @param memo what rules read off one claim (its denial, its predicates), worked out once per claim
 */
record VerdictContext(
    List<Article> articles, List<AlignableClaim> claims, List<ClaimPair> pairs, Voices voices, Thesaurus thesaurus,
    Thresholds thresholds, Set<String> storyPlaces, Map<String, ClaimPair> pairIndex, Map<String, Integer> order,
    Map<String, Integer> lemmaCounts, ClaimMemo memo) {

  VerdictContext {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    pairs = List.copyOf(pairs);
    storyPlaces = Collections.unmodifiableSet(new TreeSet<>(storyPlaces));
    pairIndex = Map.copyOf(pairIndex);
    order = Map.copyOf(order);
    lemmaCounts = Map.copyOf(lemmaCounts);
  }

  VerdictContext(
      List<Article> articles, List<AlignableClaim> claims, List<ClaimPair> pairs, Voices voices, Thesaurus thesaurus,
      Thresholds thresholds, Set<String> storyPlaces) {
    this(articles, claims, pairs, voices, thesaurus, thresholds, storyPlaces, index(pairs), order(claims),
        lemmaCounts(claims), new ClaimMemo());
  }

  private static Map<String, Integer> order(List<AlignableClaim> claims) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      out.put(claims.get(i).id(), i);
    }
    return out;
  }

  private static Map<String, Integer> lemmaCounts(List<AlignableClaim> claims) {
    Map<String, Integer> out = new HashMap<>();
    for (AlignableClaim c : claims) {
      for (String l : c.lemmas()) {
        out.merge(l, 1, Integer::sum);
      }
    }
    return out;
  }

  /** The claim's denial ({@link Denial#of}), or null; worked out once per claim. */
  Denial denial(AlignableClaim c) {
    return memo.get("denial", c, Denial::of);
  }

  /** The claim's predicates ({@link ContradictionRule#predicates}); worked out once per claim. */
  List<ContradictionRule.Predicate> predicates(AlignableClaim c) {
    return memo.get("predicates", c, x -> List.copyOf(ContradictionRule.predicates(x)));
  }

  /** Who the claim says accused whom ({@link Speech#all} with {@link Speech#ACCUSE}); worked out once per claim. */
  List<Speech> accusations(AlignableClaim c) {
    return memo.get("accusations", c, x -> List.copyOf(Speech.all(x, Speech.ACCUSE)));
  }

  /**
   * The story's year: the most common year of the articles' dates (each counts three times) and of the
   * dates in their claims; 0 when none is known. Worked out once.
   */
  int storyYear() {
    return memo.once("storyYear", () -> NumericRule.storyYear(this));
  }

  /** In how many claims a content lemma occurs. */
  int lemmaCount(String lemma) {
    return lemmaCounts.getOrDefault(lemma, 0);
  }

  private static Map<String, ClaimPair> index(List<ClaimPair> pairs) {
    Map<String, ClaimPair> out = new HashMap<>();
    for (ClaimPair p : pairs) {
      out.put(p.a().id() + "|" + p.b().id(), p);
      out.put(p.b().id() + "|" + p.a().id(), p);
    }
    return out;
  }

  /** The pair the aligner made of two claims, or null. */
  ClaimPair pair(AlignableClaim a, AlignableClaim b) {
    return pairIndex.get(a.id() + "|" + b.id());
  }

  /** The context of a detector's input. */
  static VerdictContext of(VerdictInput input, Thesaurus thesaurus, Thresholds thresholds) {
    Map<String, String> outlets = new HashMap<>();
    for (Article a : input.articles()) {
      if (a.outlet() != null) {
        outlets.put(a.id(), a.outlet());
      }
    }
    return new VerdictContext(input.articles(), input.claims(), input.pairs(), new Voices(input.reprintOf(), outlets),
        thesaurus, thresholds, storyPlaces(input.articles(), input.claims()));
  }

  /** The aligner's score for two claims, or 0 when it did not pair them. */
  double score(AlignableClaim a, AlignableClaim b) {
    ClaimPair p = pair(a, b);
    return p == null ? 0 : p.score();
  }

  /** The claims of each article, in report order. */
  Map<String, List<AlignableClaim>> byArticle() {
    Map<String, List<AlignableClaim>> out = new LinkedHashMap<>();
    for (AlignableClaim c : claims) {
      out.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /** True when {@code place} (as written in a frame) stands for the whole story. */
  boolean storyWide(String place) {
    return place != null && storyPlaces.contains(normalPlace(place));
  }

  static String normalPlace(String place) {
    return place.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
  }

  /** Places named by the frames of the claims that also stand in a third or more of the headlines. */
  private static Set<String> storyPlaces(List<Article> articles, List<AlignableClaim> claims) {
    Set<String> places = new TreeSet<>();
    for (AlignableClaim c : claims) {
      for (var f : c.claim().frames()) {
        if (f.place() != null) {
          places.add(normalPlace(f.place()));
        }
      }
    }
    Set<String> out = new TreeSet<>();
    int titled = 0;
    for (Article a : articles) {
      if (a.title() != null) {
        titled++;
      }
    }
    for (String p : places) {
      int n = 0;
      for (Article a : articles) {
        if (a.title() != null && a.title().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(p)
            + "\\b.*")) {
          n++;
        }
      }
      if (n >= 2 && 3 * n >= titled) {
        out.add(p);
      }
    }
    return out;
  }
}
