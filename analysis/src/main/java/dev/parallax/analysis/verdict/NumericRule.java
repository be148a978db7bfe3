package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.Interval;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the numbers of aligned claims. Two numbers are about the same measured thing when the
 * claims are aligned, the numbers are of one kind and unit, describe a change in the same direction
 * (or none), count the same noun (same lemma or a WordNet synonym) and, when both have one, under the
 * same verb ("hosts 3.7 million refugees" is not "returned 800,000 refugees"). Their readings
 * ({@link Interval}s) then either overlap (the numbers agree) or do not (a discrepancy). Values of one
 * measured thing from several outlets form one finding, with the caveats a reader needs: different
 * scope of the measured noun phrase, different time frames, different or missing sources.
 */
final class NumericRule {
  /** Aligned claims below this pair score are not compared. */
  static final double MIN_PAIR = 0.30;
  /** Pairs this loosely aligned still compare a named measure such as deaths or displaced people. */
  static final double MIN_PAIR_MEASURE = 0.15;
  /** Clauses this close may compare numbers under different verbs ("marched" / "joined the protest"). */
  static final double CLOSE_CLAUSES = 0.60;

  private final Thesaurus thesaurus;
  private final Voices voices;
  private final Map<ClaimPair, List<Link>> links = new IdentityHashMap<>();

  NumericRule(Thesaurus thesaurus, Voices voices) {
    this.thesaurus = thesaurus;
    this.voices = voices;
  }

  /** Two numbers about the same thing in two claims. */
  record Link(ClaimPair pair, Node a, Node b, boolean disjoint, double gap) {}

  /** One number of one claim with what it measures. */
  record Node(AlignableClaim claim, QuantityMention q, MeasuredThing measured) {
    String key() {
      return claim.id() + "@" + q.start();
    }
  }

  List<Draft> apply(List<ClaimPair> pairs) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Link> all = new ArrayList<>();
    for (ClaimPair p : pairs) {
      if (voices.reprints(p.a(), p.b()) || differentYears(p.a(), p.b())) {
        continue;
      }
      List<Link> found = new ArrayList<>();
      for (QuantityMention qa : p.a().claim().quantities()) {
        if (!comparable(qa)) {
          continue;
        }
        MeasuredThing ma = MeasuredThing.of(p.a().claim(), p.a().tokens(), qa);
        for (QuantityMention qb : p.b().claim().quantities()) {
          if (!comparable(qb) || !sameKind(qa, qb) || !Objects.equals(change(p.a(), qa), change(p.b(), qb))) {
            continue;
          }
          MeasuredThing mb = MeasuredThing.of(p.b().claim(), p.b().tokens(), qb);
          if (!sameThing(ma, mb, p)) {
            continue;
          }
          // Loosely aligned claims compare numbers only for the measures a story has one of (its deaths,
          // its displaced); other numbers need the claims to be about the same thing.
          if (p.score() < MIN_PAIR && !(Measures.canonicalMeasure(Measures.canonical(ma)) && p.score() >= MIN_PAIR_MEASURE)) {
            continue;
          }
          Node na = nodes.computeIfAbsent(p.a().id() + "@" + qa.start(), k -> new Node(p.a(), qa, ma));
          Node nb = nodes.computeIfAbsent(p.b().id() + "@" + qb.start(), k -> new Node(p.b(), qb, mb));
          boolean disjoint = !qa.reading().overlaps(qb.reading());
          found.add(new Link(p, na, nb, disjoint, qa.reading().relativeGap(qb.reading())));
        }
      }
      if (!found.isEmpty()) {
        links.put(p, found);
        all.addAll(found);
      }
    }
    return drafts(nodes, all);
  }

  /**
   * Claims dated to different years ("2,000 were killed in the 2015 quake" / "300 were killed on
   * Monday, 2025") speak of different events; their numbers are not compared.
   */
  private static boolean differentYears(AlignableClaim a, AlignableClaim b) {
    java.util.Set<String> ya = years(a);
    java.util.Set<String> yb = years(b);
    if (ya.isEmpty() || yb.isEmpty()) {
      return false;
    }
    ya.retainAll(yb);
    return ya.isEmpty();
  }

  private static java.util.Set<String> years(AlignableClaim c) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (QuantityMention q : c.claim().quantities()) {
      if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.TIME) && q.date() != null
          && q.date().matches("\\d{4}.*")) {
        int from = Integer.parseInt(q.date().substring(0, 4));
        int to = q.dateEnd() != null && q.dateEnd().matches("\\d{4}.*") ? Integer.parseInt(q.dateEnd().substring(0, 4)) : from;
        for (int y = from; y <= Math.min(to, from + 50); y++) {
          out.add(Integer.toString(y));
        }
      }
    }
    return out;
  }

  /** True when the pair's numbers were compared and all agree. */
  boolean numbersAgree(ClaimPair p) {
    List<Link> l = links.get(p);
    return l != null && l.stream().noneMatch(Link::disjoint);
  }

  /** True when the pair has a number that differs. */
  boolean discrepant(ClaimPair p) {
    List<Link> l = links.get(p);
    return l != null && l.stream().anyMatch(Link::disjoint);
  }

  /**
   * The change a number describes, for comparison: "rose by 50%" is the size of a change, but "rose to
   * 11,300" is a level, comparable with "11,300 died".
   */
  private static dev.parallax.model.Change change(AlignableClaim c, QuantityMention q) {
    if (q.change() == null) {
      return null;
    }
    String before = c.claim().text().substring(0, q.start() - c.claim().start()).stripTrailing().toLowerCase(Locale.ROOT);
    return before.endsWith(" to") || before.endsWith(" at") || before.endsWith(" reached") ? null : q.change();
  }

  private static boolean comparable(QuantityMention q) {
    return q.numeric() && q.reading() != null;
  }

  private static boolean sameKind(QuantityMention a, QuantityMention b) {
    return family(a).equals(family(b)) && Objects.equals(unitOf(a), unitOf(b));
  }

  private static String family(QuantityMention q) {
    if (q.kind() == QuantityKind.RANGE) {
      String unit = q.unit();
      if (unit == null) {
        return "NUMBER";
      }
      return unit.equals("%") ? "PERCENT" : unit.matches("[A-Z]{3}") ? "MONEY" : "QUANTITY";
    }
    return q.kind().name();
  }

  private static String unitOf(QuantityMention q) {
    if (q.kind() == QuantityKind.PERCENT || q.kind() == QuantityKind.NUMBER) {
      return null;
    }
    if (q.kind() == QuantityKind.RANGE && (q.unit() == null || q.unit().equals("%"))) {
      return null;
    }
    return q.unit() == null ? null : q.unit().toLowerCase(Locale.ROOT);
  }

  /**
   * The same measured thing: the same canonical measure ({@link Measures}: "people killed" and "death
   * toll" are both deaths), or the same head noun (or a WordNet synonym) under compatible verbs. Verbs
   * that differ ("hosted" / "returned") keep two numbers apart unless the two clauses are very close
   * in meaning ({@value #CLOSE_CLAUSES}).
   */
  private boolean sameThing(MeasuredThing a, MeasuredThing b, ClaimPair p) {
    String ca = Measures.canonical(a);
    String cb = Measures.canonical(b);
    if (ca == null || cb == null) {
      return false;
    }
    if (ca.equals(cb) && Measures.canonicalMeasure(ca)) {
      return true;
    }
    if (!ca.equals(cb) && !thesaurus.synonyms(a.head(), WordClass.NOUN).contains(b.head())) {
      return false;
    }
    if (a.verb() != null && b.verb() != null && !a.verb().equals(b.verb())
        && !thesaurus.synonyms(a.verb(), WordClass.VERB).contains(b.verb())
        && !thesaurus.synonyms(b.verb(), WordClass.VERB).contains(a.verb())) {
      return p.clauseCosine() >= CLOSE_CLAUSES;
    }
    return true;
  }

  private List<Draft> drafts(Map<String, Node> nodes, List<Link> all) {
    Map<String, String> parent = new HashMap<>();
    for (String k : nodes.keySet()) {
      parent.put(k, k);
    }
    for (Link l : all) {
      union(parent, l.a().key(), l.b().key());
    }
    Map<String, List<Link>> byComponent = new LinkedHashMap<>();
    for (Link l : all) {
      byComponent.computeIfAbsent(find(parent, l.a().key()), k -> new ArrayList<>()).add(l);
    }
    List<Draft> out = new ArrayList<>();
    for (List<Link> component : byComponent.values()) {
      Link worst = null;
      for (Link l : component) {
        if (l.disjoint() && (worst == null || l.gap() > worst.gap())) {
          worst = l;
        }
      }
      if (worst != null) {
        out.add(draft(component, worst));
      }
    }
    return out;
  }

  private Draft draft(List<Link> component, Link worst) {
    Map<String, Node> members = new LinkedHashMap<>();
    double bestPair = 0;
    for (Link l : component) {
      members.putIfAbsent(l.a().key(), l.a());
      members.putIfAbsent(l.b().key(), l.b());
      bestPair = Math.max(bestPair, l.pair().score());
    }
    // One value per claim: the claim's first number of this thing.
    Map<String, Node> perClaim = new LinkedHashMap<>();
    for (Node n : members.values()) {
      perClaim.putIfAbsent(n.claim().id(), n);
    }
    List<AlignableClaim> claims = new ArrayList<>();
    List<FindingValue> values = new ArrayList<>();
    for (Node n : perClaim.values()) {
      claims.add(n.claim());
      var prop = n.claim().claim().proposition();
      values.add(new FindingValue(n.claim().id(), n.claim().articleId(), n.claim().outlet(), n.q(),
          n.measured().phrase(), prop.citedSource(), prop.timeFrame()));
    }
    Node a = worst.a();
    Node b = worst.b();
    List<String> caveats = caveats(a, b);
    List<String> reasons = new ArrayList<>();
    reasons.add("the claims are aligned: sentence similarity " + Wording.decimal(worst.pair().cosine())
        + " (best clause " + Wording.decimal(worst.pair().clauseCosine()) + "), word overlap "
        + Wording.percent(worst.pair().lexical()));
    reasons.add("both numbers measure '" + a.measured().head() + "'" + (a.measured().verb() != null
        && b.measured().verb() != null ? " under the verb '" + a.measured().verb() + "'" : "")
        + (a.q().change() != null ? " as " + (a.q().change() == dev.parallax.model.Change.INCREASE ? "an increase" : "a decrease") : ""));
    reasons.add("'" + a.q().text() + "' reads as " + Wording.interval(a.q().reading(), unitLabel(a.q()))
        + " and '" + b.q().text() + "' as " + Wording.interval(b.q().reading(), unitLabel(b.q()))
        + ": the intervals do not overlap");
    String explanation =
        Wording.outlet(a.claim()) + " gives " + Wording.figure(a.q().text()) + " for " + describe(a) + ", while "
            + Wording.outlet(b.claim()) + " gives " + Wording.figure(b.q().text()) + " for " + describe(b)
            + "; read as intervals the two do not overlap (relative gap " + Wording.percent(worst.gap()) + ").";
    double confidence = 0.45 + 0.35 * Math.min(1, bestPair) + (caveats.isEmpty() ? 0.15 : 0.05);
    String topic = topic(a, b);
    return new Draft(FindingKind.NUMERIC_DISCREPANCY, topic, claims, confidence, explanation, caveats, reasons, values,
        Math.round(worst.gap() * 1000) / 1000.0, voices.count(claims));
  }

  private static String unitLabel(QuantityMention q) {
    return q.kind() == QuantityKind.PERCENT ? "%" : q.unit();
  }

  /** "'TTP attacks against Pakistani positions' (since the Taliban came back to power, per Pakistani research centers)". */
  private static String describe(Node n) {
    String phrase = n.measured().phrase() != null ? n.measured().phrase() : n.measured().head();
    String tf = n.claim().claim().proposition().timeFrame();
    String source = source(n.claim());
    List<String> notes = new ArrayList<>();
    if (tf != null) {
      notes.add(tf);
    }
    notes.add(source != null ? "per " + source : "no source named");
    return "'" + phrase + "' (" + String.join(", ", notes) + ")";
  }

  /**
   * What the finding is about: the measured noun phrase when both outlets word it alike, else the
   * noun they share ("rise in attacks"), so the topic does not take one outlet's side.
   */
  private static String topic(Node a, Node b) {
    String pa = a.measured().phrase() != null ? a.measured().phrase() : a.measured().head();
    String pb = b.measured().phrase() != null ? b.measured().phrase() : b.measured().head();
    String thing = norm(pa).equals(norm(pb)) || a.measured().headText() == null ? pa
        : a.measured().headText().toLowerCase(Locale.ROOT);
    if (a.q().change() != null) {
      return (a.q().change() == dev.parallax.model.Change.INCREASE ? "rise in " : "fall in ") + thing;
    }
    return thing;
  }

  private static List<String> caveats(Node a, Node b) {
    List<String> out = new ArrayList<>();
    String pa = norm(a.measured().phrase());
    String pb = norm(b.measured().phrase());
    if (pa != null && pb != null && !pa.equals(pb)) {
      out.add("The scope may differ: " + Wording.outlet(a.claim()) + " counts '" + a.measured().phrase() + "', "
          + Wording.outlet(b.claim()) + " counts '" + b.measured().phrase() + "'.");
    }
    var ta = a.claim().claim().proposition().timeFrame();
    var tb = b.claim().claim().proposition().timeFrame();
    if (ta != null && tb != null && !sameWords(ta, tb)) {
      out.add("The time frames are worded differently: '" + ta + "' and '" + tb + "'.");
    } else if (ta != null ^ tb != null) {
      AlignableClaim with = ta != null ? a.claim() : b.claim();
      out.add("Only " + Wording.outlet(with) + " gives a time frame ('" + (ta != null ? ta : tb) + "').");
    }
    var sa = source(a.claim());
    var sb = source(b.claim());
    if (sa == null && sb == null) {
      out.add("Neither outlet says where its figure comes from.");
    } else if (sa == null || sb == null) {
      AlignableClaim with = sa != null ? a.claim() : b.claim();
      AlignableClaim without = sa != null ? b.claim() : a.claim();
      out.add(Wording.outlet(with) + " credits " + (sa != null ? sa : sb) + "; " + Wording.outlet(without)
          + " names no source.");
    } else if (!norm(sa).equals(norm(sb))) {
      out.add("The sources differ: " + Wording.outlet(a.claim()) + " credits " + sa + ", " + Wording.outlet(b.claim())
          + " credits " + sb + ".");
    }
    if (a.q().qualifier() != b.q().qualifier() && a.q().qualifier() != null && b.q().qualifier() != null) {
      out.add("The numbers are qualified differently ('" + a.q().text() + "', '" + b.q().text() + "').");
    }
    return out;
  }

  /** Two phrases with the same content words, small words such as "back" or "again" aside. */
  private static boolean sameWords(String a, String b) {
    java.util.Set<String> wa = contentWords(a);
    java.util.Set<String> wb = contentWords(b);
    return wa.containsAll(wb) || wb.containsAll(wa);
  }

  private static java.util.Set<String> contentWords(String s) {
    java.util.Set<String> out = new java.util.TreeSet<>(List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    out.removeAll(java.util.Set.of("", "the", "a", "an", "of", "in", "to", "back", "again", "its", "their", "has", "have"));
    return out;
  }

  private static String source(AlignableClaim c) {
    var prop = c.claim().proposition();
    if (prop.citedSource() != null) {
      return prop.citedSource();
    }
    return c.claim().attribution() != null ? c.claim().attribution().speaker() : null;
  }

  private static String norm(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\b(the|a|an)\\b", "").replaceAll("\\W+", " ").strip();
  }

  private static String find(Map<String, String> parent, String k) {
    String p = parent.get(k);
    while (!p.equals(k)) {
      k = p;
      p = parent.get(k);
    }
    return k;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
