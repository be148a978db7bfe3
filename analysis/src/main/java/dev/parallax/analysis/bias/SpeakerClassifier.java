package dev.parallax.analysis.bias;

import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.quote.SpeakerKind;
import dev.parallax.analysis.quote.SpeakerRoles;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Says what kind of source a quote's speaker is: "official: Pakistan", "expert", "citizen",
 * "anonymous", "outlet" or "other".
 *
 * <p>Reads the speaker, its referent and role ("Tahir Khan", "a political analyst ..."), and, when
 * the text gives no role, an affiliation right after the speaker ("of the Hudson Institute").
 * Role nouns give the kind ({@link SpeakerRoles}); an expert's role wins over an office held
 * before. A speaker that is itself an actor ("Islamabad", "the Taliban") speaks officially for it.
 * The side of an official comes from the actor named or cued in the speaker or role ("Pakistani"),
 * else from the nearest actor named before the speaker in its sentence. An official the text neither
 * names nor places on a side ("officials said") is anonymous. Stateless and thread-safe.
 */
public final class SpeakerClassifier {
  private final SpeakerRoles roles;
  private final ActorLexicon actors;
  private final OutletRegistry outlets;

  public SpeakerClassifier(SpeakerRoles roles, ActorLexicon actors, OutletRegistry outlets) {
    this.roles = roles;
    this.actors = actors;
    this.outlets = outlets;
  }

  /** The kind of {@code q}'s speaker, as a label such as "official: Taliban". */
  public String classify(String text, Quote q, List<Sentence> sentences) {
    Sentence home = null;
    for (Sentence s : sentences) {
      if (s.start() <= q.speakerStart() && q.speakerStart() < s.end()) {
        home = s;
        break;
      }
    }
    List<Token> speakerTokens = new ArrayList<>();
    List<Token> after = new ArrayList<>();
    List<Token> before = new ArrayList<>();
    if (home != null) {
      for (Token t : home.tokens()) {
        if (t.start() >= q.speakerStart() && t.end() <= q.speakerEnd()) {
          speakerTokens.add(t);
        } else if (t.start() >= q.speakerEnd() && after.size() < 15) {
          after.add(t);
        } else if (t.end() <= q.speakerStart()) {
          before.add(t);
        }
      }
    }
    String words = (q.speaker() + " " + q.referent() + " " + q.role()).replace('\u2019', '\'');
    String context = q.role().isEmpty() && !q.resolved() ? words + " " + affiliation(after) : words;
    if (outlets.find(q.referent()).isPresent() || outlets.find(q.speaker()).isPresent()) {
      return "outlet";
    }
    Set<SpeakerKind> kinds = EnumSet.noneOf(SpeakerKind.class);
    for (String w : context.split("[^A-Za-z\\-]+")) {
      if (!w.isEmpty()) {
        roles.kindOf(w).ifPresent(kinds::add);
      }
    }
    Optional<ActorLexicon.Actor> named = actors.firstSide(text, speakerTokens);
    String bare = q.referent().replaceFirst("^(?i)the\\s+", "");
    boolean personName = hasPersonName(q.referent()) && actors.side(bare).isEmpty();
    if (named.isPresent() && !personName && kinds.isEmpty()) {
      return "official: " + named.get().name();
    }
    if (kinds.contains(SpeakerKind.EXPERT)) {
      return "expert";
    }
    Optional<ActorLexicon.Actor> side = named.isPresent() ? named : sideIn(words);
    if (side.isEmpty() && (kinds.contains(SpeakerKind.OFFICIAL) || kinds.contains(SpeakerKind.GROUP))) {
      side = nearestBefore(text, before);
    }
    if (kinds.contains(SpeakerKind.OFFICIAL) || kinds.contains(SpeakerKind.DOCUMENT) && side.isPresent()) {
      if (side.isPresent()) {
        return "official: " + side.get().name();
      }
      return personName ? "official" : "anonymous";
    }
    if (kinds.contains(SpeakerKind.ANONYMOUS)) {
      return "anonymous";
    }
    if (kinds.contains(SpeakerKind.OUTLET)) {
      return "outlet";
    }
    if (kinds.contains(SpeakerKind.CITIZEN)) {
      return "citizen";
    }
    if (kinds.contains(SpeakerKind.GROUP) && side.isPresent()) {
      return "official: " + side.get().name();
    }
    return "other";
  }

  private Optional<ActorLexicon.Actor> sideIn(String words) {
    String[] w = words.split("[\\s,;()]+");
    for (int n = 4; n >= 1; n--) {
      for (int i = 0; i + n <= w.length; i++) {
        String phrase = String.join(" ", java.util.Arrays.asList(w).subList(i, i + n));
        if (phrase.endsWith("'s")) {
          phrase = phrase.substring(0, phrase.length() - 2);
        }
        Optional<ActorLexicon.Actor> a = actors.side(phrase);
        if (a.isPresent() && Character.isUpperCase(phrase.charAt(0))) {
          return a;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ActorLexicon.Actor> nearestBefore(String text, List<Token> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Optional<ActorLexicon.Actor> a = actors.firstSide(text, before.subList(i, Math.min(before.size(), i + 3)));
      if (a.isPresent()) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** Two or more capitalised words in a row: a person's or organisation's proper name. */
  private static boolean hasPersonName(String s) {
    int run = 0;
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        run++;
        if (run >= 2) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** "of the Washington-based Hudson Institute" right after a speaker, up to a comma; else "". */
  private static String affiliation(List<Token> after) {
    if (after.isEmpty() || !java.util.Set.of("of", "from", "at").contains(after.get(0).text())) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (Token t : after) {
      if (t.text().equals(",") || t.text().equals(".")) {
        break;
      }
      b.append(t.text()).append(' ');
    }
    return b.toString();
  }
}
