package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.lexicon.WordClass;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.FrameStatus;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures the outlets give for one measured thing, across the whole story: where they differ
 * (a {@code NUMERIC_DISCREPANCY}) and where outlets give the same figure (an {@code AGREEMENT}).
 *
 * <p>Every number carries its frame ({@link QuantityFrame}, read in the claim stage). Two numbers
 * measure the same thing when their frames have the same measure (or WordNet synonyms of one noun,
 * with verbs that meet: "structures destroyed" and "structures damaged or destroyed"), the same
 * subgroup ("police officers", "children"), the same place (a place every headline names counts as
 * the whole story, and so does a site of the kind most headlines name: "the Eastmoor hospital" in a
 * story of a hospital strike), the same kind of unit, the same time of the counted events, and when their claims
 * are not dated to different years. Projections ("could reach") and thresholds ("stronger than 6.0")
 * are never compared.
 *
 * <p>Time: numbers dated to different days, or to a day and a month, or one to a running total
 * ("since July") and one to a day, count different things. A number given without a time belongs
 * with the dated numbers most outlets give (the story's own day, say), or stands with other undated
 * ones.
 *
 * <p>The numbers of one measured thing are then sorted into values: a value is a set of figures that
 * can all be true together ({@link Compatibility}: "93" and "93", "2,207" and "more than 2,200").
 * Loose figures (bounds, "about", "dozens") join the one value they fit, or are left out when they
 * fit several. Two or more values given by different outlets make one discrepancy that lists each
 * value with its outlets and sources; a value that two or more outlets give is also an agreement.
 */
final class NumericRule implements FindingRule {
  /** The year most of the story's dates fall in, to place a day written without its year; 0 when unknown. */

  /** One number of one claim, with its frame. */
  record Node(AlignableClaim claim, QuantityMention q, QuantityFrame frame, String head, Set<String> verbs,
      String place, Time time, String voice, int order) {}

  /** The time of the counted events, as a class and a key. */
  record Time(TimeClass kind, String key) {
    static Time of(String timeKey) {
      if (timeKey == null) {
        return new Time(TimeClass.NONE, "");
      }
      int colon = timeKey.indexOf(':');
      String kind = colon < 0 ? timeKey : timeKey.substring(0, colon);
      String key = colon < 0 ? "" : timeKey.substring(colon + 1);
      return switch (kind) {
        case "day" -> new Time(TimeClass.DAY, key);
        case "period" -> new Time(TimeClass.PERIOD, key);
        default -> new Time(TimeClass.SINCE, key);
      };
    }

    /** The year the time names, or 0. */
    int year() {
      return key.length() >= 4 && key.substring(0, 4).chars().allMatch(Character::isDigit)
          ? Integer.parseInt(key.substring(0, 4)) : 0;
    }

    /** True when two dated times can name the same counted events. */
    boolean meets(Time other) {
      if (kind != other.kind) {
        return false;
      }
      if (kind == TimeClass.SINCE) {
        return key.isEmpty() || other.key.isEmpty() || key.equals(other.key);
      }
      if (kind == TimeClass.DAY) {
        return sameDay(key, other.key);
      }
      return key.equals(other.key);
    }
  }

  /** Kinds of time, in the order undated numbers prefer them. */
  enum TimeClass { DAY, PERIOD, SINCE, NONE }

  @Override
  public List<Draft> apply(VerdictContext context) {
    List<Node> nodes = nodes(context);
    List<List<Node>> measured = groupByMeasure(nodes, context);
    List<Draft> out = new ArrayList<>();
    for (List<Node> group : measured) {
      for (List<Node> timed : groupByTime(group, context.storyYear())) {
        out.addAll(drafts(timed, context));
      }
    }
    return out;
  }

  /** The numbers of the story grouped by what they measure (before they are split by time), for other rules. */
  static List<List<Node>> groups(VerdictContext context) {
    NumericRule rule = new NumericRule();
    return rule.groupByMeasure(rule.nodes(context), context);
  }

  private List<Node> nodes(VerdictContext context) {
    List<Node> out = new ArrayList<>();
    int order = 0;
    for (AlignableClaim c : context.claims()) {
      for (QuantityFrame f : c.claim().frames()) {
        if (f.measure() == null || f.status() == FrameStatus.PROJECTION || f.status() == FrameStatus.THRESHOLD
            || f.subgroup() != null && f.subgroup().equals("part")) {
          continue;
        }
        QuantityMention q = mention(c, f);
        if (q == null || q.reading() == null) {
          continue;
        }
        String measure = f.measure();
        int colon = measure.indexOf(": ");
        String head = colon < 0 ? measure : measure.substring(0, colon);
        Set<String> verbs = new TreeSet<>();
        if (colon >= 0) {
          verbs.addAll(List.of(measure.substring(colon + 2).split("/")));
        }
        String place = f.place() == null || context.storyWide(f.place()) || storySite(f.place(), context) ? null
            : VerdictContext.normalPlace(f.place());
        out.add(new Node(c, q, f, head, verbs, place, Time.of(withYear(f.timeKey(), context.storyYear())), context.voices().voice(c),
            order++));
      }
    }
    return out;
  }

  /**
   * A site named with its kind ("the Eastmoor hospital") when the headlines of the story name that
   * kind of site (two or more of them, and a third or more of those with a headline): the story's own
   * site, so its figures are the story's whole figures.
   */
  private static boolean storySite(String place, VerdictContext context) {
    String kind = place.substring(place.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (!dev.parallax.analysis.lexicon.MeasureLexicon.shared().is("site", kind)) {
      return false;
    }
    java.util.regex.Pattern named = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(kind) + "\\b");
    int titled = 0;
    int n = 0;
    for (var a : context.articles()) {
      if (a.title() != null) {
        titled++;
        if (named.matcher(a.title().toLowerCase(Locale.ROOT)).find()) {
          n++;
        }
      }
    }
    return n >= 2 && 3 * n >= titled;
  }

  /** "day:--08-04" in a story of 2024 is "day:2024-08-04". */
  private static String withYear(String timeKey, int storyYear) {
    if (timeKey == null || storyYear == 0 || !timeKey.startsWith("day:--")) {
      return timeKey;
    }
    return "day:" + storyYear + timeKey.substring(5);
  }

  /** The most common year of the articles' dates and of the dates in their claims; 0 when none is known. */
  static int storyYear(VerdictContext context) {
    Map<Integer, Integer> count = new java.util.TreeMap<>();
    for (var a : context.articles()) {
      if (a.published() != null) {
        count.merge(a.published().getYear(), 3, Integer::sum);
      }
    }
    for (AlignableClaim c : context.claims()) {
      for (QuantityMention q : c.claim().quantities()) {
        if (q.kind() == QuantityKind.DATE && q.date() != null && q.date().matches("\\d{4}-\\d{2}.*")) {
          count.merge(Integer.parseInt(q.date().substring(0, 4)), 1, Integer::sum);
        }
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

  private static QuantityMention mention(AlignableClaim c, QuantityFrame f) {
    for (QuantityMention q : c.claim().quantities()) {
      if (q.start() == f.start()) {
        return q;
      }
    }
    return null;
  }

  /** Numbers that measure the same thing in the same scope, whatever their time: connected by {@link #sameThing}. */
  private List<List<Node>> groupByMeasure(List<Node> nodes, VerdictContext context) {
    int n = nodes.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, List<Integer>> byHead = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byHead.computeIfAbsent(nodes.get(i).head(), k -> new ArrayList<>()).add(i);
    }
    // Heads that are WordNet synonyms ("building", "structure") are compared with each other too.
    List<String> heads = new ArrayList<>(byHead.keySet());
    for (int x = 0; x < heads.size(); x++) {
      for (int y = x; y < heads.size(); y++) {
        if (x != y && !sameHead(heads.get(x), heads.get(y), context)) {
          continue;
        }
        for (int i : byHead.get(heads.get(x))) {
          for (int j : byHead.get(heads.get(y))) {
            // two numbers already in one class need no test: the classes are the same either way, and
            // a story of thousands of numbers about one thing is grouped in near-linear time
            if (i < j && root(parent, i) != root(parent, j) && sameThing(nodes.get(i), nodes.get(j), context)) {
              union(parent, i, j);
            }
          }
        }
      }
    }
    Map<Integer, List<Node>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  /** A measure the lexicon names (deaths, injured, ...) or a dimension (magnitude, depth), as opposed to a bare counted noun. */
  private static boolean named(String head) {
    var lexicon = dev.parallax.analysis.lexicon.MeasureLexicon.shared();
    return lexicon.is("measures", head) || lexicon.is("dimension", head);
  }

  private static boolean sameHead(String a, String b, VerdictContext context) {
    if (a.equals(b)) {
      return true;
    }
    String la = last(a);
    String lb = last(b);
    return la.equals(lb) || context.thesaurus().synonyms(la, WordClass.NOUN).contains(lb)
        || context.thesaurus().synonyms(lb, WordClass.NOUN).contains(la);
  }

  /**
   * The same measure, subgroup, place, kind of unit and year: everything but the time. A measure
   * that is just a counted noun ("countries", "structures") needs more: verbs that meet ("structures
   * destroyed"), or two claims the aligner pairs closely, since a story counts many things by one noun.
   */
  boolean sameThing(Node a, Node b, VerdictContext context) {
    if (!unit(a.q()).equals(unit(b.q())) || !Objects.equals(a.place(), b.place())) {
      return false;
    }
    boolean verbs = !a.verbs().isEmpty() && !b.verbs().isEmpty();
    if (verbs && !meet(a.verbs(), b.verbs(), context)) {
      return false;
    }
    if (!verbs && !named(a.head()) && context.score(a.claim(), b.claim()) < context.thresholds().numericPair()) {
      return false;
    }
    if (!sameSubgroup(a.frame().subgroup(), b.frame().subgroup(), context)) {
      return false;
    }
    return !differentYears(a.claim(), b.claim());
  }

  private static boolean meet(Set<String> a, Set<String> b, VerdictContext context) {
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y) || context.thesaurus().synonyms(x, WordClass.VERB).contains(y)
            || context.thesaurus().synonyms(y, WordClass.VERB).contains(x)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameSubgroup(String a, String b, VerdictContext context) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    if (a.equals(b)) {
      return true;
    }
    String[] wa = a.split(" ");
    String[] wb = b.split(" ");
    if (wa.length != wb.length && !(a.contains(" ") ^ b.contains(" "))) {
      return false;
    }
    return context.thesaurus().synonyms(a, WordClass.NOUN).contains(b)
        || context.thesaurus().synonyms(b, WordClass.NOUN).contains(a)
        || context.thesaurus().synonyms(last(a), WordClass.NOUN).contains(last(b)) && !a.contains(" from ")
        && !b.contains(" from ") && !a.startsWith("from ") && !b.startsWith("from ");
  }

  private static String last(String words) {
    int space = words.lastIndexOf(' ');
    return space < 0 ? words : words.substring(space + 1);
  }

  /** The kind of figure and its unit: percentages, money per currency, quantities per unit, plain numbers. */
  private static String unit(QuantityMention q) {
    if (q.kind() == QuantityKind.RANGE) {
      return q.unit() == null ? "NUMBER" : q.unit().equals("%") ? "PERCENT" : "UNIT:" + q.unit();
    }
    if (q.kind() == QuantityKind.NUMBER || q.kind() == QuantityKind.PERCENT) {
      return q.kind().name();
    }
    return q.kind().name() + ":" + (q.unit() == null ? "" : q.unit().toLowerCase(Locale.ROOT));
  }

  /** Claims dated to different years speak of different events ("61 died in the 1960 tsunami"). */
  private static boolean differentYears(AlignableClaim a, AlignableClaim b) {
    Set<Integer> ya = years(a);
    Set<Integer> yb = years(b);
    if (ya.isEmpty() || yb.isEmpty()) {
      return false;
    }
    ya.retainAll(yb);
    return ya.isEmpty();
  }

  private static Set<Integer> years(AlignableClaim c) {
    Set<Integer> out = new TreeSet<>();
    for (QuantityMention q : c.claim().quantities()) {
      if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.TIME) && q.date() != null
          && q.date().matches("\\d{4}.*")) {
        int from = Integer.parseInt(q.date().substring(0, 4));
        int to = q.dateEnd() != null && q.dateEnd().matches("\\d{4}.*") ? Integer.parseInt(q.dateEnd().substring(0, 4)) : from;
        for (int y = from; y <= Math.min(to, from + 50); y++) {
          out.add(y);
        }
      }
    }
    return out;
  }

  /**
   * The numbers of one measured thing split by the time of the counted events: dated numbers whose
   * times meet form a class; undated ones join the class that the most outlets date (ties: days
   * before periods before running totals, then the earliest), or form their own.
   */
  private List<List<Node>> groupByTime(List<Node> group, int storyYear) {
    List<List<Node>> dated = new ArrayList<>();
    List<Node> undated = new ArrayList<>();
    for (Node x : group) {
      if (x.time().kind() == TimeClass.NONE) {
        undated.add(x);
        continue;
      }
      List<Node> home = null;
      for (List<Node> d : dated) {
        if (d.get(0).time().meets(x.time())) {
          home = d;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        dated.add(home);
      }
      home.add(x);
    }
    if (!undated.isEmpty()) {
      List<Node> best = null;
      int bestVoices = 0;
      for (List<Node> d : dated) {
        int year = d.get(0).time().year();
        if (year != 0 && storyYear != 0 && year != storyYear) {
          continue; // "an earthquake in 2015 killed 300": another event, which undated figures do not join
        }
        int v = voices(d);
        if (v < 2) {
          continue; // one outlet's dating does not make the story's time
        }
        if (best == null || v > bestVoices
            || v == bestVoices && d.get(0).time().kind().ordinal() < best.get(0).time().kind().ordinal()) {
          best = d;
          bestVoices = v;
        }
      }
      if (best != null) {
        best.addAll(undated);
        best.sort(Comparator.comparingInt(Node::order));
      } else {
        dated.add(undated);
      }
    }
    return dated;
  }

  private static int voices(List<Node> nodes) {
    Set<String> v = new LinkedHashSet<>();
    for (Node x : nodes) {
      v.add(x.voice());
    }
    return v.size();
  }

  /** The values of one measured thing, and the findings they make. */
  private List<Draft> drafts(List<Node> group, VerdictContext context) {
    if (voices(group) < 2) {
      return List.of();
    }
    List<List<Node>> values = values(group);
    List<Draft> out = new ArrayList<>();
    if (values.size() >= 2 && disagreeAcrossVoices(values)) {
      out.add(discrepancy(values, context));
    }
    for (List<Node> v : values) {
      if (voices(v) >= 2) {
        out.add(agreement(v, context));
      }
    }
    return out;
  }

  /**
   * Sorts figures into values that can each be true together. Precise figures (as written, or "at
   * least N") are taken in order of size; a figure joins the current value when it fits every figure
   * in it, else starts the next. A loose figure (a bound, "about", a vague amount, a range) then joins
   * the one value whose every figure it fits. One that fits every value of several is left out; one
   * that fits some but not all, or none, stands apart from them, but a vague amount ("dozens") that
   * fits none only when it lies far from all. The loose figures that stand apart are then sorted into
   * values of their own as precise ones are, so two that overlap ("nearly 40", "about 40" beside
   * "twelve") are one value. A range with stated ends is not vague: its ends bound it.
   */
  static List<List<Node>> values(List<Node> group) {
    List<Node> precise = new ArrayList<>();
    List<Node> loose = new ArrayList<>();
    for (Node x : group) {
      if (x.q().qualifier() == dev.parallax.model.Qualifier.EXACT
          || x.q().qualifier() == dev.parallax.model.Qualifier.AT_LEAST) {
        precise.add(x);
      } else {
        loose.add(x);
      }
    }
    if (precise.isEmpty()) {
      // Only loose figures: those with a stated value ("about 5,000", "more than 150") are sorted as precise ones are.
      for (Node x : loose) {
        if (!Compatibility.vague(x.q())) {
          precise.add(x);
        }
      }
      loose.removeAll(precise);
    }
    List<List<Node>> values = sorted(precise);
    List<Node> own = new ArrayList<>();
    for (Node x : loose) {
      List<Node> home = null;
      int fits = 0;
      for (List<Node> v : values) {
        if (fitsAll(x, v)) {
          home = v;
          fits++;
        }
      }
      boolean vague = Compatibility.vague(x.q()); // "dozens", "hundreds"; not a range with stated ends
      if (fits == 1) {
        home.add(x);
      } else if (fits > 1 && fits < values.size() || fits == 0 && (!vague || farFromAll(x, values))) {
        // "likely 100 to 300" fits 200 and 300 but not 471; "more than 300" or "tens of thousands" fits no
        // other figure: values of their own
        own.add(x);
      }
    }
    values.addAll(sorted(own));
    for (List<Node> v : values) {
      v.sort(Comparator.comparingInt(Node::order));
    }
    return values;
  }

  /**
   * Figures taken in order of size (then as written), each joining the current value when it fits
   * every figure in it, else starting the next.
   */
  private static List<List<Node>> sorted(List<Node> figures) {
    List<Node> bySize = new ArrayList<>(figures);
    bySize.sort(Comparator.comparingDouble((Node x) -> Compatibility.value(x.q())).thenComparingInt(Node::order));
    List<List<Node>> values = new ArrayList<>();
    for (Node x : bySize) {
      List<Node> current = values.isEmpty() ? null : values.get(values.size() - 1);
      if (current != null && fitsAll(x, current)) {
        current.add(x);
      } else {
        values.add(new ArrayList<>(List.of(x)));
      }
    }
    return values;
  }

  /** A vague amount far (half its size or more) from every value: "tens of thousands" against "about 5,000". */
  private static boolean farFromAll(Node x, List<List<Node>> values) {
    for (List<Node> v : values) {
      for (Node y : v) {
        if (x.q().reading().relativeGap(y.q().reading()) < 0.5) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean fitsAll(Node x, List<Node> value) {
    for (Node y : value) {
      if (!Compatibility.compatible(x.q(), y.q())) {
        return false;
      }
    }
    return true;
  }

  /** True when two values that differ come from different voices. */
  private static boolean disagreeAcrossVoices(List<List<Node>> values) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        for (Node x : values.get(i)) {
          for (Node y : values.get(j)) {
            // two vague amounts ("tens of thousands", "several thousand") are not evidence of a discrepancy
            if (!x.voice().equals(y.voice()) && (!Compatibility.vague(x.q()) || !Compatibility.vague(y.q()))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private Draft discrepancy(List<List<Node>> values, VerdictContext context) {
    List<AlignableClaim> claims = new ArrayList<>();
    List<FindingValue> rows = new ArrayList<>();
    List<Node> all = new ArrayList<>();
    for (int v = 0; v < values.size(); v++) {
      for (Node x : values.get(v)) {
        if (!claims.contains(x.claim())) {
          claims.add(x.claim());
        }
        all.add(x);
        rows.add(new FindingValue(x.claim().id(), x.claim().articleId(), x.claim().outlet(), x.q(),
            x.frame().phrase() != null ? x.frame().phrase() : x.frame().measure(), x.frame().source(),
            timeOf(x.frame()), v + 1));
      }
    }
    // The closest pair of values that disagree, by their readings.
    double gap = Double.MAX_VALUE;
    Node nearA = null;
    Node nearB = null;
    for (int i = 0; i + 1 < values.size(); i++) {
      for (Node x : values.get(i)) {
        for (Node y : values.get(i + 1)) {
          double g = Compatibility.valueGap(x.q(), y.q());
          if (g < gap) {
            gap = g;
            nearA = x;
            nearB = y;
          }
        }
      }
    }
    String topic = topic(all.get(0));
    List<String> listed = new ArrayList<>();
    for (List<Node> v : values) {
      listed.add(describeValue(v));
    }
    String explanation = "The outlets give " + values.size() + " figures for " + topic + " that cannot all be true: "
        + String.join("; ", listed) + ".";
    List<String> reasons = new ArrayList<>();
    reasons.add("every figure measures " + topic + frameNote(all.get(0)));
    reasons.add("'" + nearA.q().text() + "' (" + Wording.outlet(nearA.claim()) + ") reads as "
        + Wording.interval(nearA.q().reading(), unitLabel(nearA.q())) + " and '" + nearB.q().text() + "' ("
        + Wording.outlet(nearB.claim()) + ") as " + Wording.interval(nearB.q().reading(), unitLabel(nearB.q()))
        + ": the closest two values do not meet (they differ by " + Wording.percent(gap) + ")");
    List<String> caveats = caveats(all);
    double confidence = 0.55 + 0.1 * Math.min(1, gap / 0.1) + (caveats.isEmpty() ? 0.2 : 0.1);
    List<dev.parallax.model.Evidence> cues = new ArrayList<>();
    for (Node x : all) {
      cues.add(Cues.of(x.claim(), x.q().start(), x.q().end(), "figure"));
    }
    return new Draft(FindingKind.NUMERIC_DISCREPANCY, topic, claims, confidence, explanation, caveats, reasons, rows,
        Math.round(gap * 1000) / 1000.0, context.voices().count(claims), cues);
  }

  private Draft agreement(List<Node> value, VerdictContext context) {
    List<AlignableClaim> claims = new ArrayList<>();
    List<dev.parallax.model.Evidence> cues = new ArrayList<>();
    for (Node x : value) {
      if (!claims.contains(x.claim())) {
        claims.add(x.claim());
      }
      cues.add(Cues.of(x.claim(), x.q().start(), x.q().end(), "figure"));
    }
    String topic = topic(value.get(0));
    String explanation = Wording.outlets(claims) + " give the same figure for " + topic + ": " + describeValue(value)
        + ".";
    List<String> reasons = List.of("every figure measures " + topic + frameNote(value.get(0)),
        "the figures can all be true together (their readings meet)");
    List<String> caveats = caveats(value);
    return new Draft(FindingKind.AGREEMENT, topic, claims, caveats.isEmpty() ? 0.8 : 0.7, explanation, caveats,
        reasons, List.of(), null, context.voices().count(claims), cues);
  }

  /** "93 (Harbour Gazette, per the county website; Coast Daily, on Sunday)". */
  private static String describeValue(List<Node> value) {
    Set<String> figures = new LinkedHashSet<>();
    List<String> who = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Node x : value) {
      figures.add(Wording.figure(x.q().text()));
      String outlet = Wording.outlet(x.claim());
      String note = x.frame().source() != null ? "per " + x.frame().source() : null;
      String entry = outlet + (note != null ? ", " + note : "");
      if (seen.add(entry)) {
        who.add(entry);
      }
    }
    return String.join(" / ", figures) + " (" + String.join("; ", who) + ")";
  }

  private static String timeOf(QuantityFrame f) {
    if (f.time() != null && f.asOf() != null) {
      return f.time() + ", counted " + f.asOf();
    }
    return f.time() != null ? f.time() : f.asOf();
  }

  /** What is measured, for a reader: "deaths (police officers) in Brackwater, on Sunday". */
  static String topic(Node x) {
    QuantityFrame f = x.frame();
    String measure = f.measure();
    int colon = measure.indexOf(": ");
    if (colon >= 0) {
      String noun = measure.substring(0, colon);
      String verb = measure.substring(colon + 2);
      // a change told by a verb that is also a noun: "rise in attacks", not "attacks rose"
      measure = x.q().change() != null && !verb.contains("/") && WordNetLexicon.shared().contains(verb, WordClass.NOUN)
          ? verb + " in " + plural(noun)
          : plural(noun) + " " + past(verb.replace("/", " or "));
    } else if (x.q().kind() == QuantityKind.PERCENT && !measure.contains(" ")) {
      measure = "share of " + plural(measure);
    }
    StringBuilder b = new StringBuilder(measure);
    if (f.subgroup() != null) {
      b.append(" (").append(plural(f.subgroup())).append(')');
    }
    if (x.place() != null && f.place() != null) {
      b.append(" in ").append(f.place());
    }
    if (f.time() != null) {
      b.append(", ").append(f.time());
    }
    return b.toString();
  }

  private static String frameNote(Node x) {
    List<String> notes = new ArrayList<>();
    if (x.frame().subgroup() != null) {
      notes.add("the same group of people or cause");
    }
    if (x.place() != null) {
      notes.add("the same place");
    }
    notes.add(x.time().kind() == TimeClass.NONE ? "no conflicting dates" : "the same time of the events");
    return ", with " + Wording.join(notes);
  }

  private static String plural(String noun) {
    if (noun.endsWith("s") || noun.contains(" from ") || noun.startsWith("from ") || noun.equals("others")) {
      return noun;
    }
    if (noun.endsWith("man")) {
      return noun.substring(0, noun.length() - 3) + "men";
    }
    if (noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.equals("child")) {
      return "children";
    }
    return noun + "s";
  }

  private static String past(String verbs) {
    StringBuilder b = new StringBuilder();
    for (String w : verbs.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      List<String> irregular = WordNetLexicon.shared().irregularForms(w, WordClass.VERB);
      String participle = irregular.stream().filter(f -> f.endsWith("n")).findFirst()
          .orElse(irregular.isEmpty() ? null : irregular.get(0));
      if (w.equals("or") || w.endsWith("ed")) {
        b.append(w);
      } else if (participle != null) {
        b.append(participle); // "taken", "struck"
      } else if (w.endsWith("e")) {
        b.append(w).append('d');
      } else if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
        b.append(w, 0, w.length() - 1).append("ied");
      } else {
        b.append(w).append("ed");
      }
    }
    return b.toString();
  }

  private static String unitLabel(QuantityMention q) {
    return q.kind() == QuantityKind.PERCENT ? "%" : q.unit();
  }

  /** What a reader should keep in mind: different days of counting, sources, estimates, bounds. */
  private static List<String> caveats(List<Node> nodes) {
    List<String> out = new ArrayList<>();
    Map<String, List<String>> asOf = new LinkedHashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    boolean unsourced = false;
    boolean estimate = false;
    boolean bounded = false;
    Set<String> qualifiers = new TreeSet<>();
    for (Node x : nodes) {
      if (x.frame().asOf() != null) {
        asOf.computeIfAbsent(x.frame().asOf(), k -> new ArrayList<>()).add(Wording.outlet(x.claim()));
      }
      if (x.frame().source() != null) {
        sources.add(x.frame().source().toLowerCase(Locale.ROOT));
      } else {
        unsourced = true;
      }
      estimate |= x.frame().status() == FrameStatus.ESTIMATE;
      bounded |= x.q().qualifier() == dev.parallax.model.Qualifier.MORE_THAN
          || x.q().qualifier() == dev.parallax.model.Qualifier.AT_LEAST;
      if (x.q().qualifier() != null) {
        qualifiers.add(x.q().qualifier().name());
      }
    }
    if (!asOf.isEmpty()) {
      List<String> parts = new ArrayList<>();
      asOf.forEach((when, who) -> parts.add(when + " (" + Wording.join(new ArrayList<>(new LinkedHashSet<>(who))) + ")"));
      out.add("Some figures were counted or reported at a given time: " + String.join(", ", parts)
          + "; a count that rises from day to day is not a contradiction by itself.");
    }
    if (sources.size() > 1) {
      out.add("The figures come from different sources: " + String.join(", ", sources) + ".");
    } else if (sources.size() == 1 && unsourced) {
      out.add("Only some outlets say where their figure comes from (" + sources.iterator().next() + ").");
    } else if (sources.isEmpty()) {
      out.add("No outlet says where its figure comes from.");
    }
    if (estimate) {
      out.add("At least one figure is an estimate.");
    }
    if (bounded) {
      out.add("\"At least N\" is read as the count N, and \"more than N\" as a lower bound that larger figures meet.");
    }
    return out;
  }

  private static boolean sameDay(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String da = a.length() >= 10 && a.charAt(4) == '-' ? a : null;
    String db = b.length() >= 10 && b.charAt(4) == '-' ? b : null;
    if (da != null && db != null) {
      return da.substring(0, 10).equals(db.substring(0, 10));
    }
    String dated = da != null ? da : db;
    String other = da != null ? b : a;
    if (dated == null) {
      return false;
    }
    if (other.startsWith("--")) {
      return dated.substring(4, 10).equals(other.substring(1, 7));
    }
    try {
      java.time.DayOfWeek dow = java.time.LocalDate.parse(dated.substring(0, 10)).getDayOfWeek();
      return dow.name().toLowerCase(Locale.ROOT).equals(other);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
