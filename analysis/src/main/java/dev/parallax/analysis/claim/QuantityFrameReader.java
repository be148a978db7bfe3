package dev.parallax.analysis.claim;

import dev.parallax.analysis.lexicon.MeasureLexicon;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import dev.parallax.model.FrameStatus;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the frame of each number of a claim ({@link QuantityFrame}): what it counts, for whom,
 * where, when, on whose word, and what kind of figure it is. A shallow reading of the tagged
 * tokens around the number, in this order:
 *
 * <ol>
 *   <li>the measure: a verb after the counted noun ("91 people were <b>killed</b>"), a measure noun
 *       ("93 <b>deaths</b>", "80 <b>lives</b>" after "claimed"), a verb before the number ("<b>killing</b>
 *       500 people"), or, after a verb of level ("rose to", "stood at") or a stand-in noun ("the
 *       number at 53"), the measure of the subject ("the <b>death toll</b> reached 93"); else the
 *       counted noun itself, with the verb that says what happened to it ("structure: destroy"), or
 *       the measure of a number before it in the same claim ("1,400 people in Veltrano and about
 *       3,000 in Ardenvale");
 *   <li>the subgroup: the counted noun when it names part of the people ("14 police officers",
 *       "three children"), or a cause ("died from gunshot wounds");
 *   <li>the place: a place after the measure or opening the clause ("killed in the district of
 *       Brackwater", "In Veltrano, ..."), leaving out places that stand for the whole story (a country,
 *       "nationwide") and places that describe the event rather than the count; a named place ending in
 *       a unit word ("Brackwater County") is that unit, and a named site keeps its kind ("the Eastmoor
 *       hospital");
 *   <li>the time: a date in the number's clause that says when the counted events happened ("killed
 *       on Sunday", "in July", "since July", "a total of"), kept apart from the day a count was made
 *       or reported ("as of Tuesday", "reached 93 on Saturday", "said on Sunday");
 *   <li>the status: a threshold of a comparison ("stronger than a magnitude of 6.0"), a projection
 *       ("could reach"), an estimate, or a count;
 *   <li>the total it is part of ("including 14 police officers").
 * </ol>
 *
 * Words come from the {@link MeasureLexicon}; a counted noun or verb it does not list is matched to
 * a measure through its WordNet synonyms. Stateless apart from its word sources; thread-safe.
 */
public final class QuantityFrameReader {
  private static final int NP_WORDS = 6;
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "across", "near", "throughout", "around", "inside", "outside", "within", "through");
  private static final Set<String> COMPARATIVES =
      Set.of("more", "less", "fewer", "greater", "higher", "lower", "bigger", "larger", "smaller", "stronger",
          "weaker", "worse", "better", "deadlier", "longer", "shorter");
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");

  private final MeasureLexicon lexicon;
  private final BiFunction<String, WordClass, Set<String>> synonyms;
  /** Where the last {@link #subjectMeasure} found its measure word; per call, on the calling thread. */
  private static final ThreadLocal<int[]> SUBJECT = ThreadLocal.withInitial(() -> new int[] {-1});

  /**
   * @param lexicon the words around numbers
   * @param synonyms WordNet synonyms of a lemma in a word class, to match words the lexicon does not list
   */
  public QuantityFrameReader(MeasureLexicon lexicon, BiFunction<String, WordClass, Set<String>> synonyms) {
    this.lexicon = lexicon;
    this.synonyms = synonyms;
  }

  /**
   * The frames of a claim's numbers (not of its dates, times, durations and ordinals), in text order.
   *
   * @param text the article's text
   * @param tokens the claim's tokens, offsets into {@code text}
   * @param quantities the claim's quantities, in text order
   * @param entities the claim's entities
   * @param source whom the claim credits (the speaker of its quote or "according to" source), or null
   */
  public List<QuantityFrame> read(
      String text, List<Token> tokens, List<QuantityMention> quantities, List<EntityMention> entities, String source) {
    return read(text, tokens, quantities, entities, source, null);
  }

  /**
   * What a claim's first comparable number measures, for its proposition: the phrase of its frame
   * ("Afghan refugees" for "3.7 million Afghan refugees") or the measure the frame names, or null.
   */
  public static String measured(List<QuantityMention> quantities, List<QuantityFrame> frames) {
    for (QuantityMention q : quantities) {
      if (q.numeric() && q.kind() != QuantityKind.DURATION) {
        for (QuantityFrame f : frames) {
          if (f.start() == q.start()) {
            return f.phrase() != null ? f.phrase() : f.measure();
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The time a statement gives for all its figures ("adding that the figures covered the period from
   * June 18 to July 1"), as {@code {time, timeKey}}, or null.
   */
  public static String[] coverage(String text, List<Token> tokens, List<QuantityMention> quantities) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (!(l.equals("figure") || l.equals("number") || l.equals("data") || l.equals("statistic") || l.equals("toll"))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
        String v = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
        if (v.equals("cover") || v.equals("span") || v.equals("refer")) {
          for (QuantityMention d : quantities) {
            if (d.kind() == QuantityKind.DATE && d.start() > tokens.get(j).end()) {
              String key = d.date() != null ? "period:" + d.date() + (d.dateEnd() != null ? ".." + d.dateEnd() : "")
                  : "period:" + d.text().toLowerCase(Locale.ROOT);
              return new String[] {text.substring(tokens.get(j).start(), d.end()), key};
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * As {@link #read(String, List, List, List, String)}, with the time of the statement the claim is part
   * of ({@link #coverage}) for figures that give none of their own.
   */
  public List<QuantityFrame> read(
      String text, List<Token> tokens, List<QuantityMention> quantities, List<EntityMention> entities, String source,
      String[] statementTime) {
    List<QuantityFrame> out = new ArrayList<>();
    if (tokens.isEmpty()) {
      return out;
    }
    List<Span> segments = ClauseSegmenter.segments(tokens);
    List<Reading> readings = new ArrayList<>();
    for (QuantityMention q : quantities) {
      if (!countable(q)) {
        continue;
      }
      int qi = firstToken(tokens, q);
      int qj = lastToken(tokens, q);
      if (qi < 0 || qj < qi || clockOrDate(tokens, qi, qj, quantities) || q.text().matches("\\d+[A-Z]")) {
        continue;
      }
      Reading r = read(text, tokens, segments, quantities, entities, q, qi, qj, readings);
      if (r.time == null && statementTime != null) {
        r.time = statementTime[0];
        r.timeKey = statementTime[1];
      }
      readings.add(r);
      out.add(new QuantityFrame(q.start(), r.measure, r.phrase, r.subgroup, r.place, r.time, r.timeKey, r.asOf,
          source, r.status, r.partOf));
    }
    return out;
  }

  /**
   * A number that is part of a time or a date rather than a count: "1200 GMT", the "9" of "from August
   * 8 to 9".
   */
  private static boolean clockOrDate(List<Token> t, int qi, int qj, List<QuantityMention> quantities) {
    if (qj + 1 < t.size() && t.get(qj + 1).text().matches("(?i)GMT|UTC|LT|local|a\\.?m\\.?|p\\.?m\\.?|hours?|hrs")) {
      return true;
    }
    if (qi >= 2 && isAny(lower(t.get(qi - 1)), "to", "-", "and", "\u2013") && inDate(t.get(qi - 2), quantities)) {
      return true;
    }
    return false;
  }

  /** A number whose value can be compared: not a date, time, duration or ordinal. */
  static boolean countable(QuantityMention q) {
    return q.numeric() && q.kind() != QuantityKind.DURATION && q.reading() != null;
  }

  /** What was read of one number. */
  private static final class Reading {
    int start;
    int qj;
    /** The kind of figure and its unit ("PERCENT", "MONEY:USD", "QUANTITY:km", "NUMBER"). */
    String unit;
    String measure;
    String phrase;
    String subgroup;
    String place;
    String time;
    String timeKey;
    String asOf;
    FrameStatus status = FrameStatus.COUNT;
    int partOf = -1;
    boolean fromSubject;
    int anchor;
  }

  private Reading read(
      String text, List<Token> t, List<Span> segments, List<QuantityMention> quantities, List<EntityMention> entities,
      QuantityMention q, int qi, int qj, List<Reading> earlier) {
    Reading r = new Reading();
    SUBJECT.get()[0] = -1;
    r.start = q.start();
    r.qj = qj;
    r.unit = q.kind() == QuantityKind.RANGE ? (q.unit() == null ? "NUMBER" : q.unit())
        : q.kind().name() + (q.unit() == null ? "" : ":" + q.unit());
    int[] seg = segment(t, segments, qi);
    r.status = status(t, seg, qi);

    // The counted noun phrase after the number: "91 people", "dozens of soldiers", "14 police officers".
    int i = qj + 1;
    if (i < t.size() && lower(t.get(i)).equals("of")) {
      i++;
    }
    while (i < t.size() && (lower(t.get(i)).equals("more") || lower(t.get(i)).equals("each"))) {
      i++;
    }
    int npFrom = i;
    int head = -1;
    while (i < t.size() && i - npFrom < NP_WORDS && nominal(t.get(i)) && !inDate(t.get(i), quantities)
        && !lexicon.is("whole", lower(t.get(i)))) {
      if (t.get(i).noun()) {
        head = i;
        if (measureOf(lemma(t.get(i)), WordClass.NOUN) != null) {
          break; // "deaths nationwide": the measure noun ends the phrase
        }
      } else if (head >= 0 && participle(t.get(i))) {
        break; // "structures damaged": the participle is the predicate
      }
      i++;
    }
    int npEnd = head >= 0 ? head + 1 : npFrom;
    String headLemma = head >= 0 ? lemma(t.get(head)) : null;
    String compound = head >= 0 ? compound(t, npFrom, head) : null;
    int following = followingPredicate(t, npEnd);
    int governing = governingVerb(t, qi);
    String fv = following >= 0 ? verbLemma(t.get(following)) : null;
    String gv = governing >= 0 ? verbLemma(t.get(governing)) : null;
    int before = nounBefore(t, qi);
    String nb = before >= 0 ? lemma(t.get(before)) : null;
    int marker = partMarker(t, qi);
    boolean levelInside = false;
    for (int k = qi; k <= qj; k++) {
      // "surpassed 100" read as one mention; a number the tagger read as a verb is not one
      levelInside |= !t.get(k).text().matches("[\\d.,]+") && lexicon.is("level", verbLemma(t.get(k)));
    }
    boolean level = (gv != null && lexicon.is("level", gv) || levelInside)
        && (headLemma == null || lexicon.is("generic", headLemma));
    boolean counter = nb != null && lexicon.is("counter", nb);
    String dimension = dimension(t, qi, qj);

    String measure = null;
    String verb = null;
    boolean fromSubject = false;
    if (dimension != null) {
      measure = dimension;
    }
    if (measure == null && q.change() != null && byBefore(t, qi)) {
      // "attacks have increased by 56%": the size of a change in what the subject counts
      String subject = subjectHead(t, seg, governing >= 0 ? governing : qi);
      if (subject != null) {
        measure = subject + ": " + (q.change() == dev.parallax.model.Change.INCREASE ? "rise" : "fall");
      }
    }
    if (measure == null && following >= 0) {
      measure = measureOf(fv, WordClass.VERB);
      if (measure == null) {
        measure = measureOf(lower(t.get(following)), WordClass.ADJECTIVE);
      }
      if (measure == null && isAny(fv, "receive", "suffer", "sustain") && following + 1 < t.size()
          && isAny(lemma(t.get(following + 1)), "injury", "wound")) {
        measure = "injured"; // "2,421 others receiving injuries"
      }
      if (measure == null && joinsEvent(t, following)) {
        measure = "participants"; // "5,000 people joined the protest"
      }
      if (measure == null && (lostLives(t, following) || following + 2 < t.size()
          && lower(t.get(following + 1)).equals("to") && lower(t.get(following + 2)).equals("death"))) {
        measure = "deaths"; // "lost their lives", "were beaten to death"
      }
      verb = fv;
    }
    if (measure == null && headLemma != null) {
      measure = measureOf(headLemma, WordClass.NOUN);
      if (headLemma.equals("life") && (isAny(gv, "lose", "claim", "take", "cost") || isAny(fv, "lose"))) {
        measure = "deaths";
      }
    }
    if (measure == null && nb != null && marker < 0) {
      // "the deaths of 150 people", "the death of 14 officers", "claimed the lives of at least 99 people"
      String m = measureOf(nb, WordClass.NOUN);
      if (m == null && nb.equals("life") && isAny(gv, "lose", "claim", "take", "cost")) {
        m = "deaths";
      }
      if (m != null && !nb.equals("toll")) {
        measure = m;
      }
    }
    if (measure == null && gv != null && !lexicon.is("level", gv) && !lexicon.is("report", gv) && marker < 0) {
      measure = measureOf(gv, WordClass.VERB);
      if (measure == null && lostLives(t, governing)) {
        measure = "deaths";
      }
    }
    if (measure == null && gv != null && lexicon.is("level", gv) && headLemma != null) {
      // "the death toll ... reached 471 martyrs": the toll says what the number counts
      measure = subjectMeasure(t, seg, governing);
      fromSubject = measure != null;
      level = fromSubject;
    }
    if (measure == null && (level || counter || marker >= 0 || nb != null && nb.equals("toll")
        || gv != null && lexicon.is("report", gv) && headLemma == null)) {
      measure = subjectMeasure(t, seg, before >= 0 ? before : governing >= 0 ? governing : qi);
      fromSubject = measure != null;
      if (measure == null && marker >= 0 || measure == null && (level || counter)) {
        Reading previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        measure = previous != null ? previous.measure : null;
      }
    }
    if (measure == null && headLemma != null && !lexicon.is("generic", headLemma)
        && !lexicon.is("counter", headLemma)) {
      String v = verb != null ? verb
          : gv != null && !lexicon.is("report", gv) && !lexicon.is("level", gv) && !lexicon.is("part", gv) ? gv : null;
      measure = v != null ? compound + ": " + v + alternative(t, following) : compound;
      if (q.kind() == QuantityKind.PERCENT) {
        measure = headLemma; // "3% of the search area" and "3% of the hardest-hit areas" measure one thing
      }
    }
    boolean inherited = false;
    if (measure == null && headLemma == null && nb == null) {
      Reading previous = connected(t, earlier, qi, r.unit);
      inherited = previous != null;
      if (previous != null) {
        measure = previous.measure;
        r.subgroup = previous.subgroup;
      }
    }
    r.measure = measure;
    if (r.phrase == null && head >= 0) {
      r.phrase = text.substring(t.get(npFrom).start(), t.get(head).end());
    }
    boolean person = headLemma != null && compound != null && !lexicon.is("generic", headLemma)
        && !lexicon.is("counter", headLemma) && measureOf(headLemma, WordClass.NOUN) == null
        && !isDemonym(t, head, entities);
    if (person && measure != null && !measure.startsWith(compound) && !(fromSubject && level)
        && peopleMeasure(measure)) {
      r.subgroup = compound;
    }
    if ((qi > 0 && lower(t.get(qi - 1)).equals("other") || headLemma != null && headLemma.equals("other"))
        && (earlier.isEmpty() || Objects.equals(earlier.get(earlier.size() - 1).measure, measure))) {
      // "Nine others were killed": others than those counted before; "two were killed and 30 others injured": anyone
      r.subgroup = r.subgroup == null ? "others" : r.subgroup + " others";
    }
    if (marker >= 0) {
      int whole = -1;
      for (int k = earlier.size() - 1; k >= 0 && whole < 0; k--) {
        if (earlier.get(k).measure != null && earlier.get(k).measure.equals(measure)) {
          whole = earlier.get(k).start;
        }
      }
      r.partOf = whole;
      if (r.subgroup == null) {
        r.subgroup = "part";
      }
    }
    // A cause narrows a toll: "died from gunshot wounds", "killed by police".
    if (following >= 0 && ("deaths".equals(measure) || "injured".equals(measure))) {
      String cause = cause(t, following + 1, seg);
      if (cause != null) {
        r.subgroup = r.subgroup == null ? cause : r.subgroup + " " + cause;
      }
    }
    r.fromSubject = fromSubject;
    r.anchor = following >= 0 ? following + 1 : head >= 0 ? npEnd : qj + 1;
    if (fromSubject && SUBJECT.get()[0] >= 0 && SUBJECT.get()[0] < qi) {
      r.anchor = SUBJECT.get()[0] + 1; // "the total number of deaths in the district to 18": the place follows the measure
    }
    place(text, t, seg, qi, r, entities);
    if (r.place == null) {
      r.place = placeBeforeWhere(text, t, seg, entities);
    }
    Reading last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    if (r.place == null && last != null && last.partOf < 0 && !"part".equals(last.subgroup)
        && connectedTo(t, last, qi)) {
      r.place = last.place; // "In Veltrano, 3 people were killed and 50 injured"; not from "including 19 in Ardenvale"
    }
    time(text, t, seg, quantities, q, qi, r, governing, following);
    if (r.time == null && (marker >= 0 || inherited)) {
      Reading whole = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
      if (whole != null) {
        r.time = whole.time;
        r.timeKey = whole.timeKey;
      }
    }
    return r;
  }

  /** A measure of people (deaths, injured, arrests, ...), as opposed to a dimension or a counted thing. */
  private boolean peopleMeasure(String measure) {
    return lexicon.is("measures", measure);
  }

  /** "by 56%", "by a record 56%": the number is the size of a change. */
  private static boolean byBefore(List<Token> t, int qi) {
    for (int k = qi - 1; k >= 0 && qi - k <= 3; k--) {
      if (lower(t.get(k)).equals("by")) {
        return true;
      }
      if (!(t.get(k).tag().equals("DET") || t.get(k).tag().equals("ADJ") || t.get(k).tag().equals("NOUN"))) {
        return false;
      }
    }
    return false;
  }

  /** "joined the protest", "took part in the march": a verb of joining whose object is an event. */
  private boolean joinsEvent(List<Token> t, int verb) {
    if (!isAny(verbLemma(t.get(verb)), "join", "attend", "take")) {
      return false;
    }
    for (int k = verb + 1; k < Math.min(t.size(), verb + 5); k++) {
      if (t.get(k).tag().equals("NOUN")) {
        String l = lemma(t.get(k));
        if (!l.equals("part")) {
          return lexicon.is("event", l) || lexicon.measure(l, WordClass.VERB) != null
              || "participants".equals(lexicon.measure(l, WordClass.NOUN));
        }
      }
    }
    return false;
  }

  /** "lost their lives", "claimed the lives": a verb of loss whose object is lives. */
  private static boolean lostLives(List<Token> t, int verb) {
    if (!isAny(verbLemma(t.get(verb)), "lose", "claim", "take", "cost", "give")) {
      return false;
    }
    for (int k = verb + 1; k < Math.min(t.size(), verb + 4); k++) {
      if (isAny(lower(t.get(k)), "life", "lives")) {
        return true;
      }
    }
    return false;
  }

  /** A dimension noun right before or after the number: "magnitude 6.8", "a 6.9-magnitude quake", "a depth of 26 km". */
  private String dimension(List<Token> t, int qi, int qj) {
    for (int k = Math.max(0, qi - 3); k < Math.min(t.size(), qj + 3); k++) {
      if (k >= qi && k <= qj) {
        for (String part : lower(t.get(k)).split("-")) {
          if (lexicon.is("dimension", part)) {
            return part;
          }
        }
        continue;
      }
      Token x = t.get(k);
      if (x.tag().equals("NOUN") && lexicon.is("dimension", lemma(x))) {
        boolean between = true;
        for (int j = Math.min(k, qi) + 1; j < Math.max(k, qj); j++) {
          if (j >= qi && j <= qj) {
            continue;
          }
          between &= isAny(lower(t.get(j)), "of", "a", "an", "the", "-");
        }
        if (between) {
          return lemma(x);
        }
      }
    }
    return null;
  }

  /**
   * The head noun of the clause's subject before {@code verb}: "TTP attacks against Pakistani
   * positions have increased" gives "attack", "the number of terrorist attacks in Pakistan has
   * increased" gives "attack". Null when there is none.
   */
  private String subjectHead(List<Token> t, int[] seg, int verb) {
    int end = verb;
    while (end > seg[0] && (t.get(end - 1).tag().equals("AUX") || t.get(end - 1).tag().equals("ADV")
        || t.get(end - 1).tag().equals("PART"))) {
      end--;
    }
    int start = end;
    while (start > seg[0] && !boundary(t.get(start - 1))) {
      start--;
    }
    while (start < end && (t.get(start).tag().equals("DET") || lexicon.is("counter", lemma(t.get(start)))
        || lower(t.get(start)).equals("of"))) {
      start++;
    }
    String head = null;
    for (int k = start; k < end; k++) {
      if (t.get(k).noun()) {
        head = lemma(t.get(k));
        if (k + 1 < end && t.get(k + 1).tag().equals("ADP")) {
          break;
        }
      } else if (head != null && t.get(k).tag().equals("ADP")) {
        break;
      }
    }
    return head;
  }

  /** An adjective or verb that is a past participle ("damaged", "killed", "slain"). */
  private static boolean participle(Token x) {
    String w = lower(x);
    return !x.tag().equals("PROPN") && !x.tag().equals("NUM") && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("n"))
        && !dev.parallax.analysis.lexicon.WordNetLexicon.shared().baseForms(w, WordClass.VERB).isEmpty();
  }

  /** A verb's lemma, also for a participle the tagger read as an adjective or a noun ("slain", "risen"). */
  private static String verbLemma(Token x) {
    if (x.tag().equals("VERB") || x.tag().equals("AUX")) {
      return x.lemma().toLowerCase(Locale.ROOT);
    }
    List<String> bases = dev.parallax.analysis.lexicon.WordNetLexicon.shared().baseForms(lower(x), WordClass.VERB);
    String w = lower(x);
    if (!bases.isEmpty() && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing") || w.endsWith("n"))) {
      return bases.get(0);
    }
    return lemma(x);
  }

  /** True when the token lies inside a date or time mention. */
  private static boolean inDate(Token x, List<QuantityMention> quantities) {
    for (QuantityMention m : quantities) {
      if ((m.kind() == QuantityKind.DATE || m.kind() == QuantityKind.TIME) && m.start() <= x.start()
          && x.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /** "damaged or destroyed": the second verb of a pair joined by "or" or "and", as "/destroy". */
  private static String alternative(List<Token> t, int verb) {
    if (verb >= 0 && verb + 2 < t.size() && isAny(lower(t.get(verb + 1)), "or", "and")
        && (t.get(verb + 2).tag().equals("VERB") || t.get(verb + 2).tag().equals("ADJ"))) {
      return "/" + lemma(t.get(verb + 2));
    }
    return "";
  }

  /** The measure a word names: the lexicon's, or through a WordNet synonym, or null. */
  private String measureOf(String lemma, WordClass wc) {
    if (lemma == null) {
      return null;
    }
    String m = lexicon.measure(lemma, wc);
    if (m != null) {
      return m;
    }
    if (wc == WordClass.NOUN) {
      // Verbs are not looked up by synonym: a verb's rarer senses ("hit" can mean "kill") mislead.
      for (String s : synonyms.apply(lemma, wc)) {
        m = lexicon.measure(s, wc);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private FrameStatus status(List<Token> t, int[] seg, int qi) {
    for (int k = qi - 1; k >= Math.max(seg[0], qi - 4); k--) {
      if (lower(t.get(k)).equals("than") && k > 0) {
        String c = lower(t.get(k - 1));
        if (COMPARATIVES.contains(c) || c.endsWith("er") && (t.get(k - 1).tag().equals("ADJ")
            || t.get(k - 1).tag().equals("ADV"))) {
          return FrameStatus.THRESHOLD;
        }
      }
    }
    boolean estimate = false;
    for (int k = seg[0]; k < qi; k++) {
      String w = lower(t.get(k));
      String l = lemma(t.get(k));
      boolean modal = isAny(w, "could", "might", "may", "would");
      if (modal && t.get(k).tag().equals("AUX") || !modal && (lexicon.is("projection", w) || lexicon.is("projection", l))
          || w.equals("likely") && k + 2 < t.size() && lower(t.get(k + 1)).equals("to")
          && lexicon.is("level", lemma(t.get(k + 2)))) {
        return FrameStatus.PROJECTION;
      }
      estimate |= lexicon.is("estimate", w) || lexicon.is("estimate", l);
    }
    return estimate ? FrameStatus.ESTIMATE : FrameStatus.COUNT;
  }

  /** The bounds {@code [from, to)} of the clause segment of token {@code i}: the whole claim when it has one segment. */
  private static int[] segment(List<Token> t, List<Span> segments, int i) {
    int start = t.get(i).start();
    for (Span s : segments) {
      if (s.start() <= start && start < s.end()) {
        int from = 0;
        while (from < t.size() && t.get(from).start() < s.start()) {
          from++;
        }
        int to = from;
        while (to < t.size() && t.get(to).end() <= s.end()) {
          to++;
        }
        return new int[] {from, Math.max(to, i + 1)};
      }
    }
    return new int[] {0, t.size()};
  }

  /** Words of a noun phrase: nouns, adjectives, hyphens, and participles used as modifiers ("armed"). */
  private static boolean nominal(Token x) {
    String tag = x.tag();
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") && !lower(x).equals("more")
        || x.text().equals("-");
  }

  /** The noun phrase's nouns up to its head, as lemmas: "police officer", "construction worker". */
  private static String compound(List<Token> t, int from, int head) {
    int s = head;
    while (s > from && t.get(s - 1).tag().equals("NOUN")) {
      s--;
    }
    StringBuilder b = new StringBuilder();
    for (int k = s; k <= head; k++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(k == head ? lemma(t.get(k)) : lower(t.get(k)));
    }
    return b.toString();
  }

  /**
   * The predicate after the counted noun phrase, past auxiliaries and adverbs: "were <b>killed</b>",
   * "have <b>died</b>", "are <b>missing</b>", "<b>injured</b>"; -1 when there is none.
   */
  private int followingPredicate(List<Token> t, int from) {
    int k = from;
    // "11 people, including two students and a ruling party leader, were killed": skip the inserted part.
    if (k + 1 < t.size() && t.get(k).text().equals(",") && lexicon.is("part", lower(t.get(k + 1)))) {
      int close = k + 1;
      while (close < t.size() && close - k < 14 && !t.get(close).text().equals(",")) {
        close++;
      }
      if (close < t.size() && t.get(close).text().equals(",")) {
        k = close + 1;
      }
    }
    for (int start = k; k < t.size() && k - start < 5; k++) {
      Token x = t.get(k);
      String w = lower(x);
      if (x.tag().equals("VERB") && !isAny(x.lemma(), "be", "have", "do", "get")) {
        return k;
      }
      if (x.tag().equals("ADJ") && (lexicon.measure(w, WordClass.ADJECTIVE) != null || participle(x))) {
        return k;
      }
      if ((x.tag().equals("NOUN") && k == start || x.tag().equals("ADV")) && participle(x)) {
        return k; // the tagger reads some participles as nouns or adverbs ("were slain")
      }
      if (!(x.tag().equals("AUX") || x.tag().equals("ADV") || x.tag().equals("PART") || isAny(w, "who", "that", "been")
          || x.tag().equals("VERB"))) {
        return -1;
      }
    }
    return -1;
  }

  /** The nearest verb before the number, not past a clause boundary or another number; -1 when none. */
  private int governingVerb(List<Token> t, int qi) {
    for (int k = qi - 1; k >= 0 && qi - k <= 12; k--) {
      Token x = t.get(k);
      if (boundary(x) || x.tag().equals("NUM")) {
        return -1;
      }
      if (x.tag().equals("VERB") && !isAny(x.lemma(), "be", "have", "do")
          || !x.tag().equals("NUM") && lexicon.is("level", verbLemma(x)) && k > 0
          && (t.get(k - 1).tag().equals("AUX") || isAny(t.get(k - 1).lemma(), "have", "be"))) {
        return k; // also "has risen", which the tagger may read as a noun
      }
    }
    return -1;
  }

  /** A noun right before the number, past "at", "to", "of", "a" and "the": "magnitude 6.8", "the number at 53". */
  private int nounBefore(List<Token> t, int qi) {
    int k = qi - 1;
    while (k >= 0 && qi - k <= 3 && isAny(lower(t.get(k)), "at", "to", "of", "a", "an", "the", "-")) {
      k--;
    }
    if (k < 0 || qi - k > 4 || !t.get(k).tag().equals("NOUN")) {
      return -1;
    }
    String l = lemma(t.get(k));
    // A verb the tagger read as a noun ("has risen to 133") or an event ("the blazes surpassed 100") is not what is counted.
    if (lexicon.is("level", verbLemma(t.get(k))) || lexicon.is("event", l)) {
      return -1;
    }
    return k;
  }

  /** The index of a word before the number that makes it part of a total ("including"), or -1. */
  private int partMarker(List<Token> t, int qi) {
    for (int k = qi - 1; k >= 0 && qi - k <= 3; k--) {
      String w = lower(t.get(k));
      if (lexicon.is("part", w) || lexicon.is("part", lemma(t.get(k)))
          || k > 0 && lexicon.is("part", lower(t.get(k - 1)) + " " + w)) {
        return k;
      }
      if (boundary(t.get(k)) && !w.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The measure of the clause's subject, for a number after a verb of level or a stand-in noun: "the
   * death toll ... reached 93", "the number of people killed ... rose to 22", "putting the number at
   * 53" (the toll named earlier in the sentence), "the number of the injured at 214".
   */
  private String subjectMeasure(List<Token> t, int[] seg, int from) {
    // "put the number of the injured at 214": the stand-in noun between the verb and the number
    for (int k = from + 1; k < Math.min(t.size(), from + 6); k++) {
      String l = lemma(t.get(k));
      if (t.get(k).tag().equals("NUM")) {
        break;
      }
      if (lexicon.is("counter", l) && k + 1 < t.size() && lower(t.get(k + 1)).equals("of")) {
        for (int j = k + 2; j < Math.min(t.size(), k + 6); j++) {
          Token y = t.get(j);
          String m = measureOf(lemma(y), y.tag().equals("VERB") ? WordClass.VERB : WordClass.NOUN);
          if (m == null) {
            m = lexicon.measure(lower(y), WordClass.ADJECTIVE);
          }
          if (m != null) {
            SUBJECT.get()[0] = j;
            return m;
          }
          if (y.tag().equals("NUM") || boundary(y)) {
            break;
          }
        }
      }
    }
    for (int k = from - 1; k >= 0; k--) {
      Token x = t.get(k);
      String l = lemma(x);
      if (x.tag().equals("NOUN") && l.equals("toll")) {
        SUBJECT.get()[0] = k;
        if (k > 0 && t.get(k - 1).tag().equals("NOUN")) {
          String m = measureOf(lemma(t.get(k - 1)), WordClass.NOUN);
          if (m != null) {
            return m;
          }
        }
        return "deaths";
      }
      if (x.tag().equals("NOUN") && lexicon.is("counter", l) && k + 1 < t.size() && lower(t.get(k + 1)).equals("of")) {
        // "the number of people killed", "the number of the injured", "a total of 39"
        for (int j = k + 2; j < Math.min(t.size(), k + 7); j++) {
          Token y = t.get(j);
          String m = measureOf(lemma(y), y.tag().equals("VERB") ? WordClass.VERB
              : y.tag().equals("ADJ") ? WordClass.ADJECTIVE : WordClass.NOUN);
          if (m != null) {
            SUBJECT.get()[0] = j;
            return m;
          }
          if (boundary(y) || y.tag().equals("NUM")) {
            break;
          }
        }
      }
      String m = x.tag().equals("NOUN") ? measureOf(l, WordClass.NOUN)
          : x.tag().equals("ADJ") || x.tag().equals("VERB") && k + 1 < t.size() && t.get(k + 1).verb()
              ? lexicon.measure(lower(x), WordClass.ADJECTIVE) : null;
      if (m != null) {
        SUBJECT.get()[0] = k; // "the deaths", "the dead", "the deceased included ..."
        return m;
      }
    }
    // "put the number at 133 but said the death toll was likely to rise": a toll named after the number
    for (int k = from + 1; k < t.size(); k++) {
      if (t.get(k).tag().equals("NOUN") && lemma(t.get(k)).equals("toll")) {
        return "deaths";
      }
    }
    return null;
  }

  /** The reading of a number before this one in the same claim that it continues: "1,400 ... and about 3,000". */
  private static Reading connected(List<Token> t, List<Reading> earlier, int qi, String unit) {
    if (earlier.isEmpty()) {
      return null;
    }
    Reading previous = earlier.get(earlier.size() - 1);
    if (previous.measure == null || previous.qj >= qi || !previous.unit.equals(unit)) {
      return null;
    }
    for (int k = previous.qj + 1; k < qi; k++) {
      Token x = t.get(k);
      if (x.text().equals(";") || x.text().equals(":") || x.tag().equals("SCONJ")) {
        return null;
      }
    }
    return previous;
  }

  /** True when nothing but a coordination separates the number at {@code qi} from {@code previous}'s clause. */
  private static boolean connectedTo(List<Token> t, Reading previous, int qi) {
    for (int k = previous.qj + 1; k < qi; k++) {
      Token x = t.get(k);
      if (x.text().equals(";") || x.text().equals(":") || x.tag().equals("SCONJ") || x.text().equals("\"")
          || isAny(lower(x), "where", "which", "while", "when", "after", "before")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "in the northern Brackwater area, where two more people were slain": a place named just before a
   * "where" clause that holds the number.
   */
  private String placeBeforeWhere(String text, List<Token> t, int[] seg, List<EntityMention> entities) {
    int w = seg[0];
    if (w >= t.size() || !lower(t.get(w)).equals("where")) {
      return null;
    }
    int comma = w - 1;
    if (comma >= 0 && t.get(comma).text().equals(",")) {
      comma--;
    }
    for (int k = comma; k >= 0 && comma - k < 8; k--) {
      if (PLACE_PREPOSITIONS.contains(lower(t.get(k)))) {
        String p = placeIn(text, t, k + 1, comma + 1, entities);
        return p == null || p.isEmpty() ? null : p;
      }
      if (t.get(k).text().equals(",") && k < comma) {
        // "..., and the northeastern Veltrano district, where": a place listed after a comma
        int from = k + 1 < t.size() && lower(t.get(k + 1)).equals("and") ? k + 2 : k + 1;
        String p = placeIn(text, t, from, comma + 1, entities);
        if (p != null) {
          return p.isEmpty() ? null : p;
        }
      }
    }
    return null;
  }

  /** "from gunshot wounds", "of their injuries", "by police": what a toll is narrowed to. */
  private String cause(List<Token> t, int from, int[] seg) {
    if (from < t.size() && lower(t.get(from)).equals("to") && from + 1 < t.size()
        && lower(t.get(from + 1)).equals("death")) {
      from += 2; // "beaten to death by ..."
    }
    if (from >= t.size() || !isAny(lower(t.get(from)), "from", "of", "by", "with")) {
      return null;
    }
    String head = null;
    StringBuilder words = new StringBuilder(lower(t.get(from)));
    for (int k = from + 1; k < Math.min(seg[1], from + 5); k++) {
      Token x = t.get(k);
      if (x.tag().equals("NOUN")) {
        head = lemma(x);
        words.append(' ').append(head);
      } else if (x.tag().equals("ADJ")) {
        words.append(' ').append(lower(x));
      } else if (!(x.tag().equals("DET") || x.tag().equals("PRON"))) {
        break;
      }
    }
    if (head == null || lexicon.is("event", head) || lexicon.is("place", head)) {
      return null;
    }
    return words.toString();
  }

  /**
   * The place a number is given for: the first place in a prepositional phrase after the measure
   * ("killed in the northern city of X"), or a place opening the clause ("In X, ..."). A country
   * named by its own name or demonym, and "the country" or "nationwide", stand for the whole story.
   */
  private void place(String text, List<Token> t, int[] seg, int qi, Reading r, List<EntityMention> entities) {
    // "In Veltrano, at least 3 people were killed": a place phrase opening the clause.
    if (seg[0] < qi && PLACE_PREPOSITIONS.contains(lower(t.get(seg[0])))) {
      String p = placeIn(text, t, seg[0] + 1, qi, entities);
      if (p != null) {
        r.place = p.isEmpty() ? null : p;
        return;
      }
    }
    int limit = seg[1];
    // "13 policemen, who were beaten to death in the district of X": a relative clause on the counted people places them
    int rel = limit < t.size() && t.get(limit).text().equals(",") ? limit + 1 : limit;
    if (rel < t.size() && isAny(lower(t.get(rel)), "who", "which", "that") && rel - r.anchor <= 2) {
      limit = rel + 1;
      while (limit < t.size() && !boundary(t.get(limit))) {
        limit++;
      }
    }
    for (int k = Math.max(r.anchor, seg[0]); k < limit && k < t.size(); k++) {
      Token x = t.get(k);
      if (k >= qi && k <= r.qj || k == rel && limit > seg[1]) {
        continue;
      }
      boolean death = k + 2 < t.size() && lower(t.get(k + 1)).equals("to") && lower(t.get(k + 2)).equals("death");
      if (x.tag().equals("VERB") && k > r.anchor + 1 && k > r.qj && measureOf(verbLemma(x), WordClass.VERB) == null
          && !death || boundary(x) && !x.text().equals(",") || x.tag().equals("NUM") && k > r.qj) {
        return; // a verb of its own starts another statement; "who were killed in X" still places the count
      }
      String w = lower(x);
      if (lexicon.is("whole", w)) {
        return;
      }
      if (r.fromSubject && x.tag().equals("NOUN") && lexicon.is("event", lemma(x))) {
        return; // "the death toll from the earthquake in the valley": the place describes the event
      }
      if (PLACE_PREPOSITIONS.contains(w)) {
        String p = placeIn(text, t, k + 1, limit, entities);
        if (p != null) {
          r.place = p.isEmpty() ? null : p;
          return;
        }
      }
    }
  }

  /**
   * The place of the noun phrase at {@code from}: a proper name that is not a person or an
   * organisation, or a place noun ("the district"); "" for a place that stands for the whole story;
   * null when the phrase is not a place.
   */
  private String placeIn(String text, List<Token> t, int from, int to, List<EntityMention> entities) {
    String placeNoun = null;
    for (int k = from; k < to && k < t.size() && k - from < 8; k++) {
      Token x = t.get(k);
      String w = lower(x);
      if (x.tag().equals("PROPN") && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        continue; // "Brackwater's Eastmoor police station": the owner is not the place
      }
      if (x.tag().equals("PROPN")) {
        EntityMention e = entityAt(entities, x);
        if (WEEKDAYS.contains(w) || MONTHS.contains(w)) {
          return null;
        }
        int end = k;
        while (end + 1 < to && end + 1 < t.size() && t.get(end + 1).tag().equals("PROPN")) {
          end++;
        }
        boolean placeAfter = false;
        for (int j = end + 1; j < Math.min(t.size(), end + 3); j++) {
          placeAfter |= t.get(j).tag().equals("NOUN") && lexicon.is("place", lemma(t.get(j)));
        }
        if (!placeAfter && e != null && e.type() == EntityType.ORGANIZATION) {
          return null; // "killed in Taliban attacks"; a run typed as a person after "in" or "at" is a place all the same
        }
        if (end + 1 < t.size() && t.get(end + 1).text().equals("'s")) {
          k = end + 1; // "Ardenvale's western Dunmere region", "Brackwater's Eastmoor police station": the owner is not the place
          continue;
        }
        if (end + 1 < t.size() && lexicon.is("whole", lower(t.get(end + 1)))) {
          return ""; // "the North African nation"
        }
        if (e != null && e.type() == EntityType.PLACE && wholeCountry(e) && !unitNamed(e)) {
          return "";
        }
        if (end + 1 < to && end + 1 < t.size() && t.get(end + 1).tag().equals("NOUN")
            && lexicon.is("site", lemma(t.get(end + 1)))) {
          return text.substring(x.start(), t.get(end + 1).end()); // "the Eastmoor hospital": a site, named with its kind
        }
        return text.substring(x.start(), t.get(end).end());
      }
      if (x.tag().equals("NOUN")) {
        String l = lemma(x);
        if (lexicon.is("whole", l)) {
          return "";
        }
        if (lexicon.is("event", l)) {
          return null;
        }
        if (lexicon.is("place", l)) {
          placeNoun = l;
          if (k + 2 < t.size() && lower(t.get(k + 1)).equals("of") && t.get(k + 2).tag().equals("PROPN")) {
            k++; // "the district of Brackwater": the name after "of" is the place
          }
          continue;
        }
        if (placeNoun != null) {
          break;
        }
        continue; // "the north-western district": a modifier before the place noun
      }
      if (x.tag().equals("DET") || x.tag().equals("ADJ") || x.tag().equals("PRON") || w.equals("-")) {
        continue;
      }
      break;
    }
    return placeNoun != null ? "the " + placeNoun : null;
  }

  /**
   * A place named with the word for a unit below the whole ("Brackwater County", "the Veltrano Province"): its
   * figures are that unit's, never the whole story's, whatever its name.
   */
  private boolean unitNamed(EntityMention e) {
    String surface = e.text().strip();
    String last = surface.substring(surface.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return surface.indexOf(' ') > 0 && lexicon.is("place", last);
  }

  /** A country named by its own name or a demonym ("Kenya", "Kenyan"), not by its capital. */
  private static boolean wholeCountry(EntityMention e) {
    String surface = e.text().toLowerCase(Locale.ROOT);
    String name = e.name().toLowerCase(Locale.ROOT);
    int n = Math.min(4, Math.min(surface.length(), name.length()));
    return surface.regionMatches(0, name, 0, n);
  }

  private static boolean isDemonym(List<Token> t, int head, List<EntityMention> entities) {
    EntityMention e = entityAt(entities, t.get(head));
    return e != null && e.type() == EntityType.PLACE;
  }

  private static EntityMention entityAt(List<EntityMention> entities, Token x) {
    for (EntityMention e : entities) {
      if (e.start() <= x.start() && x.end() <= e.end()) {
        return e;
      }
    }
    return null;
  }

  /**
   * The time the counted events happened: a date in the number's clause after the measure ("were
   * killed on Sunday"), a date opening the clause ("On Sunday, ..."), or a "since" phrase ("have
   * died since July", "Since the protests started in July, ..."). Dates after "as of" or "by", after
   * a verb of level ("reached 93 on Saturday") and after a reporting verb ("said on Sunday") give
   * {@code asOf} instead; so do words that mark an earlier count ("previously").
   */
  private void time(
      String text, List<Token> t, int[] seg, List<QuantityMention> quantities, QuantityMention q, int qi, Reading r,
      int governing, int following) {
    int claimStart = t.get(0).start();
    int claimEnd = t.get(t.size() - 1).end();
    int to = t.get(Math.min(seg[1], t.size()) - 1).end();
    int after = t.get(Math.min(Math.max(r.anchor, qi), t.size() - 1)).start();
    int fronted = frontedEnd(t, seg);
    for (QuantityMention d : quantities) {
      if (d.kind() != QuantityKind.DATE || d.start() < claimStart || d.end() > claimEnd) {
        continue;
      }
      int di = firstToken(t, d);
      int dj = lastToken(t, d);
      if (di < 0 || d.text().toLowerCase(Locale.ROOT).matches("(up )?to date|so far|thus far|now|currently")) {
        continue; // a running total up to now is the current count, not a period
      }
      if (dj + 1 < t.size() && isAny(t.get(dj + 1).text(), ":", "'s", "-", "–")) {
        continue; // a dateline ("Dhaka, August 5:"), or a date that names an event ("Friday's attack")
      }
      String lead = di > 0 ? lower(t.get(di - 1)) : "";
      String lead2 = di > 1 ? lower(t.get(di - 2)) + " " + lead : lead;
      String written = (isAny(lead, "on", "in", "since", "during", "from", "by", "until", "between", "last")
          && !d.text().toLowerCase(Locale.ROOT).startsWith(lead) ? t.get(di - 1).text() + " " : "") + d.text();
      boolean prepositional = isAny(lead, "on", "in", "since", "during", "from", "until", "between", "last", "this");
      boolean here = d.start() >= after && d.end() <= to && !afterSuperlative(t, seg[0], di)
          || di >= seg[0] && dj < fronted
          || di >= seg[0] && dj < qi && prepositional && !afterSuperlative(t, seg[0], di);
      if (!here) {
        continue;
      }
      if (lead2.equals("as of") || lead.equals("by") || lead.equals("of") && lead2.startsWith("as")) {
        if (r.asOf == null) {
          r.asOf = lead2 + " " + d.text();
        }
        continue;
      }
      if (reportedOn(t, di, following)) {
        if (r.asOf == null) {
          r.asOf = written;
        }
        continue;
      }
      if (r.time == null) {
        r.time = written;
        r.timeKey = timeKey(d, lead);
      }
    }
    if (r.time == null) {
      since(text, t, seg, quantities, qi, r);
    }
    if (r.time == null) {
      for (int k = seg[0]; k < seg[1] && k < t.size(); k++) {
        if (lexicon.is("cumulative", lower(t.get(k)))) {
          r.time = t.get(k).text();
          r.timeKey = "since";
          break;
        }
      }
    }
    if (r.asOf == null) {
      for (int k = 0; k < qi; k++) {
        if (lexicon.is("earlier", lower(t.get(k)))) {
          r.asOf = "earlier (\"" + t.get(k).text() + "\")";
          break;
        }
      }
    }
  }

  /** A superlative before {@code di} in the clause: "the deadliest in Russia since ... 2004" dates a comparison, not the count. */
  private static boolean afterSuperlative(List<Token> t, int from, int di) {
    for (int k = from; k < di; k++) {
      String w = lower(t.get(k));
      if (t.get(k).tag().equals("ADJ") && (w.endsWith("est") || isAny(w, "worst", "best", "most", "least"))) {
        return true;
      }
    }
    return false;
  }

  /** The end (exclusive token index) of a phrase opening the clause and closed by a comma: "On Sunday, ..."; -1 when none. */
  private static int frontedEnd(List<Token> t, int[] seg) {
    int comma = -1;
    for (int k = seg[0]; k < Math.min(seg[1], seg[0] + 12); k++) {
      if (t.get(k).text().equals(",")) {
        comma = k;
      }
      if (t.get(k).verb()) {
        break;
      }
    }
    return comma;
  }

  /**
   * A running total: "have died since protests started in early July", "Since the protests started
   * in July, over 270 people have died", "since then". The key names the month or day when one is
   * given ({@code since:2024-07}), else {@code since}.
   */
  private void since(String text, List<Token> t, int[] seg, List<QuantityMention> quantities, int qi, Reading r) {
    int k = -1;
    for (int j = 0; j < qi; j++) {
      // a "since" phrase in the number's clause, or opening the sentence ("..., since the Taliban came back to power, ...")
      boolean opening = j == 0 || t.get(j - 1).text().equals(",");
      if (lower(t.get(j)).equals("since") && (j >= seg[0] || opening) && !afterSuperlative(t, 0, j)) {
        k = j;
        break;
      }
    }
    if (k < 0 && lower(t.get(0)).equals("since")) {
      k = 0;
    } else if (k < 0) {
      for (int j = r.anchor; j < t.size() && j - r.anchor < 6; j++) {
        if (lower(t.get(j)).equals("since")) {
          k = j;
          break;
        }
        if (t.get(j).text().equals(",") || t.get(j).text().equals(";") || t.get(j).tag().equals("NUM")) {
          break;
        }
      }
    }
    if (k < 0) {
      return;
    }
    int end = k + 1;
    while (end < t.size() && end - k < 10 && !t.get(end).text().equals(",")) {
      end++;
    }
    QuantityMention date = null;
    for (QuantityMention d : quantities) {
      if (d.kind() == QuantityKind.DATE && d.start() >= t.get(k).start() && d.end() <= t.get(end - 1).end()) {
        date = d;
        break;
      }
    }
    r.time = text.substring(t.get(k).start(), t.get(end - 1).end());
    if (date == null) {
      r.timeKey = "since";
    } else if (date.date() != null) {
      r.timeKey = "since:" + date.date().substring(0, Math.min(7, date.date().length()));
    } else {
      String words = date.text().toLowerCase(Locale.ROOT).replaceAll("^(since|early|late|mid-?|in) +", "");
      r.timeKey = "since:" + words;
    }
  }

  /**
   * A date that tells when a count was made or reported, not when the counted events happened: after
   * a verb of level or a reporting verb that is not the number's own predicate ("said on Sunday",
   * "reached 93 on Saturday"; but "the 67 deaths reported on July 19" dates the deaths).
   */
  private boolean reportedOn(List<Token> t, int di, int following) {
    for (int k = di - 1; k >= 0 && di - k <= 7; k--) {
      Token x = t.get(k);
      String l = verbLemma(x);
      if (x.tag().equals("VERB") || lexicon.is("level", l) && !x.tag().equals("NUM")) {
        if (k == following) {
          return false;
        }
        return lexicon.is("level", l) || lexicon.is("report", l);
      }
      if (x.text().equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** The normalized time key of a date mention. */
  private static String timeKey(QuantityMention d, String lead) {
    String text = d.text().toLowerCase(Locale.ROOT);
    boolean since = lead.equals("since") || text.startsWith("since");
    String date = d.date();
    if (since) {
      return "since:" + (date != null ? date.substring(0, Math.min(7, date.length())) : text.replace("since ", ""));
    }
    if (date != null) {
      if (date.length() >= 10 && (d.dateEnd() == null || d.dateEnd().startsWith(date.substring(0, 10)))) {
        return "day:" + date.substring(0, 10);
      }
      return "period:" + date + (d.dateEnd() != null ? ".." + d.dateEnd() : "");
    }
    java.util.regex.Matcher md = java.util.regex.Pattern.compile(
        "(january|february|march|april|may|june|july|august|september|october|november|december)\\s+(\\d{1,2})\\b"
            + "|\\b(\\d{1,2})\\s+(january|february|march|april|may|june|july|august|september|october|november|december)")
        .matcher(text);
    if (md.find()) {
      String month = md.group(1) != null ? md.group(1) : md.group(4);
      int day = Integer.parseInt(md.group(2) != null ? md.group(2) : md.group(3));
      return String.format(Locale.ROOT, "day:--%02d-%02d", MONTHS.indexOf(month) + 1, day);
    }
    for (String w : text.split("[^a-z]+")) {
      if (WEEKDAYS.contains(w)) {
        return "day:" + w;
      }
    }
    for (String w : text.split("[^a-z]+")) {
      if (MONTHS.contains(w)) {
        return "period:--" + String.format(Locale.ROOT, "%02d", MONTHS.indexOf(w) + 1);
      }
    }
    return "period:" + text.replaceAll("^(in|on|during|last) ", "");
  }

  private static boolean boundary(Token t) {
    return t.text().equals(",") || t.text().equals(";") || t.text().equals(":") || t.tag().equals("SCONJ")
        || t.tag().equals("CCONJ");
  }

  private static int firstToken(List<Token> t, QuantityMention q) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).end() > q.start() && t.get(k).start() < q.end()) {
        return k;
      }
    }
    return -1;
  }

  private static int lastToken(List<Token> t, QuantityMention q) {
    for (int k = t.size() - 1; k >= 0; k--) {
      if (t.get(k).end() > q.start() && t.get(k).start() < q.end()) {
        return k;
      }
    }
    return -1;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String lemma(Token t) {
    return t.tag().equals("PROPN") ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }

  private static boolean isAny(String w, String... options) {
    if (w == null) {
      return false;
    }
    for (String o : options) {
      if (o.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** Distinct values in insertion order (for tests). */
  static Set<String> ordered(List<String> values) {
    return new LinkedHashSet<>(values);
  }
}
