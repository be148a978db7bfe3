package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import dev.parallax.model.Evidence;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One thing told with attributes that exclude each other, each a {@code CONTRADICTION} with both
 * sentences and why they cannot both hold:
 *
 * <ul>
 *   <li><b>Rank</b>: superlatives of one kind over the same span of time with different ranks ("the
 *       second-deadliest fire in the last 100 years" / "the deadliest in more than a century"), or a
 *       first rank "since" a year against a first rank over a span that reaches before it ("the
 *       deadliest earthquake since 2004" / "the deadliest earthquake in more than 60 years").
 *   <li><b>Day</b>: the same figure for the same measured thing, dated to different days by two
 *       outlets ("500 killed ... on Monday, October 16" / "on Tuesday night ... killing 500 people").
 *   <li><b>Closed list</b>: a list of names closed by "only" or "namely" and another outlet's list for
 *       the same predicate with a name it leaves out ("accepted help from Spain, the United Kingdom,
 *       Qatar and the United Arab Emirates only" / "accepted aid from China, Spain, ...").
 *   <li><b>Not this one</b>: "headed to Belarus, not Ukraine" against another outlet's "moved towards
 *       Ukraine".
 *   <li><b>Title</b>: one person named with an office and with the deputy's office ("Mayor X" / "Deputy
 *       Mayor X").
 *   <li><b>Winner</b>: two people who each won the same definite thing ("X won the prize for ..." / "Y
 *       won the prize for ...").
 *   <li><b>Venue</b>: one event held at two places of one owner ("held in A's old market square" /
 *       "held in A's riverside park").
 *   <li><b>Day of an event</b>: one event, named as a whole ("the parade was held", "took place"),
 *       dated to different days.
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class AttributeRule implements FindingRule {
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
      Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4), Map.entry("5th", 5));
  private static final Map<String, Integer> SPANS = Map.ofEntries(
      Map.entry("century", 100), Map.entry("centuries", 100), Map.entry("decade", 10), Map.entry("decades", 10),
      Map.entry("year", 1), Map.entry("years", 1));
  /** A year as a rank's span names it: "since 2004", "in 2023". */
  private static final String YEAR = "(1[0-9]|20)\\d\\d";
  private static final Set<String> MOTION =
      Set.of("to", "towards", "toward", "into", "for");

  @Override
  public List<Draft> apply(VerdictContext context) {
    List<Draft> out = new ArrayList<>();
    out.addAll(merge(ranks(context), context));
    out.addAll(merge(days(context), context));
    out.addAll(merge(closedLists(context), context));
    out.addAll(merge(notThisOne(context), context));
    out.addAll(merge(titles(context), context));
    out.addAll(merge(winners(context), context));
    out.addAll(merge(venues(context), context));
    out.addAll(merge(eventDays(context), context));
    return out;
  }

  /**
   * One attribute told against several outlets is one finding: drafts that share a claim (the outlet
   * that ranks it second, against three that rank it first) become one, spoken for by the first.
   */
  private static List<Draft> merge(List<Draft> drafts, VerdictContext context) {
    List<Draft> out = new ArrayList<>();
    List<Set<String>> ids = new ArrayList<>();
    for (Draft d : drafts) {
      Set<String> mine = new LinkedHashSet<>();
      for (AlignableClaim c : d.claims()) {
        mine.add(c.id());
      }
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        if (!java.util.Collections.disjoint(ids.get(i), mine)) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(d);
        ids.add(mine);
        continue;
      }
      Draft first = out.get(into);
      LinkedHashSet<AlignableClaim> claims = new LinkedHashSet<>(first.claims());
      claims.addAll(d.claims());
      List<Evidence> cues = new ArrayList<>(first.cues());
      cues.addAll(d.cues());
      List<String> reasons = new ArrayList<>(first.reasons());
      for (String r : d.reasons()) {
        if (!reasons.contains(r)) {
          reasons.add(r);
        }
      }
      List<AlignableClaim> members = new ArrayList<>(claims);
      java.util.Set<String> opposed = new java.util.TreeSet<>(first.opposedPairs());
      opposed.addAll(d.opposedPairs());
      out.set(into, new Draft(first.kind(), first.topic(), members, first.confidence(), first.explanation(),
          first.caveats(), reasons, first.values(), first.relativeGap(), context.voices().count(members), cues, opposed));
      ids.get(into).addAll(mine);
    }
    return out;
  }

  // ---- ranks ---------------------------------------------------------------------------------

  /** How far back a rank reaches. */
  enum Reach {
    /** No span given, or "in history", "ever", "on record": all of history. */
    EVER,
    /** "since 2004": from a year to the time of writing. */
    SINCE,
    /** "in ten years", "in more than a century": a number of years counted back from the time of writing. */
    BACK,
    /** "in 2023": one calendar year. */
    YEAR
  }

  /**
   * A superlative in a claim: its adjective, rank, the noun it ranks, where, and the span of time it
   * ranks over.
   *
   * @param reach how far back the rank reaches
   * @param from the first year of the span: {@link Integer#MIN_VALUE} for {@link Reach#EVER}, and
   *     {@link #UNDATED} for a span counted back ({@link Reach#BACK}) when no article gives the year of
   *     writing to count back from
   * @param years how many years a span counted back covers ("in a century": 100); 0 for other reaches
   * @param span the span in words, for the explanation
   */
  record Superlative(AlignableClaim claim, Token word, String adjective, int rank, String noun, String place,
      Reach reach, int from, int years, String span) {}

  /** The first year of a span counted back from a year of writing no article gives. */
  static final int UNDATED = Integer.MAX_VALUE;

  private List<Draft> ranks(VerdictContext context) {
    List<Superlative> all = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      if (c.claim().polarity() == Polarity.AFFIRMATIVE) {
        all.addAll(superlatives(c, year(c, context)));
      }
    }
    List<Draft> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Superlative a = all.get(i);
        Superlative b = all.get(j);
        if (context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))
            || !a.adjective().equals(b.adjective()) || a.noun() != null && b.noun() != null && !a.noun().equals(b.noun())
            && !context.thesaurus().synonyms(a.noun(), WordClass.NOUN).contains(b.noun())
            || a.place() != null && b.place() != null && !a.place().equals(b.place())
            || !done.add(a.claim().id() + "|" + b.claim().id())) {
          continue;
        }
        String why = rankConflict(a, b);
        if (why != null) {
          out.add(rankDraft(a, b, why, context));
        } else {
          done.remove(a.claim().id() + "|" + b.claim().id());
        }
      }
    }
    return out;
  }

  /** Why two superlatives exclude each other, or null. */
  private static String rankConflict(Superlative a, Superlative b) {
    if (a.rank() != b.rank() && similarSpan(a, b)) {
      return "one ranks it " + ordinal(a.rank()) + ", the other " + ordinal(b.rank()) + ", over the same span ("
          + a.span() + " / " + b.span() + ")";
    }
    if (a.rank() == 1 && b.rank() == 1) {
      if (a.reach() == Reach.SINCE && reachesBack(b) && b.from() < a.from() - 1) {
        return "\"since " + a.from() + "\" means something worse happened then, while the other says there was nothing "
            + "worse " + b.span();
      }
      if (b.reach() == Reach.SINCE && reachesBack(a) && a.from() < b.from() - 1) {
        return "\"since " + b.from() + "\" means something worse happened then, while the other says there was nothing "
            + "worse " + a.span();
      }
    }
    return null;
  }

  /**
   * Two spans of time that start within fifteen years of each other and both run to the time of
   * writing, or are both all of history, or are one calendar year. A span counted back from a year of
   * writing no article gives is like only another such span of about the same length: without that
   * year, "in ten years" is not "ever", and nothing says where it starts against "since 2004".
   */
  private static boolean similarSpan(Superlative a, Superlative b) {
    if (a.reach() == Reach.EVER || b.reach() == Reach.EVER) {
      return a.reach() == b.reach();
    }
    if (a.reach() == Reach.YEAR || b.reach() == Reach.YEAR) {
      return a.reach() == b.reach() && a.from() == b.from();
    }
    if (a.from() == UNDATED || b.from() == UNDATED) {
      return a.from() == b.from() && Math.abs(a.years() - b.years()) <= 15;
    }
    return Math.abs(a.from() - b.from()) <= 15;
  }

  /** A span that runs to the time of writing from a known year: all of history, since a year, or counted back from a known date. */
  private static boolean reachesBack(Superlative s) {
    return s.reach() == Reach.EVER || s.reach() == Reach.SINCE || s.reach() == Reach.BACK && s.from() != UNDATED;
  }

  private static String ordinal(int rank) {
    return switch (rank) {
      case 1 -> "first";
      case 2 -> "second";
      case 3 -> "third";
      default -> rank + "th";
    };
  }

  /** The superlatives of a claim: "the second-deadliest fire in the last 100 years", "its deadliest earthquake since 2004". */
  static List<Superlative> superlatives(AlignableClaim c, int year) {
    List<Token> t = c.tokens();
    List<Superlative> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).text().toLowerCase(Locale.ROOT);
      String[] parts = w.split("-");
      if (parts.length == 0) {
        continue;
      }
      String last = parts[parts.length - 1];
      if (!last.endsWith("est") || last.length() < 6 || WordNetLexicon.shared().baseForms(last, WordClass.ADJECTIVE).isEmpty()
          && !last.equals("deadliest")) {
        continue;
      }
      if (i >= 2 && t.get(i - 1).text().equalsIgnoreCase("the") && t.get(i - 2).text().equalsIgnoreCase("of")
          || i >= 3 && t.get(i - 2).text().equalsIgnoreCase("of") && t.get(i - 3).text().equalsIgnoreCase("one")) {
        continue; // "one of the deadliest": no rank
      }
      int rank = 1;
      if (parts.length > 1 && ORDINALS.containsKey(parts[0])) {
        rank = ORDINALS.get(parts[0]);
      } else if (i >= 1 && ORDINALS.containsKey(t.get(i - 1).text().toLowerCase(Locale.ROOT))) {
        rank = ORDINALS.get(t.get(i - 1).text().toLowerCase(Locale.ROOT));
      } else if (i >= 2 && t.get(i - 1).text().equals("-") && ORDINALS.containsKey(t.get(i - 2).text().toLowerCase(Locale.ROOT))) {
        rank = ORDINALS.get(t.get(i - 2).text().toLowerCase(Locale.ROOT));
      }
      String noun = null;
      int k = i + 1;
      while (k < t.size() && (t.get(k).tag().equals("ADJ") || t.get(k).noun() && k + 1 < t.size() && t.get(k + 1).noun())) {
        k++;
      }
      if (k < t.size() && t.get(k).tag().equals("NOUN")) {
        noun = t.get(k).lemma().toLowerCase(Locale.ROOT);
        k++;
      }
      // what follows: a place and a span of time, up to the next clause
      String place = null;
      Reach reach = Reach.EVER;
      int from = Integer.MIN_VALUE;
      int years = 0;
      String span = "ever";
      for (int j = k; j < Math.min(t.size(), k + 14); j++) {
        String x = t.get(j).text().toLowerCase(Locale.ROOT);
        if (t.get(j).text().equals(",") || t.get(j).text().equals(";") || x.equals("and") || x.equals("but")) {
          break;
        }
        if ((x.equals("in") || x.equals("during")) && j + 1 < t.size() && t.get(j + 1).text().matches(YEAR)
            && !(j + 2 < t.size() && SPANS.containsKey(t.get(j + 2).text().toLowerCase(Locale.ROOT)))) {
          reach = Reach.YEAR; // "the deadliest in 2023": that year, not all of history
          from = Integer.parseInt(t.get(j + 1).text());
          span = "in " + from;
          break;
        }
        if ((x.equals("in") || x.equals("within")) && place == null && j + 1 < t.size()) {
          int n = t.get(j + 1).text().equalsIgnoreCase("the") && j + 2 < t.size() ? j + 2 : j + 1;
          EntityMention e = entityAt(c, t.get(n).start());
          if (e != null && e.type() == EntityType.PLACE) {
            place = e.entityId();
          } else if (t.get(n).tag().equals("PROPN")) {
            place = t.get(n).text().toLowerCase(Locale.ROOT); // a place the gazetteer does not know
          }
        }
        if (x.equals("since")) {
          for (int m = j + 1; m < Math.min(t.size(), j + 10); m++) {
            if (t.get(m).text().matches(YEAR)) {
              reach = Reach.SINCE;
              from = Integer.parseInt(t.get(m).text());
              span = "since " + from;
              break;
            }
          }
          break;
        }
        Integer unit = SPANS.get(x);
        if (unit != null) {
          int n = 1;
          String before = j > 0 ? t.get(j - 1).text().toLowerCase(Locale.ROOT).replace(",", "") : "";
          if (before.matches("\\d+")) {
            n = Integer.parseInt(before);
          } else if (NUMBER_WORDS.containsKey(before)) {
            n = NUMBER_WORDS.get(before);
          }
          reach = Reach.BACK;
          years = n * unit;
          from = year > 0 ? year - years : UNDATED; // without a year of writing, the span has a length but no start
          span = "in " + (n == 1 && unit == 100 ? "a century" : years + " years");
          break;
        }
        if (x.equals("history") || x.equals("ever") || x.equals("record")) {
          reach = Reach.EVER;
          from = Integer.MIN_VALUE;
          span = "in history";
          break;
        }
      }
      out.add(new Superlative(c, t.get(i), last, rank, noun, place, reach, from, years, span));
    }
    return out;
  }

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("ten", 10), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("hundred", 100), Map.entry("last", 1));

  private static EntityMention entityAt(AlignableClaim c, int start) {
    for (EntityMention e : c.claim().entities()) {
      if (e.start() == start) {
        return e;
      }
    }
    return null;
  }

  /** The year of the claim's article, or the story's; 0 when unknown. */
  private static int year(AlignableClaim c, VerdictContext context) {
    for (var a : context.articles()) {
      if (a.id().equals(c.articleId()) && a.published() != null) {
        return a.published().getYear();
      }
    }
    Map<Integer, Integer> count = new java.util.TreeMap<>();
    for (var a : context.articles()) {
      if (a.published() != null) {
        count.merge(a.published().getYear(), 1, Integer::sum);
      }
    }
    int best = 0;
    int most = 0;
    for (var e : count.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  private Draft rankDraft(Superlative a, Superlative b, String why, VerdictContext context) {
    List<AlignableClaim> claims = List.of(a.claim(), b.claim());
    String explanation = Wording.outlet(a.claim()) + " says \"" + Wording.excerpt(a.claim().claim().text(),
        a.word().text(), 110) + "\", but " + Wording.outlet(b.claim()) + " says \"" + Wording.excerpt(
        b.claim().claim().text(), b.word().text(), 110) + "\".";
    List<String> reasons = List.of("both rank the same thing by '" + a.adjective() + "'", why);
    List<String> caveats = List.of("A ranking can change as a toll grows; check when each was written.");
    List<Evidence> cues = List.of(Cues.of(a.claim(), a.word(), "rank"), Cues.of(b.claim(), b.word(), "rank"));
    return new Draft(FindingKind.CONTRADICTION, "rank: " + a.adjective() + (a.noun() != null ? " " + a.noun() : ""),
        claims, 0.6, explanation, caveats, reasons, List.of(), null, context.voices().count(claims), cues);
  }

  // ---- days -----------------------------------------------------------------------------------

  /** The same figure for one measured thing, dated to different days by two outlets. */
  private List<Draft> days(VerdictContext context) {
    List<Draft> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (List<NumericRule.Node> group : NumericRule.groups(context)) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          NumericRule.Node a = group.get(i);
          NumericRule.Node b = group.get(j);
          if (a.time().kind() != NumericRule.TimeClass.DAY || b.time().kind() != NumericRule.TimeClass.DAY
              || a.time().meets(b.time()) || a.voice().equals(b.voice()) || !Compatibility.compatible(a.q(), b.q())
              || !closeDays(a.time().key(), b.time().key()) || !done.add(a.claim().id() + "|" + b.claim().id())) {
            continue;
          }
          List<AlignableClaim> claims = List.of(a.claim(), b.claim());
          String topic = NumericRule.topic(a);
          out.add(new Draft(FindingKind.CONTRADICTION, "day of " + topic, claims, 0.6,
              Wording.outlet(a.claim()) + " dates " + topic + " (" + a.q().text() + ") " + a.frame().time() + ", but "
                  + Wording.outlet(b.claim()) + " dates the same figure (" + b.q().text() + ") " + b.frame().time() + ".",
              List.of("Two outlets may count different events of the same kind; check that both speak of one."),
              List.of("both give the same figure for " + topic, "'" + a.frame().time() + "' and '" + b.frame().time()
                  + "' are different days"),
              List.of(), null, context.voices().count(claims),
              List.of(Cues.of(a.claim(), a.q().start(), a.q().end(), "figure"),
                  Cues.of(b.claim(), b.q().start(), b.q().end(), "figure"))));
        }
      }
    }
    return out;
  }

  /** Two day keys (ISO dates, or a date and a weekday) at most a week apart; weekdays alone count as close. */
  private static boolean closeDays(String a, String b) {
    try {
      if (a.length() >= 10 && b.length() >= 10 && a.charAt(4) == '-' && b.charAt(4) == '-') {
        long d = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a.substring(0, 10)),
            java.time.LocalDate.parse(b.substring(0, 10))));
        return d <= 7;
      }
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
    return true;
  }

  // ---- closed lists ---------------------------------------------------------------------------

  /** A list of names after a predicate, closed when "only" or "namely" marks it. */
  record NameList(AlignableClaim claim, String predicate, Set<String> names, boolean closed, Token cue) {}

  private List<Draft> closedLists(VerdictContext context) {
    List<NameList> lists = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      if (c.claim().polarity() == Polarity.AFFIRMATIVE) {
        NameList l = nameList(c);
        if (l != null) {
          lists.add(l);
        }
      }
    }
    List<Draft> out = new ArrayList<>();
    for (NameList closed : lists) {
      if (!closed.closed()) {
        continue;
      }
      for (NameList other : lists) {
        if (other == closed || context.voices().voice(other.claim()).equals(context.voices().voice(closed.claim()))
            || !samePredicate(closed.predicate(), other.predicate(), context)) {
          continue;
        }
        Set<String> shared = new TreeSet<>(other.names());
        shared.retainAll(closed.names());
        Set<String> extra = new TreeSet<>(other.names());
        extra.removeAll(closed.names());
        if (shared.size() < 2 || extra.isEmpty()) {
          continue;
        }
        List<AlignableClaim> claims = List.of(closed.claim(), other.claim());
        out.add(new Draft(FindingKind.CONTRADICTION, "who: " + closed.predicate(), claims, 0.6,
            Wording.outlet(closed.claim()) + " gives a closed list (\"" + Wording.quote(closed.claim().claim().text(), 100)
                + "\"), but " + Wording.outlet(other.claim()) + " names " + String.join(", ", extra)
                + " as well: \"" + Wording.quote(other.claim().claim().text(), 100) + "\".",
            List.of("The lists may describe different moments; check when each was written."),
            List.of("'" + closed.cue().text() + "' closes the list of " + Wording.outlet(closed.claim()),
                "both lists follow '" + closed.predicate() + "' and share " + String.join(", ", shared),
                Wording.outlet(other.claim()) + " also names " + String.join(", ", extra)),
            List.of(), null, context.voices().count(claims), List.of(Cues.of(closed.claim(), closed.cue(), "closed list"))));
      }
    }
    return out;
  }

  private static boolean samePredicate(String a, String b, VerdictContext context) {
    return a.equals(b) || context.thesaurus().synonyms(a, WordClass.VERB).contains(b)
        || context.thesaurus().synonyms(b, WordClass.VERB).contains(a);
  }

  /**
   * A list of two or more names joined only by commas and "and" ("Spain, the United Kingdom, Qatar and
   * the United Arab Emirates"), with the verb nearest before it, closed when "only" or "namely" stands
   * right before or after it ("from only four countries-the United Kingdom, ...", "... only").
   */
  static NameList nameList(AlignableClaim c) {
    List<Token> t = c.tokens();
    List<EntityMention> es = new ArrayList<>();
    for (EntityMention e : c.claim().entities()) {
      if (e.type() != EntityType.PERSON) {
        es.add(e);
      }
    }
    String text = c.claim().text();
    int base = c.claim().start();
    for (int i = 0; i < es.size(); i++) {
      List<EntityMention> run = new ArrayList<>(List.of(es.get(i)));
      for (int j = i + 1; j < es.size(); j++) {
        String gap = text.substring(run.get(run.size() - 1).end() - base, es.get(j).start() - base)
            .toLowerCase(Locale.ROOT).strip();
        if (!gap.matches("(,|and|, and|,? ?(and )?the|, the|and the)?")) {
          break;
        }
        run.add(es.get(j));
      }
      if (run.size() < 2) {
        continue;
      }
      int first = run.get(0).start();
      int last = run.get(run.size() - 1).end();
      int verb = -1;
      for (int k = 0; k < t.size() && t.get(k).end() <= first; k++) {
        if (t.get(k).tag().equals("VERB") && !Set.of("be", "have", "do", "say").contains(t.get(k).lemma())) {
          verb = k;
        }
      }
      if (verb < 0) {
        return null;
      }
      Token cue = null;
      for (int k = verb + 1; k < t.size(); k++) {
        String w = t.get(k).text().toLowerCase(Locale.ROOT);
        boolean before = t.get(k).end() <= first && first - t.get(k).end() < 30;
        boolean after = t.get(k).start() >= last && t.get(k).start() - last < 3;
        boolean notOnly = k > 0 && t.get(k - 1).text().equalsIgnoreCase("not");
        if ((w.equals("only") || w.equals("namely")) && (before || after) && !notOnly) {
          cue = t.get(k);
        }
      }
      Set<String> names = new LinkedHashSet<>();
      for (EntityMention e : run) {
        names.add(e.entityId());
      }
      return new NameList(c, t.get(verb).lemma().toLowerCase(Locale.ROOT), names, cue != null, cue);
    }
    return null;
  }

  // ---- not this one ---------------------------------------------------------------------------

  /** "headed to Belarus, not Ukraine" against another outlet's "moved towards Ukraine". */
  private List<Draft> notThisOne(VerdictContext context) {
    List<Draft> out = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      List<Token> t = c.tokens();
      for (int i = 1; i + 1 < t.size(); i++) {
        if (!t.get(i).text().equalsIgnoreCase("not") || !t.get(i - 1).text().equals(",")) {
          continue;
        }
        EntityMention rejected = entityAt(c, t.get(i + 1).start());
        EntityMention chosen = null;
        for (EntityMention e : c.claim().entities()) {
          if (e.end() <= t.get(i - 1).start() && e.type() == EntityType.PLACE) {
            chosen = e;
          }
        }
        if (rejected == null || chosen == null || rejected.entityId().equals(chosen.entityId())) {
          continue;
        }
        for (AlignableClaim other : context.claims()) {
          if (context.voices().voice(other).equals(context.voices().voice(c))
              || other.claim().polarity() != Polarity.AFFIRMATIVE) {
            continue;
          }
          Token toward = towards(other, rejected.entityId());
          if (toward == null) {
            continue;
          }
          List<AlignableClaim> claims = List.of(c, other);
          out.add(new Draft(FindingKind.CONTRADICTION, "where: " + chosen.text() + " or " + rejected.text(), claims, 0.6,
              Wording.outlet(c) + " says \"" + Wording.quote(c.claim().text(), 110) + "\", but " + Wording.outlet(other)
                  + " says \"" + Wording.quote(other.claim().text(), 110) + "\".",
              List.of("The two may speak of different moments of one journey; check the times."),
              List.of("\"" + chosen.text() + ", not " + rejected.text() + "\" excludes " + rejected.text(),
                  Wording.outlet(other) + " gives " + rejected.text() + " as where they went ('" + toward.text() + "')"),
              List.of(), null, context.voices().count(claims),
              List.of(Cues.of(c, t.get(i), "negation"), Cues.of(other, toward, "direction"))));
        }
      }
    }
    return out;
  }

  /** The word of direction before the entity in the claim ("towards Ukraine"), or null. */
  private static Token towards(AlignableClaim c, String entityId) {
    List<Token> t = c.tokens();
    for (EntityMention e : c.claim().entities()) {
      if (!e.entityId().equals(entityId)) {
        continue;
      }
      for (int k = 1; k < t.size(); k++) {
        if (t.get(k).start() == e.start() && MOTION.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT))
            && k >= 2 && t.get(k - 2).tag().equals("VERB")) {
          return t.get(k - 1);
        }
      }
    }
    return null;
  }

  // ---- titles ---------------------------------------------------------------------------------

  /** Words that make an office another, lower one: a deputy mayor is not the mayor. */
  private static final Set<String> SUBORDINATE =
      Set.of("deputy", "vice", "assistant", "associate", "lieutenant", "under", "sub");

  /** A person as a claim names them: the words of the office before the name, and the name. */
  record Named(AlignableClaim claim, EntityMention mention, List<String> title, String name, int titleEnd) {}

  /**
   * The people a claim names, with the office before their name: the leading words of the mention that
   * are common words in WordNet ("Deputy Mayor", "Farmer"), up to the last two words, which are the name.
   */
  static List<Named> named(AlignableClaim c) {
    List<Named> out = new ArrayList<>();
    for (EntityMention e : c.claim().entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String[] words = e.text().split("[\\s\u00a0]+");
      int k = 0;
      while (k < words.length - 2 && titleWord(words[k])) {
        k++; // the last two words are the name, whatever else they mean ("Ana", "Bill")
      }
      if (words.length - k < 2) {
        continue;
      }
      List<String> title = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        title.add(words[i].toLowerCase(Locale.ROOT).replaceAll("-$", ""));
      }
      int titleEnd = e.start();
      if (k > 0) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s\u00a0]+").matcher(e.text());
        for (int i = 0; i < k && m.find(); i++) {
          titleEnd = e.start() + m.end();
        }
      }
      out.add(new Named(c, e, title, String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)),
          titleEnd));
    }
    return out;
  }

  private static boolean titleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("-$", "");
    return w.matches("[a-z]+") && (WordNetLexicon.shared().contains(w, WordClass.NOUN) || SUBORDINATE.contains(w));
  }

  /** One person named with an office by one outlet and with the deputy's office by another. */
  private List<Draft> titles(VerdictContext context) {
    List<Named> all = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      all.addAll(named(c));
    }
    List<Draft> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Named a : all) {
      for (Named b : all) {
        if (a.title().size() >= b.title().size() || !a.name().equals(b.name()) || b.title().isEmpty()
            || context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))) {
          continue;
        }
        // b's office is a's with a word that lowers it: "deputy mayor" against "mayor"
        List<String> extra = new ArrayList<>(b.title());
        String lower = null;
        if (b.title().subList(b.title().size() - a.title().size(), b.title().size()).equals(a.title())
            && !a.title().isEmpty()) {
          extra = b.title().subList(0, b.title().size() - a.title().size());
          for (String w : extra) {
            lower = SUBORDINATE.contains(w) ? w : lower;
          }
        }
        if (lower == null || !done.add(a.claim().id() + "|" + b.claim().id())) {
          continue;
        }
        List<AlignableClaim> claims = List.of(a.claim(), b.claim());
        String office = String.join(" ", a.title());
        out.add(new Draft(FindingKind.CONTRADICTION, "title of " + a.name(), claims, 0.6,
            Wording.outlet(a.claim()) + " calls " + a.name() + " \"" + a.mention().text() + "\", but "
                + Wording.outlet(b.claim()) + " calls them \"" + b.mention().text() + "\".",
            List.of("One person may hold both offices at different times; check when each was written."),
            List.of("both name " + a.name(), "'" + lower + " " + office + "' is another office than '" + office
                + "': the " + lower + " is not the " + office),
            List.of(), null, context.voices().count(claims),
            List.of(Cues.of(a.claim(), a.mention().start(), a.titleEnd(), "title"),
                Cues.of(b.claim(), b.mention().start(), b.titleEnd(), "title"))));
      }
    }
    return out;
  }

  // ---- winners --------------------------------------------------------------------------------

  /** Verbs whose definite object has one holder: one person wins "the prize". */
  private static final Set<String> ONE_HOLDER = Set.of("win");

  /** A person who won a definite thing: the verb, and the object's lemmas up to the end of the clause. */
  record Win(AlignableClaim claim, Named who, Token verb, String object) {}

  static Win win(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (Named n : named(c)) {
      int v = 0;
      while (v < t.size() && t.get(v).start() < n.mention().end()) {
        v++;
      }
      while (v < t.size() && (t.get(v).tag().equals("AUX") || t.get(v).tag().equals("ADV"))) {
        v++;
      }
      if (v + 2 >= t.size() || !t.get(v).tag().equals("VERB") || !ONE_HOLDER.contains(t.get(v).lemma().toLowerCase(
          Locale.ROOT)) || !t.get(v + 1).text().equalsIgnoreCase("the") || !t.get(v + 2).tag().equals("NOUN")
          || !t.get(v + 2).text().equalsIgnoreCase(t.get(v + 2).lemma())) {
        continue; // "won a seat", "won the elections": not one thing with one holder
      }
      List<String> object = new ArrayList<>();
      for (int k = v + 1; k < t.size() && !t.get(k).tag().equals("PUNCT") && !t.get(k).tag().equals("CCONJ")
          && !t.get(k).tag().equals("SCONJ"); k++) {
        object.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
      }
      return new Win(c, n, t.get(v), String.join(" ", object));
    }
    return null;
  }

  /** Two people each said to have won the same definite thing ("the prize for the largest pumpkin"). */
  private List<Draft> winners(VerdictContext context) {
    List<Win> wins = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      Win w = c.claim().polarity() == Polarity.AFFIRMATIVE ? win(c) : null;
      if (w != null) {
        wins.add(w);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < wins.size(); i++) {
      for (int j = i + 1; j < wins.size(); j++) {
        Win a = wins.get(i);
        Win b = wins.get(j);
        Set<String> nameWords = new HashSet<>(List.of(a.who().name().toLowerCase(Locale.ROOT).split(" ")));
        nameWords.retainAll(List.of(b.who().name().toLowerCase(Locale.ROOT).split(" ")));
        if (!a.object().equals(b.object()) || !nameWords.isEmpty()
            || context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))) {
          continue;
        }
        List<AlignableClaim> claims = List.of(a.claim(), b.claim());
        String object = b.claim().claim().text().substring(b.verb().end() - b.claim().claim().start()).strip()
            .replaceAll("[.!?\"]+$", "");
        out.add(new Draft(FindingKind.CONTRADICTION, "who won " + Wording.quote(object, 50), claims, 0.6,
            Wording.outlet(a.claim()) + " says " + a.who().name() + " " + a.verb().text() + " " + object + ", but "
                + Wording.outlet(b.claim()) + " says " + b.who().name() + " did.",
            List.of("There may be more than one such prize; check that both speak of one."),
            List.of("both say who " + a.verb().text() + " " + object + ", a definite thing one person holds",
                a.who().name() + " and " + b.who().name() + " are different people"),
            List.of(), null, context.voices().count(claims),
            List.of(Cues.of(a.claim(), a.who().mention().start(), a.who().mention().end(), "winner"),
                Cues.of(b.claim(), b.who().mention().start(), b.who().mention().end(), "winner"))));
      }
    }
    return out;
  }

  // ---- venues ---------------------------------------------------------------------------------

  /**
   * Where a claim says its subject was: the verb, the subject's nouns, the owner of the place ("A's"),
   * the place's own words after the owner, and the tokens from the preposition to the place's last noun.
   */
  record Venue(AlignableClaim claim, String verb, Set<String> subject, String owner, List<String> place,
      Token from, Token to) {}

  static Venue venue(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (int v = 1; v + 2 < t.size(); v++) {
      String prep = t.get(v + 1).text().toLowerCase(Locale.ROOT);
      if (!t.get(v).tag().equals("VERB") || !(prep.equals("in") || prep.equals("at"))) {
        continue;
      }
      Set<String> subject = subjectNouns(t, v);
      int k = v + 2;
      String owner = null;
      String w = t.get(k).text();
      if (t.get(k).tag().equals("PROPN") && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
        owner = w.substring(0, w.length() - 2);
        k++;
      } else if (t.get(k).tag().equals("PROPN") && k + 1 < t.size() && (t.get(k + 1).text().equals("'s")
          || t.get(k + 1).text().equals("\u2019s"))) {
        owner = w;
        k += 2;
      }
      List<String> place = new ArrayList<>();
      int last = -1;
      for (; k < t.size() && (t.get(k).tag().equals("ADJ") || t.get(k).tag().equals("NOUN")); k++) {
        place.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
        last = t.get(k).tag().equals("NOUN") ? k : last;
      }
      if (owner == null || subject.isEmpty() || last < 0 || last != k - 1) {
        continue;
      }
      return new Venue(c, t.get(v).lemma().toLowerCase(Locale.ROOT), subject, owner.toLowerCase(Locale.ROOT), place,
          t.get(v + 1), t.get(last));
    }
    return null;
  }

  /**
   * The common nouns of the subject of the verb at {@code verb}: the words since the start of its
   * clause, when that subject is definite ("the parade", "A's parade"); empty otherwise.
   */
  static Set<String> subjectNouns(List<Token> t, int verb) {
    int from = verb;
    while (from > 0 && !t.get(from - 1).text().equals(",") && !t.get(from - 1).tag().equals("SCONJ")
        && !t.get(from - 1).tag().equals("CCONJ") && !t.get(from - 1).tag().equals("VERB")) {
      from--;
    }
    Set<String> out = new LinkedHashSet<>();
    if (from >= verb) {
      return out;
    }
    String first = t.get(from).text();
    boolean definite = first.equalsIgnoreCase("the") || first.endsWith("'s") || first.endsWith("\u2019s")
        || from + 1 < verb && t.get(from + 1).text().equals("'s");
    for (int k = from; k < verb && definite; k++) {
      if (t.get(k).tag().equals("ADP")) {
        break; // "the parade in A": the subject's own words end at the preposition
      }
      if (t.get(k).tag().equals("NOUN")) {
        out.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** One subject held at two places of one owner ("A's old market square" / "A's riverside park"). */
  private List<Draft> venues(VerdictContext context) {
    List<Venue> all = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      Venue v = c.claim().polarity() == Polarity.AFFIRMATIVE ? venue(c) : null;
      if (v != null) {
        all.add(v);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Venue a = all.get(i);
        Venue b = all.get(j);
        Set<String> shared = new HashSet<>(a.place());
        shared.retainAll(b.place());
        String headA = a.place().get(a.place().size() - 1);
        String headB = b.place().get(b.place().size() - 1);
        if (!a.verb().equals(b.verb()) || !a.subject().equals(b.subject()) || !a.owner().equals(b.owner())
            || !shared.isEmpty() || context.thesaurus().synonyms(headA, WordClass.NOUN).contains(headB)
            || context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))) {
          continue;
        }
        List<AlignableClaim> claims = List.of(a.claim(), b.claim());
        String placeA = span(a.claim(), a.from(), a.to());
        String placeB = span(b.claim(), b.from(), b.to());
        out.add(new Draft(FindingKind.CONTRADICTION, "where: " + String.join(" ", a.subject()), claims, 0.55,
            Wording.outlet(a.claim()) + " says \"" + Wording.quote(a.claim().claim().text(), 110) + "\", but "
                + Wording.outlet(b.claim()) + " says \"" + Wording.quote(b.claim().claim().text(), 110) + "\".",
            List.of("An event can move between places; check that both speak of the same moment."),
            List.of("both say where the " + String.join(" ", a.subject()) + " was (" + a.verb() + ")",
                "'" + placeA + "' and '" + placeB + "' are two different places of " + a.owner()),
            List.of(), null, context.voices().count(claims),
            List.of(Cues.of(a.claim(), a.from().start(), a.to().end(), "place"),
                Cues.of(b.claim(), b.from().start(), b.to().end(), "place"))));
      }
    }
    return out;
  }

  private static String span(AlignableClaim c, Token from, Token to) {
    return c.claim().text().substring(from.start() - c.claim().start(), to.end() - c.claim().start());
  }

  // ---- the day of one event -------------------------------------------------------------------

  /** Verbs that tell an event as a whole, not one of its phases ("ended", "began" may fall on other days). */
  private static final Set<String> WHOLE_EVENT = Set.of("hold", "happen", "occur", "pass", "take");

  /** An event told as a whole with its day: the verb, the subject's nouns and the date. */
  record EventDay(AlignableClaim claim, Token verb, Set<String> subject, dev.parallax.model.QuantityMention day) {}

  static EventDay eventDay(AlignableClaim c) {
    List<Token> t = c.tokens();
    for (int v = 1; v < t.size(); v++) {
      String lemma = t.get(v).lemma().toLowerCase(Locale.ROOT);
      if (!t.get(v).tag().equals("VERB") || !WHOLE_EVENT.contains(lemma)
          || lemma.equals("take") && !(v + 1 < t.size() && t.get(v + 1).text().equalsIgnoreCase("place"))) {
        continue;
      }
      Set<String> subject = subjectNouns(t, v);
      if (subject.isEmpty()) {
        continue;
      }
      for (var q : c.claim().quantities()) {
        if (q.kind() == dev.parallax.model.QuantityKind.DATE && q.date() != null && q.date().length() >= 10
            && q.start() > t.get(v).end() && clauseBetween(t, t.get(v).end(), q.start())) {
          return new EventDay(c, t.get(v), subject, q);
        }
      }
    }
    return null;
  }

  /** No comma or conjunction of clauses between two offsets: the date belongs to the verb's clause. */
  private static boolean clauseBetween(List<Token> t, int from, int to) {
    for (Token x : t) {
      if (x.start() >= from && x.end() <= to && (x.text().equals(",") || x.text().equals(";")
          || x.tag().equals("SCONJ") || x.tag().equals("CCONJ"))) {
        return false;
      }
    }
    return true;
  }

  /** One event, told as a whole by two outlets, dated to different days at most a week apart. */
  private List<Draft> eventDays(VerdictContext context) {
    List<EventDay> all = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      EventDay d = c.claim().polarity() == Polarity.AFFIRMATIVE
          && c.claim().modality() != dev.parallax.model.Modality.HEDGED ? eventDay(c) : null;
      if (d != null) {
        all.add(d);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        EventDay a = all.get(i);
        EventDay b = all.get(j);
        String dayA = a.day().date().substring(0, 10);
        String dayB = b.day().date().substring(0, 10);
        if (!a.subject().equals(b.subject()) || dayA.equals(dayB) || !closeDays(dayA, dayB)
            || context.voices().voice(a.claim()).equals(context.voices().voice(b.claim()))) {
          continue;
        }
        List<AlignableClaim> claims = List.of(a.claim(), b.claim());
        String what = String.join(" ", a.subject());
        out.add(new Draft(FindingKind.CONTRADICTION, "day of the " + what, claims, 0.55,
            Wording.outlet(a.claim()) + " dates the " + what + " " + a.day().text() + " (\"" + Wording.excerpt(
                a.claim().claim().text(), a.day().text(), 100) + "\"), but " + Wording.outlet(b.claim()) + " dates it "
                + b.day().text() + " (\"" + Wording.excerpt(b.claim().claim().text(), b.day().text(), 100) + "\").",
            List.of("A long event can span days; check that both speak of the same part of it."),
            List.of("both tell the " + what + " as a whole ('" + a.verb().text() + "', '" + b.verb().text() + "')",
                "'" + a.day().text() + "' and '" + b.day().text() + "' are different days (" + dayA + ", " + dayB + ")"),
            List.of(), null, context.voices().count(claims),
            List.of(Cues.of(a.claim(), a.day().start(), a.day().end(), "day"),
                Cues.of(b.claim(), b.day().start(), b.day().end(), "day"))));
      }
    }
    return out;
  }
}
