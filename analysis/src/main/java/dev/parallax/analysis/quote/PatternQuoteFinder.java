package dev.parallax.analysis.quote;

import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.AttributionStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds quotes and attributed statements with patterns over tagged tokens and quotation marks.
 *
 * <p>The patterns, tried on each sentence in turn:
 *
 * <ul>
 *   <li>"according to X, ..." and "..., according to X";
 *   <li>a speaker before a reporting verb with something said after it: "X said (that) ...",
 *       "X said: ...", "X says the talks failed", "X accused Y of ...";
 *   <li>a speaker after the words: "'...,' said X", "'...,' X said", "..., X added.";
 *   <li>a sentence that opens with a quotation mark right after a direct quote in the same paragraph
 *       continues that speaker's words.
 * </ul>
 *
 * <p>Reporting verbs come in three classes: speech verbs ("say", "argue", "believe") need a clause,
 * a colon or a quotation after them; charge verbs ("accuse", "deny", "reject") need an object;
 * request verbs ("ask", "urge") count only with a quotation or a "that" clause, since "X asked Y to
 * leave" states no claim. A speaker must be a name, a personal pronoun, or a phrase headed by a role
 * noun from {@link SpeakerRoles} ("officials", "experts", "a NATO study"); "it" and "this" never
 * speak. Verbs inside quotation marks are not cues. A quotation that runs over several sentences
 * is one quote, and the sentences inside it yield no other.
 *
 * <p>Speakers are resolved to the names they stand for: "he" and "she" to the nearest person named
 * before, "the former defense minister" to the nearest person described with that role, "Sharif"
 * to "Shehbaz Sharif". A person is a run of proper nouns with a title ("Prime Minister Shehbaz
 * Sharif") or a describing appositive ("Tahir Khan, a political analyst"), or a named speaker.
 *
 * <p>Thread-safe and stateless.
 */
public final class PatternQuoteFinder implements QuoteFinder {

  /** How a reporting verb takes what was said. */
  enum VerbClass {
    /** Takes a clause, colon or quotation: say, argue, believe. */
    SPEECH,
    /** Takes an object: accuse, deny, reject. */
    CHARGE,
    /**
     * A statement only with a quotation, a colon or "that": ask, urge, compare ("X asked Y to leave"
     * states no claim; "'How long?' X asked" does).
     */
    QUOTED_ONLY
  }

  /** Lemmas of verbs that report speech, writing or a stated position. */
  static final Map<String, VerbClass> REPORTING_VERBS = verbs();

  private static Map<String, VerbClass> verbs() {
    Map<String, VerbClass> m = new java.util.TreeMap<>();
    for (String v :
        List.of(
            "say", "tell", "state", "claim", "add", "argue", "warn", "believe", "think", "announce",
            "insist", "note", "explain", "write", "report", "allege", "admit", "suggest", "conclude",
            "emphasize", "emphasise", "stress", "respond", "reply", "acknowledge", "confirm", "declare",
            "assert", "maintain", "contend", "predict", "vow", "promise", "mention", "indicate", "point",
            "tweet", "testify", "complain", "concede", "recall", "reveal", "disclose", "observe",
            "remark", "comment", "caution", "threaten", "propose", "agree", "estimate", "show",
            "find", "assess", "underline", "reiterate", "highlight", "signal")) {
      m.put(v, VerbClass.SPEECH);
    }
    for (String v :
        List.of(
            "accuse", "deny", "reject", "criticize", "criticise", "condemn", "blame", "dismiss",
            "praise", "call", "cite", "describe", "dispute", "refute", "denounce", "slam", "charge",
            "mention")) {
      m.put(v, VerbClass.CHARGE);
    }
    for (String v :
        List.of("ask", "urge", "demand", "appeal", "request", "plead", "order", "compare", "welcome")) {
      m.put(v, VerbClass.QUOTED_ONLY);
    }
    return Map.copyOf(m);
  }

  /** Speech verbs that are also common outside reporting; they need "that", a colon or a quotation. */
  private static final Set<String> NEEDS_THAT =
      Set.of("show", "find", "indicate", "point", "note", "add", "maintain", "estimate", "report", "agree",
          "think", "observe", "signal", "highlight", "reveal", "recall", "promise", "threaten", "propose",
          "write", "declare");

  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "we", "i", "you");

  private static final Set<String> LEADING_CONNECTIVES =
      Set.of("but", "and", "so", "meanwhile", "however", "also", "moreover", "yet", "then", "still", "while",
          "that", "as", "because", "although", "though", "since", "when", "whereas", "if");

  private static final Set<String> TIME_WORDS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "week", "month", "year", "day", "today", "yesterday", "weekend", "morning", "evening", "night",
          "last", "next", "this", "earlier", "later");

  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "may",
          "might", "can", "could", "should", "must", "did", "does", "do");

  private static final Set<String> ABOUT = Set.of("of", "about", "against", "on");

  private static final Set<String> SPEAKER_PREPOSITIONS = Set.of("of", "for", "at", "from", "in", "with");

  private final SpeakerRoles roles;
  private final WordNetLexicon lexicon;

  /** A finder over the built-in role list and the shared WordNet lexicon. */
  public PatternQuoteFinder() {
    this(SpeakerRoles.builtIn(), WordNetLexicon.shared());
  }

  public PatternQuoteFinder(SpeakerRoles roles, WordNetLexicon lexicon) {
    this.roles = java.util.Objects.requireNonNull(roles, "roles");
    this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
  }

  @Override
  public List<Quote> find(String text, List<Sentence> sentences) {
    QuotationMarks marks = QuotationMarks.of(text);
    People people = new People(text, sentences, roles);
    List<Quote> out = new ArrayList<>();
    int coveredUntil = -1;
    for (Sentence s : sentences) {
      if (s.end() <= coveredUntil || s.tokens().isEmpty()) {
        continue;
      }
      Found f = accordingTo(text, s, marks);
      if (f == null) {
        f = reportingVerb(text, s, marks);
      }
      if (f == null) {
        f = continuation(text, s, marks, out);
      }
      if (f == null) {
        continue;
      }
      Quote q = people.resolve(f, out);
      out.add(q);
      coveredUntil = Math.max(coveredUntil, q.end());
    }
    out.sort(java.util.Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return List.copyOf(out);
  }

  /** A cue found in one sentence, before its speaker is resolved. */
  record Found(int start, int end, int speakerStart, int speakerEnd, String verb, AttributionStyle style,
      String role, Quote inherited) {}

  // ---------------------------------------------------------------- "according to X"

  private Found accordingTo(String text, Sentence s, QuotationMarks marks) {
    List<Token> t = s.tokens();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!lower(t.get(i)).equals("according") || !lower(t.get(i + 1)).equals("to")
          || marks.quoted(t.get(i).start(), t.get(i).end())) {
        continue;
      }
      int from = i + 2;
      int to = from;
      while (to < t.size() && (nominal(t.get(to)) || preposition(t, to))) {
        to++;
      }
      while (to > from && !headLike(t.get(to - 1))) {
        to--;
      }
      if (to <= from) {
        return null;
      }
      // "the statistics of the UNHCR" -> "the UNHCR": the issuer, not the document.
      for (int k = from; k + 1 < to - 1; k++) {
        if (lower(t.get(k + 1)).equals("of") && roles.kindOf(lower(t.get(k))).orElse(null) == SpeakerKind.DOCUMENT) {
          from = k + 2;
          while (from + 1 < to && t.get(from).tag().equals("NUM") && lower(t.get(from + 1)).equals("of")) {
            from += 2;
          }
          break;
        }
      }
      int start;
      int end;
      if (i == 0 || i == 1 && t.get(0).tag().equals("CCONJ")) {
        start = to < t.size() && t.get(to).text().equals(",") && to + 1 < t.size() ? t.get(to + 1).start() : t.get(to - 1).end();
        end = s.end();
      } else {
        start = s.start();
        end = t.get(i).start();
      }
      int[] trimmed = trim(text, start, end);
      return new Found(trimmed[0], trimmed[1], t.get(from).start(), t.get(to - 1).end(), "according to",
          AttributionStyle.ACCORDING_TO, "", null);
    }
    return null;
  }

  // ---------------------------------------------------------------- "X said ..." and "..., X said"

  private Found reportingVerb(String text, Sentence s, QuotationMarks marks) {
    List<Token> t = s.tokens();
    boolean anyMarks = false;
    for (Token k : t) {
      if (QuotationMarks.isMark(k.text())) {
        anyMarks = true;
        break;
      }
    }
    for (int i = 0; i < t.size(); i++) {
      Token v = t.get(i);
      String lemma = reportingLemma(t, i);
      VerbClass cls = lemma == null ? null : REPORTING_VERBS.get(lemma);
      if (cls == null || marks.quoted(v.start(), v.end())) {
        continue;
      }
      if (!v.tag().equals("VERB")) {
        v = new Token(v.text(), v.start(), v.end(), "VERB", lemma);
        List<Token> copy = new ArrayList<>(t);
        copy.set(i, v);
        s = new Sentence(s.index(), s.text(), s.start(), s.end(), copy);
        t = s.tokens();
      }
      Found f = speakerAfterWords(text, s, marks, i, cls);
      if (f == null) {
        f = speakerBeforeVerb(text, s, marks, i, cls, anyMarks);
      }
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** "'...,' said X" and "'...,' X said" / "..., X added." */
  private Found speakerAfterWords(String text, Sentence s, QuotationMarks marks, int i, VerbClass cls) {
    List<Token> t = s.tokens();
    Token v = t.get(i);
    // Inverted: the verb right after the words, the speaker after the verb.
    if (i > 0 && nextToMark(t, i - 1)) {
      int a = i + 1;
      int b = a;
      while (b < t.size() && (nominal(t.get(b)) || preposition(t, b))) {
        b++;
      }
      while (b > a && !headLike(t.get(b - 1))) {
        b--;
      }
      if (b > a && validSpeaker(t, a, b)) {
        int[] name = cutAffiliation(t, a, b);
        int[] words = wordsBefore(text, s, marks, i - 1);
        if (words != null) {
          String role = appositiveAfter(text, t, name[1] < b ? name[1] : b, s);
          if (name[1] < b) {
            role = text.substring(t.get(name[1]).start(), t.get(b - 1).end()) + (role.isEmpty() ? "" : ", " + role);
          }
          return new Found(words[0], words[1], t.get(name[0]).start(), t.get(name[1] - 1).end(), v.lemma(),
              style(text, words, marks), role, null);
        }
      }
    }
    // Speaker before the verb, both after the words: '"...," he said.'
    int end = skipBackAuxiliaries(t, i);
    int start = speakerStartBefore(t, end);
    if (opensQuotationAfter(t, i, marks)) {
      return null;
    }
    boolean atEnd = i + 1 == t.size() || endsClause(t.get(i + 1));
    boolean objectAfter = i + 1 < t.size() && (t.get(i + 1).tag().equals("ADP") || t.get(i + 1).tag().equals("NOUN")
        || t.get(i + 1).tag().equals("DET"));
    if (start < end && start == 0 && (atEnd || objectAfter) && validSpeaker(t, start, end)) {
      // '"How long can we tolerate this?" Stanikzai asked': the words end the sentence before.
      int[] q = quoteEndingBefore(text, s, marks);
      if (q != null) {
        int[] sp = trimSpeaker(t, start, end);
        int[] words = interior(text, q);
        return new Found(words[0], words[1], t.get(sp[0]).start(), t.get(sp[1] - 1).end(), v.lemma(),
            AttributionStyle.DIRECT_QUOTE, "", null);
      }
    }
    if (start < end && start > 0 && validSpeaker(t, start, end)
        && (nextToMark(t, start - 1) && (atEnd || objectAfter) || t.get(start - 1).text().equals(",") && atEnd)) {
      int[] words = wordsBefore(text, s, marks, start - 1);
      if (words != null) {
        int[] sp = trimSpeaker(t, start, end);
        return new Found(words[0], words[1], t.get(sp[0]).start(), t.get(sp[1] - 1).end(), v.lemma(),
            style(text, words, marks), "", null);
      }
    }
    return null;
  }

  /** "X said (that) ...", "X said: ...", "X, a political analyst, believes ...", "X accused Y of ...". */
  private Found speakerBeforeVerb(String text, Sentence s, QuotationMarks marks, int i, VerbClass cls, boolean anyMarks) {
    List<Token> t = s.tokens();
    Token v = t.get(i);
    int end = skipBackAuxiliaries(t, i);
    if (end == 0) {
      return null;
    }
    int start;
    int stop;
    String role = "";
    if (t.get(end - 1).text().equals(",")) {
      // "X, <appositive>, <relative clause>, said": the subject is the first segment that is not an
      // introductory phrase ("In a 2013 report,", "On the other hand,").
      int[] subject = appositiveSubject(t, end - 1);
      if (subject == null) {
        return null;
      }
      start = subject[0];
      stop = subject[1];
      role = text.substring(t.get(stop + 1).start(), t.get(end - 2).end());
      int comma = role.indexOf(", who ");
      if (comma < 0) {
        comma = role.indexOf(", which ");
      }
      if (comma >= 0) {
        role = role.substring(0, comma);
      }
    } else {
      stop = end;
      start = speakerStartBefore(t, end);
      // "Stanikzai on September 27 claiming": step over a date between the speaker and the verb.
      if (start < stop && start > 1 && t.get(start - 1).tag().equals("ADP") && allTime(t, start, stop)) {
        stop = start - 1;
        start = speakerStartBefore(t, stop);
      }
    }
    if (start >= stop || !validSpeaker(t, start, stop)) {
      return null;
    }
    int[] content = complement(text, s, marks, i, cls, anyMarks);
    if (content == null) {
      return null;
    }
    int[] sp = trimSpeaker(t, start, stop);
    if (sp[0] >= sp[1]) {
      return null;
    }
    AttributionStyle style = style(text, content, marks);
    return new Found(content[0], content[1], t.get(sp[0]).start(), t.get(sp[1] - 1).end(), v.lemma(), style, role,
        null);
  }

  /**
   * What follows a reporting verb at {@code i}, as a character range, or null when the verb takes
   * nothing that was said.
   */
  private int[] complement(String text, Sentence s, QuotationMarks marks, int i, VerbClass cls, boolean anyMarks) {
    List<Token> t = s.tokens();
    int j = i + 1;
    while (j < t.size() && (t.get(j).tag().equals("ADV") || t.get(j).tag().equals("PART")
        || lower(t.get(j)).equals("out"))) {
      j++;
    }
    if (j >= t.size()) {
      return null;
    }
    String verb = t.get(i).lemma();
    // Look ahead, over prepositional phrases ("in an interview with Al Jazeera"), for "that", a colon
    // or an opening quotation mark.
    for (int k = j; k < t.size() && k < j + 14; k++) {
      Token x = t.get(k);
      String w = lower(x);
      if (w.equals("that") && (x.tag().equals("SCONJ") || k == j)) {
        return tail(text, s, marks, k + 1);
      }
      if (w.equals(":")) {
        return colonTail(text, s, marks, k + 1);
      }
      if (QuotationMarks.isMark(x.text()) && marks.openingAt(x.start()) != null) {
        if (k == j || t.get(k - 1).text().equals(",") || t.get(k - 1).text().equals(":")) {
          return quoteTail(text, s, marks, k);
        }
        // A partial quotation inside what follows: "promised to 'revenge' the attacks".
        return tail(text, s, marks, j);
      }
      if (w.equals(",") && k == j && k + 1 < t.size() && QuotationMarks.isMark(t.get(k + 1).text())
          && marks.openingAt(t.get(k + 1).start()) != null) {
        return quoteTail(text, s, marks, k + 1);
      }
      if (x.tag().equals("VERB") || x.tag().equals("AUX") || x.tag().equals("SCONJ") || w.equals(",")
          || w.equals(".") || w.equals(";")) {
        break;
      }
      if (k == j && !x.tag().equals("ADP") && !x.tag().equals("PART")) {
        break;
      }
      if (k > j && !(nominal(x) || x.tag().equals("ADP") || x.tag().equals("ADV"))) {
        break;
      }
    }
    if (NEEDS_THAT.contains(verb)) {
      return null;
    }
    Token first = t.get(j);
    if (cls == VerbClass.QUOTED_ONLY) {
      for (int k = j; k < t.size(); k++) {
        if (QuotationMarks.isMark(t.get(k).text()) && marks.openingAt(t.get(k).start()) != null) {
          return tail(text, s, marks, j);
        }
      }
      return null;
    }
    switch (cls) {
      case SPEECH:
        // A bare clause: "said the talks had failed", "says Pakistan and the Taliban have ...".
        if (clauseAhead(t, j)) {
          return tail(text, s, marks, j);
        }
        // "warned of continued unrest", "complained about the delays".
        if (ABOUT.contains(lower(first)) && j + 1 < t.size() && (nominal(t.get(j + 1)) || t.get(j + 1).tag().equals("VERB"))) {
          return tail(text, s, marks, j);
        }
        return null;
      case CHARGE:
        if (nominal(first) && !first.tag().equals("ADJ") || first.tag().equals("ADJ") && j + 1 < t.size()
            && nominal(t.get(j + 1))) {
          return tail(text, s, marks, j);
        }
        if (QuotationMarks.isMark(first.text()) && anyMarks) {
          return tail(text, s, marks, j);
        }
        return null;
      default:
        return null;
    }
  }

  /** From token {@code k} to the end of the sentence, or to the end of a quotation opening there. */
  private static int[] tail(String text, Sentence s, QuotationMarks marks, int k) {
    List<Token> t = s.tokens();
    if (k >= t.size()) {
      return null;
    }
    if (QuotationMarks.isMark(t.get(k).text()) && marks.openingAt(t.get(k).start()) != null) {
      return quoteTail(text, s, marks, k);
    }
    int[] r = trim(text, t.get(k).start(), s.end());
    return r[1] > r[0] ? r : null;
  }

  /** After a colon: a quotation opening there, or the rest of the sentence (up to an orphan closing mark). */
  private static int[] colonTail(String text, Sentence s, QuotationMarks marks, int k) {
    List<Token> t = s.tokens();
    if (k >= t.size()) {
      return null;
    }
    if (QuotationMarks.isMark(t.get(k).text()) && marks.openingAt(t.get(k).start()) != null) {
      return quoteTail(text, s, marks, k);
    }
    int start = t.get(k).start();
    int paragraphEnd = text.indexOf('\n', start);
    if (paragraphEnd < 0) {
      paragraphEnd = text.length();
    }
    int orphan = marks.orphanBetween(start, paragraphEnd);
    if (orphan > s.end()) {
      return trim(text, start, orphan);
    }
    return trim(text, start, s.end());
  }

  /** The words inside the quotation opening at token {@code k}. */
  private static int[] quoteTail(String text, Sentence s, QuotationMarks marks, int k) {
    int[] q = marks.openingAt(s.tokens().get(k).start());
    int[] rest = trim(text, q[0], s.end());
    if (q[1] < rest[1] - 1) {
      // A partial quotation ("vowed that 'radicalism' will not be tolerated"): the whole clause.
      return rest;
    }
    return interior(text, q);
  }

  private static int[] interior(String text, int[] q) {
    int end = q[1];
    if (end > q[0] && QuotationMarks.isMark(text.charAt(end - 1))) {
      end--;
    }
    return trim(text, q[0] + 1, end);
  }

  /**
   * The words before the token at {@code closer} (a comma or closing mark): the quotation that ends
   * there, or the sentence up to it. Null when there are none.
   */
  private static int[] wordsBefore(String text, Sentence s, QuotationMarks marks, int closer) {
    List<Token> t = s.tokens();
    Token c = t.get(closer);
    int quoteEnd = QuotationMarks.isMark(c.text()) ? c.end()
        : closer > 0 && QuotationMarks.isMark(t.get(closer - 1).text()) ? t.get(closer - 1).end() : -1;
    if (quoteEnd < 0 && closer + 1 < t.size() && QuotationMarks.isMark(t.get(closer + 1).text())) {
      quoteEnd = t.get(closer + 1).end();
    }
    if (quoteEnd >= 0) {
      int[] q = marks.closingAt(quoteEnd);
      if (q != null) {
        return interior(text, q);
      }
    }
    if (closer == 0) {
      return null;
    }
    int[] r = trim(text, s.start(), t.get(closer).start());
    return r[1] > r[0] ? r : null;
  }

  /** A sentence that opens with a quotation mark right after a direct quote in the same paragraph. */
  private static Found continuation(String text, Sentence s, QuotationMarks marks, List<Quote> found) {
    if (found.isEmpty()) {
      return null;
    }
    Quote previous = found.get(found.size() - 1);
    Token first = s.tokens().get(0);
    int[] q = marks.openingAt(first.start());
    if (q == null || previous.style() != AttributionStyle.DIRECT_QUOTE
        || text.substring(Math.min(previous.end(), s.start()), s.start()).indexOf('\n') >= 0
        || s.start() - previous.end() > 400) {
      return null;
    }
    int[] words = interior(text, q);
    if (words[1] <= words[0]) {
      return null;
    }
    return new Found(words[0], words[1], previous.speakerStart(), previous.speakerEnd(), previous.verb(),
        AttributionStyle.DIRECT_QUOTE, previous.role(), previous);
  }

  private static AttributionStyle style(String text, int[] content, QuotationMarks marks) {
    if (content[0] > 0 && QuotationMarks.isMark(text.charAt(content[0] - 1))
        || marks.enclosing(content[0]) != null) {
      return AttributionStyle.DIRECT_QUOTE;
    }
    for (int[] q : marks.spans()) {
      if (q[0] >= content[0] && q[1] <= content[1] + 1 && countWords(text, q[0], q[1]) >= 4) {
        return AttributionStyle.DIRECT_QUOTE;
      }
    }
    return AttributionStyle.REPORTED_SPEECH;
  }

  private static int countWords(String text, int start, int end) {
    int n = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }

  // ---------------------------------------------------------------- speaker phrases

  /** Steps back over auxiliaries, adverbs and particles before a verb: "has also", "have been". */
  private static int skipBackAuxiliaries(List<Token> t, int i) {
    int end = i;
    while (end > 0) {
      String tag = t.get(end - 1).tag();
      if (tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART") || AUXILIARIES.contains(lower(t.get(end - 1)))) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** The start of the noun phrase that ends right before {@code end}. */
  private static int speakerStartBefore(List<Token> t, int end) {
    int start = end;
    while (start > 0) {
      Token p = t.get(start - 1);
      if (p.tag().equals("PRON") && !possessive(p)) {
        if (start == end) {
          start--;
        }
        break;
      } else if (nominal(p) || lower(p).equals("think") && start < t.size() && lower(t.get(start)).equals("tank")) {
        start--;
      } else if (start - 1 > 0 && start < end && (preposition(t, start - 1) || lower(p).equals("and"))
          && nominal(t.get(start - 2)) && !t.get(start - 2).tag().equals("DET")) {
        start--;
      } else {
        break;
      }
    }
    while (start < end && !startsPhrase(t.get(start))) {
      start++;
    }
    return start;
  }

  /**
   * For "X, <appositive>, said" with the comma at {@code comma}: the subject's token range {start,
   * end}, found as the first comma-separated segment of the clause that is a noun phrase and not an
   * introductory phrase. Null when there is none.
   */
  private int[] appositiveSubject(List<Token> t, int comma) {
    List<int[]> segments = new ArrayList<>();
    int segStart = 0;
    for (int k = 0; k <= comma; k++) {
      if (t.get(k).text().equals(",") || k == comma) {
        if (k > segStart) {
          segments.add(new int[] {segStart, k});
        }
        segStart = k + 1;
      }
    }
    if (segments.size() < 2) {
      return null;
    }
    for (int n = 0; n < segments.size() - 1; n++) {
      int[] seg = segments.get(n);
      Token first = t.get(seg[0]);
      String w = lower(first);
      if (first.tag().equals("ADP") || first.tag().equals("ADV") || first.tag().equals("SCONJ")
          || first.tag().equals("CCONJ") && seg[1] - seg[0] == 1 || LEADING_CONNECTIVES.contains(w)
          && seg[1] - seg[0] <= 3) {
        continue;
      }
      // The subject: a noun phrase that ends the segment ("The difference is that Tahir Khan").
      int start = speakerStartBefore(t, seg[1]);
      if (start >= seg[1] || !validSpeaker(t, start, seg[1])) {
        return null;
      }
      // Every later segment but the last must look like an appositive or a relative clause.
      return new int[] {start, seg[1]};
    }
    return null;
  }

  /** True when the phrase {@code [from, to)} can speak: a name, a personal pronoun, or a role noun head. */
  private boolean validSpeaker(List<Token> t, int from, int to) {
    int[] sp = trimSpeaker(t, from, to);
    if (sp[0] >= sp[1]) {
      return false;
    }
    Token head = null;
    for (int k = sp[1] - 1; k >= sp[0]; k--) {
      Token x = t.get(k);
      if (x.tag().equals("NOUN") || x.tag().equals("PROPN") || x.tag().equals("PRON")) {
        head = x;
        // The head of "leader of the group" is "leader": step over trailing "of ..." phrases.
        for (int m = sp[0]; m < k; m++) {
          if (SPEAKER_PREPOSITIONS.contains(lower(t.get(m))) && t.get(m).tag().equals("ADP") && m > sp[0]) {
            Token before = t.get(m - 1);
            if (before.tag().equals("NOUN") || before.tag().equals("PROPN")) {
              head = before;
              break;
            }
          }
        }
        break;
      }
    }
    if (head == null) {
      return false;
    }
    String w = lower(head);
    switch (head.tag()) {
      case "PRON":
        return PERSONAL_PRONOUNS.contains(w) && sp[1] - sp[0] == 1;
      case "PROPN":
        return !TIME_WORDS.contains(w);
      default:
        return roles.isRole(w) || roles.isRole(head.lemma()) || agentNoun(w);
    }
  }

  /** "observers", "researchers", "analysts": plural nouns of people by their ending. */
  private static boolean agentNoun(String w) {
    return w.length() > 5 && (w.endsWith("ists") || w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ians"));
  }

  /** Drops leading connectives and punctuation from a speaker phrase: "But Tahir Khan" -> "Tahir Khan". */
  private static int[] trimSpeaker(List<Token> t, int start, int end) {
    while (start < end && (LEADING_CONNECTIVES.contains(lower(t.get(start))) || !t.get(start).word()
        || t.get(start).tag().equals("ADP") || t.get(start).tag().equals("CCONJ"))) {
      start++;
    }
    while (end > start && (!t.get(end - 1).word() || t.get(end - 1).tag().equals("ADP"))) {
      end--;
    }
    return new int[] {start, end};
  }

  /**
   * For a speaker after the verb, "Husain Haqqani of the Hudson Institute": the name alone, when the
   * phrase starts with a run of proper nouns followed by "of" or "from"; otherwise the whole phrase.
   */
  private int[] cutAffiliation(List<Token> t, int a, int b) {
    int k = a;
    while (k < b && t.get(k).tag().equals("PROPN") && !roles.isRole(lower(t.get(k)))) {
      k++;
    }
    if (k > a && k < b && (lower(t.get(k)).equals("of") || lower(t.get(k)).equals("from"))) {
      return new int[] {a, k};
    }
    return new int[] {a, b};
  }

  /** ", a lecturer at the American University of Afghanistan" after token {@code at}, or "". */
  private String appositiveAfter(String text, List<Token> t, int at, Sentence s) {
    if (at >= t.size() || !t.get(at).text().equals(",") || at + 1 >= t.size()) {
      return "";
    }
    Token first = t.get(at + 1);
    if (!(first.tag().equals("DET") || first.tag().equals("ADJ") || first.tag().equals("NOUN"))) {
      return "";
    }
    int k = at + 1;
    while (k < t.size() && !t.get(k).text().equals(",") && !t.get(k).text().equals(".")
        && !QuotationMarks.isMark(t.get(k).text())) {
      k++;
    }
    boolean hasRole = false;
    for (int m = at + 1; m < k; m++) {
      if (t.get(m).noun() && roles.isRole(lower(t.get(m)))) {
        hasRole = true;
      }
    }
    return hasRole ? text.substring(first.start(), t.get(k - 1).end()) : "";
  }

  private static boolean clauseAhead(List<Token> t, int j) {
    int k = j;
    boolean noun = false;
    while (k < t.size() && k < j + 20) {
      Token x = t.get(k);
      if (x.tag().equals("VERB") || x.tag().equals("AUX")) {
        return noun;
      }
      if (x.noun() || x.tag().equals("PRON") || x.tag().equals("NUM")) {
        noun = true;
      } else if (!(nominal(x) || x.tag().equals("ADP") || x.tag().equals("CCONJ") || x.tag().equals("PART")
          || x.text().equals(",") || QuotationMarks.isMark(x.text()))) {
        return false;
      }
      k++;
    }
    return false;
  }

  private static boolean allTime(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!(x.tag().equals("NUM") || TIME_WORDS.contains(lower(x)) || x.tag().equals("DET"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reporting verb's lemma at token {@code i}, or null. The tagger now and then takes a verb for
   * a noun or an adjective ("the minister alleges that", "Islamabad has denied involvement"); such a
   * word counts as a verb when it is an inflected form of a reporting verb right after "has"/"have"/"had"
   * or right before "that".
   */
  private String reportingLemma(List<Token> t, int i) {
    Token v = t.get(i);
    if (v.tag().equals("VERB")) {
      return REPORTING_VERBS.containsKey(v.lemma()) ? v.lemma() : null;
    }
    if (!(v.tag().equals("NOUN") || v.tag().equals("ADJ"))) {
      return null;
    }
    String w = lower(v);
    boolean afterHave = i > 0 && Set.of("has", "have", "had").contains(lower(t.get(i - 1)));
    boolean beforeThat = i + 1 < t.size() && lower(t.get(i + 1)).equals("that");
    // "Experts warn of ...": right after a subject, a word WordNet knows only as a verb.
    boolean afterSubject = i > 0 && (t.get(i - 1).noun() || t.get(i - 1).tag().equals("PRON"))
        && lexicon.baseForms(w, WordClass.NOUN).isEmpty() && lexicon.baseForms(w, WordClass.ADJECTIVE).isEmpty();
    if (!afterHave && !beforeThat && !afterSubject) {
      return null;
    }
    for (String base : lexicon.baseForms(w, WordClass.VERB)) {
      if (REPORTING_VERBS.containsKey(base) && (afterSubject || !base.equals(w))) {
        return base;
      }
    }
    return null;
  }

  /** True when token {@code k} is a quotation mark, or a comma next to one: the words just closed. */
  private static boolean nextToMark(List<Token> t, int k) {
    Token x = t.get(k);
    if (QuotationMarks.isMark(x.text())) {
      return true;
    }
    return x.text().equals(",") && (k > 0 && QuotationMarks.isMark(t.get(k - 1).text())
        || k + 1 < t.size() && QuotationMarks.isMark(t.get(k + 1).text()));
  }

  /** True when "said," or "said:" at {@code i} opens a quotation: the words come after the verb. */
  private static boolean opensQuotationAfter(List<Token> t, int i, QuotationMarks marks) {
    if (i + 2 >= t.size()) {
      return false;
    }
    String next = t.get(i + 1).text();
    Token mark = t.get(i + 2);
    return (next.equals(",") || next.equals(":")) && QuotationMarks.isMark(mark.text())
        && marks.openingAt(mark.start()) != null;
  }

  /** The quotation that closes the paragraph text right before sentence {@code s}, or null. */
  private static int[] quoteEndingBefore(String text, Sentence s, QuotationMarks marks) {
    int p = s.start();
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    if (p == 0 || !QuotationMarks.isMark(text.charAt(p - 1))) {
      return null;
    }
    return marks.closingAt(p);
  }

  private static boolean endsClause(Token t) {
    String w = t.text();
    return w.equals(".") || w.equals(",") || w.equals(";") || w.equals("!") || w.equals("?")
        || QuotationMarks.isMark(w);
  }

  static boolean nominal(Token t) {
    switch (t.tag()) {
      case "PROPN":
      case "NOUN":
      case "ADJ":
      case "DET":
      case "NUM":
        return true;
      case "PRON":
        return true;
      case "PART":
        return t.text().equals("'s") || t.text().equals("\u2019s");
      case "PUNCT":
        return t.text().equals("-");
      default:
        return false;
    }
  }

  private static boolean possessive(Token t) {
    String w = lower(t);
    return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its") || w.equals("our")
        || w.equals("my") || w.equals("your");
  }

  private static boolean preposition(List<Token> t, int k) {
    Token x = t.get(k);
    return x.tag().equals("ADP") && SPEAKER_PREPOSITIONS.contains(lower(x)) && k + 1 < t.size()
        && nominal(t.get(k + 1));
  }

  private static boolean startsPhrase(Token t) {
    return t.tag().equals("DET") || t.tag().equals("PROPN") || t.tag().equals("NOUN") || t.tag().equals("ADJ")
        || t.tag().equals("NUM") || t.tag().equals("PRON");
  }

  private static boolean headLike(Token t) {
    return t.tag().equals("PROPN") || t.tag().equals("NOUN") || t.tag().equals("PRON") || t.tag().equals("NUM");
  }

  /** Trims white space and the punctuation that only frames the words (commas, colons, marks). */
  static int[] trim(String text, int start, int end) {
    while (start < end && (Character.isWhitespace(text.charAt(start)) || ",:;".indexOf(text.charAt(start)) >= 0
        || QuotationMarks.isMark(text.charAt(start)))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",:;".indexOf(text.charAt(end - 1)) >= 0
        || QuotationMarks.isMark(text.charAt(end - 1)))) {
      end--;
    }
    return new int[] {start, end};
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
