package dev.parallax.analysis.quote;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people an article names, with the roles it gives them, for resolving a speaker phrase ("he",
 * "the former defense minister", "Sharif") to the mention it stands for. One instance per article;
 * not shared between threads.
 */
final class People {
  /** How many sentences back a pronoun may reach. */
  private static final int REACH = 8;

  /** How many sentences back a description ("the former defense minister") may reach. */
  private static final int DESCRIPTION_REACH = 40;

  /**
   * One named person.
   *
   * @param start first character of the name
   * @param end last character of the name, exclusive
   * @param sentence index of the sentence that names them
   * @param roles lower-case role nouns from the title and the appositive
   * @param role the title and appositive as they stand, joined by ", "
   */
  record Person(int start, int end, int sentence, Set<String> roles, String role) {}

  private final String text;
  private final List<Sentence> sentences;
  private final SpeakerRoles lexicon;
  private final List<Person> people = new ArrayList<>();

  People(String text, List<Sentence> sentences, SpeakerRoles lexicon) {
    this.text = text;
    this.sentences = sentences;
    this.lexicon = lexicon;
    for (Sentence s : sentences) {
      collect(s);
    }
  }

  /** Records each run of proper nouns that has a title before it or a describing appositive after it. */
  private void collect(Sentence s) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (!name(t.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size() && name(t.get(j))) {
        j++;
      }
      // Title: role nouns and their modifiers right before the name ("Pakistani Interior Minister").
      int titleStart = i;
      Set<String> roles = new TreeSet<>();
      while (titleStart > 0) {
        Token p = t.get(titleStart - 1);
        String w = p.text().toLowerCase(Locale.ROOT);
        if ((p.noun() || p.adjective()) && (lexicon.isRole(w) || p.adjective() || p.tag().equals("PROPN")
            || p.tag().equals("NOUN"))) {
          if (lexicon.isRole(w)) {
            roles.add(singular(w));
          }
          titleStart--;
        } else if (w.equals("and") && titleStart - 2 >= 0 && t.get(titleStart - 2).noun()) {
          titleStart--;
        } else {
          break;
        }
      }
      String title = titleStart < i ? text.substring(t.get(titleStart).start(), t.get(i - 1).end()) : "";
      if (roles.isEmpty()) {
        title = "";
      }
      String appositive = appositive(t, j, roles);
      if (!roles.isEmpty() && (j - i >= 1)) {
        String role = title.isEmpty() ? appositive : appositive.isEmpty() ? title : title + ", " + appositive;
        int end = t.get(j - 1).end();
        String last = t.get(j - 1).text();
        if (last.endsWith("'s") || last.endsWith("\u2019s")) {
          end -= 2;
        }
        people.add(new Person(t.get(i).start(), end, s.index(), Set.copyOf(roles), role));
      }
      i = j;
    }
  }

  /** ", a political analyst specializing in ..." right after a name: its text, adding its role nouns. */
  private String appositive(List<Token> t, int at, Set<String> roles) {
    if (at + 1 >= t.size() || !t.get(at).text().equals(",")) {
      return "";
    }
    Token first = t.get(at + 1);
    if (!(first.tag().equals("DET") || first.tag().equals("ADJ") || first.tag().equals("NOUN"))) {
      return "";
    }
    int k = at + 1;
    Set<String> found = new TreeSet<>();
    boolean verb = false;
    while (k < t.size() && !t.get(k).text().equals(",") && !t.get(k).text().equals(".")
        && !QuotationMarks.isMark(t.get(k).text()) && !t.get(k).tag().equals("AUX")) {
      String w = t.get(k).text().toLowerCase(Locale.ROOT);
      if (t.get(k).noun() && lexicon.isRole(w)) {
        found.add(singular(w));
      }
      verb |= t.get(k).tag().equals("VERB");
      k++;
    }
    // "Tahir Khan, a political analyst specializing in ..., said": a description closed by a comma
    // may carry a verb; "Afghanistan, political analysts responded that" is a new clause.
    boolean closed = k < t.size() && t.get(k).text().equals(",");
    if (found.isEmpty() || k == at + 1 || verb && !closed) {
      return "";
    }
    roles.addAll(found);
    return text.substring(first.start(), t.get(k - 1).end());
  }

  private boolean name(Token t) {
    return t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0))
        && !lexicon.isRole(t.text().toLowerCase(Locale.ROOT)) && t.text().length() > 1;
  }

  private static String singular(String w) {
    return w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Resolves a found cue's speaker and builds the quote. {@code earlier} are the quotes found before
   * it in the same article; named speakers among them become people too.
   */
  Quote resolve(PatternQuoteFinder.Found f, List<Quote> earlier) {
    String speaker = text.substring(f.speakerStart(), f.speakerEnd());
    if (f.inherited() != null) {
      Quote p = f.inherited();
      return new Quote(f.start(), f.end(), p.speaker(), p.speakerStart(), p.speakerEnd(), p.verb(), f.style(),
          p.referent(), p.referentStart(), p.referentEnd(), p.role());
    }
    int sentence = sentenceOf(f.speakerStart());
    Person target = null;
    String lower = speaker.toLowerCase(Locale.ROOT);
    String[] words = lower.split("\\s+");
    if (lower.equals("he") || lower.equals("she")) {
      target = nearest(f.speakerStart(), sentence, null, earlier);
    } else if (words.length >= 2 && (words[0].equals("the") || words[0].equals("this")) && !hasCapital(speaker)) {
      String head = singular(words[words.length - 1]);
      if (head.equals("source") && words.length >= 3 && words[1].equals("same") && !earlier.isEmpty()) {
        Quote last = earlier.get(earlier.size() - 1);
        target = new Person(last.referentStart(), last.referentEnd(), sentence, Set.of(), last.role());
      } else if (lexicon.isRole(head)) {
        target = nearest(f.speakerStart(), sentence, head, earlier);
        if (target == null) {
          target = nearestOfKind(f.speakerStart(), sentence, lexicon.kindOf(head).orElseThrow());
        }
      }
    } else {
      target = byName(f.speakerStart(), f.speakerEnd());
    }
    if (target == null) {
      Person own = own(f.speakerStart(), f.speakerEnd());
      String role = own != null && f.role().isEmpty() ? own.role() : f.role();
      if (own != null) {
        return new Quote(f.start(), f.end(), speaker, f.speakerStart(), f.speakerEnd(), f.verb(), f.style(),
            text.substring(own.start(), own.end()), own.start(), own.end(), role);
      }
      return new Quote(f.start(), f.end(), speaker, f.speakerStart(), f.speakerEnd(), f.verb(), f.style(), speaker,
          f.speakerStart(), f.speakerEnd(), role);
    }
    String role = target.role().isEmpty() ? f.role() : target.role();
    return new Quote(f.start(), f.end(), speaker, f.speakerStart(), f.speakerEnd(), f.verb(), f.style(),
        text.substring(target.start(), target.end()), target.start(), target.end(), role);
  }

  /** The person whose name lies inside the speaker phrase ("Prime Minister Shehbaz Sharif"). */
  private Person own(int start, int end) {
    for (Person p : people) {
      if (p.start() >= start && p.end() <= end) {
        return p;
      }
    }
    // An untitled name as the speaker: the trailing run of capitalised words.
    return null;
  }

  /** For a bare surname ("Sharif"), the fuller mention named before ("Shehbaz Sharif"). */
  private Person byName(int start, int end) {
    String name = text.substring(start, end);
    if (!Character.isUpperCase(name.charAt(0)) || name.indexOf(' ') >= 0 && !personLike(name)) {
      return null;
    }
    Person best = null;
    for (Person p : people) {
      if (p.start() >= start) {
        break;
      }
      String full = text.substring(p.start(), p.end());
      if (full.equals(name) || full.endsWith(" " + name) || full.startsWith(name + " ")) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The nearest person named before {@code position}, within {@link #REACH} sentences, whose roles
   * include {@code role} (any person when {@code role} is null). Named speakers of earlier quotes
   * count as people.
   */
  private Person nearest(int position, int sentence, String role, List<Quote> earlier) {
    Person best = null;
    for (Person p : people) {
      if (p.end() > position) {
        break;
      }
      int reach = role == null ? REACH : DESCRIPTION_REACH;
      if (sentence - p.sentence() <= reach && (role == null || p.roles().contains(role) || p.role().contains(role))) {
        best = p;
      }
    }
    int bestAt = best == null ? -1 : best.start();
    if (role == null) {
      for (Quote q : earlier) {
        if (q.speakerEnd() <= position && personLike(q.referent())
            && (best == null || q.speakerStart() > bestAt)
            && sentence - sentenceOf(q.speakerStart()) <= REACH) {
          best = new Person(q.referentStart(), q.referentEnd(), sentenceOf(q.speakerStart()), Set.of(), q.role());
          bestAt = q.speakerStart();
        }
      }
    }
    return best;
  }

  /** The nearest person named before, within {@link #REACH} sentences, with a role of this kind. */
  private Person nearestOfKind(int position, int sentence, SpeakerKind kind) {
    Person best = null;
    for (Person p : people) {
      if (p.end() > position) {
        break;
      }
      if (sentence - p.sentence() <= REACH
          && p.roles().stream().anyMatch(r -> lexicon.kindOf(r).orElse(null) == kind)) {
        best = p;
      }
    }
    return best;
  }

  /** Two or more capitalised words and no role noun: "Graeme Smith", not "Experts" or "Islamabad". */
  private boolean personLike(String name) {
    String[] w = name.split("\\s+");
    if (w.length < 2) {
      return false;
    }
    for (String x : w) {
      if (x.isEmpty() || !Character.isUpperCase(x.charAt(0)) || lexicon.isRole(x)) {
        return false;
      }
    }
    return true;
  }

  /** True when a letter after the first is upper case: a name, not a sentence-initial "The". */
  private static boolean hasCapital(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int sentenceOf(int position) {
    for (Sentence s : sentences) {
      if (position < s.end()) {
        return s.index();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
  }
}
