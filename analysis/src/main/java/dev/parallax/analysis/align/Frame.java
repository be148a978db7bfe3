package dev.parallax.analysis.align;

import dev.parallax.analysis.lexicon.CommonVerbs;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who-did-what of one clause-like segment: its predicate (the first content verb, or the head noun
 * of a predicate nominal after "be", "have" or "as": "Pakistan has been the Taliban's key sponsor"
 * gives "sponsor") and its arguments (the lemmas of its nouns and the ids of its entities).
 *
 * @param predicate the predicate's lemma, or null when the segment has none
 * @param arguments noun lemmas and entity ids, lower case
 */
record Frame(String predicate, Set<String> arguments) {


  /** The frames of a claim: one per segment, or one for the whole claim when it has no segments. */
  static List<Frame> of(List<Token> tokens, List<Span> segments, List<EntityMention> entities) {
    List<Frame> out = new ArrayList<>();
    if (segments.isEmpty()) {
      out.add(frame(tokens, entities));
      return out;
    }
    for (Span s : segments) {
      List<Token> part = new ArrayList<>();
      for (Token t : tokens) {
        if (t.start() >= s.start() && t.end() <= s.end()) {
          part.add(t);
        }
      }
      List<EntityMention> partEntities = new ArrayList<>();
      for (EntityMention e : entities) {
        if (e.start() >= s.start() && e.end() <= s.end()) {
          partEntities.add(e);
        }
      }
      out.add(frame(part, partEntities));
    }
    return out;
  }

  private static Frame frame(List<Token> tokens, List<EntityMention> entities) {
    String predicate = null;
    for (int i = 0; i < tokens.size() && predicate == null; i++) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.tag().equals("VERB") && !CommonVerbs.contains(lemma)) {
        predicate = lemma;
      } else if (t.verb() && CommonVerbs.contains(lemma) || lemma.equals("as") && t.tag().equals("ADP")) {
        predicate = nominal(tokens, i + 1);
      }
    }
    Set<String> arguments = new LinkedHashSet<>();
    Set<Integer> inEntity = new java.util.HashSet<>();
    for (EntityMention e : entities) {
      arguments.add(e.entityId());
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).start() >= e.start() && tokens.get(i).end() <= e.end()) {
          inEntity.add(i);
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.noun() && !inEntity.contains(i)) {
        arguments.add(t.lemma().toLowerCase(Locale.ROOT));
        // Open compounds also count closed: "air strikes" meets "airstrikes".
        if (i + 1 < tokens.size() && tokens.get(i + 1).noun()) {
          arguments.add((t.text() + tokens.get(i + 1).lemma()).toLowerCase(Locale.ROOT));
        }
      }
    }
    if (predicate != null) {
      arguments.remove(predicate);
    }
    return new Frame(predicate, arguments);
  }

  /** The head noun of the noun phrase starting at {@code from}, skipping determiners, adjectives and possessives. */
  private static String nominal(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && (tokens.get(i).tag().equals("ADV") || tokens.get(i).tag().equals("AUX")
        || tokens.get(i).tag().equals("PART") && !tokens.get(i).text().equals("'s"))) {
      i++;
    }
    if (i < tokens.size() && tokens.get(i).text().equalsIgnoreCase("as")) {
      i++;
    }
    String head = null;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.tag().equals("DET") || t.tag().equals("ADJ") || t.tag().equals("NUM") || t.text().equals("'s")
          || t.tag().equals("ADV") || t.tag().equals("PROPN")) {
        i++;
        continue;
      }
      if (t.tag().equals("NOUN")) {
        head = t.lemma().toLowerCase(Locale.ROOT);
        i++;
        continue;
      }
      break;
    }
    return head;
  }
}
