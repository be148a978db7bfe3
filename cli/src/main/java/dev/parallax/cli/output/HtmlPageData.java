package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data block of the HTML page: what the page's script renders when a reader needs it, in one
 * compact JSON object. Every text is stored once, in {@code strings}, and referred to by its
 * index (-1 for none); each sentence is stored once, as a piece of its article's text, and claims,
 * findings and framing evidence refer to it by number, so the page grows with the distinct text
 * and with the number of references, not with how often a sentence is cited.
 *
 * <pre>
 * strings   ["text", ...]                           every distinct text, in order of first use
 * outlets   [[name, colour], ...]                   palette order; {@code o3} in data-outlets is outlets[3]
 * articles  [[id, label, outlet, slug, [piece, ...]], ...]
 *                                                   report order; the text is its pieces joined, cut at
 *                                                   every claim's start and end
 * claims    [[article, first piece, end piece, stance, id?], ...]
 *                                                   report order; the claim's text is pieces [first, end)
 *                                                   of its article, so its offsets are the pieces' lengths;
 *                                                   the id is written only when it is not the article's
 *                                                   id and ".cN" for the article's Nth claim
 * findings  [{id, title, sides: [[claim, start, end, mark, ...], ...], diff: [[side, run, start, end, ...], ...],
 *             shown, valuesShown,
 *             values: [[article, claim, written, reading, qualifier, measures, source, time], ...],
 *             caveats: [text, ...], reasons: [text, ...]}, ...]
 *                                                   report order; a side's marks are offsets into the
 *                                                   claim's text; the first {@code shown} sides are shown
 *                                                   at once (chosen to hold the lowest and highest
 *                                                   figure and as many outlets as they can), the rest on
 *                                                   request; the figures come in the sides' order, the
 *                                                   first {@code valuesShown} being those of the sides
 *                                                   shown at once; a mark is a place in {@code marks};
 *                                                   a diff is the word difference (Commons Text) between
 *                                                   the first side and side {@code side}: runs of shared
 *                                                   words (0), words only the first has (1) and words
 *                                                   only the other has (2), as offsets into the text of
 *                                                   the first side (0, 1) or the other (2)
 * marks     [[class, title], ...]                   the highlights the findings use: the class is the
 *                                                   {@link Highlights.Kind}, the title what a reader is
 *                                                   told ("a word the finding rests on: denial"); in
 *                                                   order of first use
 * framing   [{slug, rows: [[article, value, [key, bar width (em), value, ...],
 *             [in, start step, length, label, source, ...]], ...], labels: [text, ...],
 *             sources: [text, ...]}, ...]
 *                                                   one entry per column of the framing table; a piece
 *                                                   of evidence lies in the row's article when
 *                                                   {@code in} is 0, else in article in-1; its start is
 *                                                   the previous piece's start plus the step; its label
 *                                                   and source are places in the column's lists
 * </pre>
 *
 * <p>The JSON is safe inside a {@code <script type="application/json">} element: {@code <},
 * {@code >} and {@code &} are written as escapes. Deterministic: the same report gives the same
 * characters.
 */
final class HtmlPageData {
  /** Sides of a finding shown at once when it has more than {@code SIDES_SHOWN + 1}. */
  static final int SIDES_SHOWN = 4;

  private final ReportIndex ix;
  private final Framing framing;
  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private final Map<String, Integer> articleNumber = new HashMap<>();
  private final Map<String, Integer> claimNumber = new HashMap<>();
  /** The kinds of highlight, [class, title], numbered in order of first use. */
  private final Map<List<String>, Integer> marks = new LinkedHashMap<>();
  private final StringBuilder body = new StringBuilder(1 << 16);

  private HtmlPageData(ReportIndex ix, Framing framing) {
    this.ix = ix;
    this.framing = framing;
  }

  /** The data of the report behind {@code ix}, as JSON. */
  static String json(ReportIndex ix, Framing framing) {
    return new HtmlPageData(ix, framing).build();
  }

  private String build() {
    List<String> outlets = ix.outlets();
    body.append(",\n\"outlets\":[");
    for (int i = 0; i < outlets.size(); i++) {
      body.append(i > 0 ? "," : "").append('[');
      string(outlets.get(i));
      body.append(',');
      string(ix.palette.hex(outlets.get(i)));
      body.append(']');
    }
    body.append("],\n");
    articlesAndClaims();
    findings();
    marks();
    framing();
    StringBuilder out = new StringBuilder(body.length() + strings.size() * 40);
    out.append("{\"strings\":[");
    boolean first = true;
    for (String s : strings.keySet()) {
      out.append(first ? "\n" : ",\n");
      quote(s, out);
      first = false;
    }
    out.append("]").append(body).append("}");
    return out.toString();
  }

  // ---- articles and claims: the sentence table

  private void articlesAndClaims() {
    List<Article> articles = ix.report.articles();
    for (Article a : articles) {
      articleNumber.put(a.id(), articleNumber.size());
    }
    Map<String, int[]> rowOf = new HashMap<>();
    body.append("\"articles\":[");
    for (int n = 0; n < articles.size(); n++) {
      Article a = articles.get(n);
      List<Claim> claims = ix.claimsOf(a.id());
      TreeSet<Integer> cuts = new TreeSet<>();
      cuts.add(0);
      cuts.add(a.text().length());
      for (Claim c : claims) {
        cuts.add(c.start());
        cuts.add(c.end());
      }
      List<Integer> bounds = new ArrayList<>(cuts);
      Map<Integer, Integer> pieceAt = new HashMap<>();
      body.append(n > 0 ? ",\n[" : "\n[");
      string(a.id());
      body.append(',');
      string(ix.palette.articleLabel(a.id()));
      body.append(',').append(ix.outlets().indexOf(ix.palette.outletOfArticle(a.id()))).append(',');
      string(Text.slug(a.id()));
      body.append(",[");
      for (int i = 0; i + 1 < bounds.size(); i++) {
        pieceAt.put(bounds.get(i), i);
        body.append(i > 0 ? "," : "").append(intern(a.text().substring(bounds.get(i), bounds.get(i + 1))));
      }
      pieceAt.put(a.text().length(), bounds.size() - 1);
      body.append("]]");
      for (Claim c : claims) {
        String stance = Text.stance(c);
        rowOf.put(c.id(), new int[] {n, pieceAt.get(c.start()), pieceAt.get(c.end()), stance.isEmpty() ? -1 : intern(stance)});
      }
    }
    body.append("],\n\"claims\":[");
    Map<String, Integer> ordinal = new HashMap<>();
    for (int i = 0; i < ix.report.claims().size(); i++) {
      Claim c = ix.report.claims().get(i);
      claimNumber.put(c.id(), i);
      int[] row = rowOf.get(c.id());
      body.append(i > 0 ? ",\n[" : "\n[").append(row[0]).append(',').append(row[1]).append(',').append(row[2])
          .append(',').append(row[3]);
      // Most ids are the article's id and the claim's place in it ("a3.c12"); only others are written.
      int k = ordinal.merge(c.articleId(), 1, Integer::sum);
      if (!c.id().equals(c.articleId() + ".c" + k)) {
        body.append(',');
        string(c.id());
      }
      body.append(']');
    }
    body.append("],\n");
  }

  // ---- findings

  private void findings() {
    body.append("\"findings\":[");
    List<Finding> findings = ix.report.findings();
    for (int n = 0; n < findings.size(); n++) {
      Finding f = findings.get(n);
      body.append(n > 0 ? ",\n{" : "\n{").append("\"id\":");
      string(f.id());
      body.append(",\"title\":");
      string(Text.kindLabel(f.kind()) + ": " + f.topic());
      List<Claim> order = sideOrder(f);
      body.append(",\"sides\":[");
      for (int i = 0; i < order.size(); i++) {
        Claim c = order.get(i);
        body.append(i > 0 ? ",[" : "[").append(claimNumber.get(c.id()));
        for (Highlights.Mark m : Highlights.of(f, c)) {
          int mark = marks.computeIfAbsent(List.of(m.kind().name(), m.title()), k -> marks.size());
          body.append(',').append(m.start()).append(',').append(m.end()).append(',').append(mark);
        }
        body.append(']');
      }
      body.append("],\"diff\":[");
      for (int k = 1; k < differencesShown(f, order); k++) {
        WordDifference d = WordDifference.of(order.get(0).text(), order.get(k).text());
        body.append(k > 1 ? ",[" : "[").append(k);
        for (WordDifference.Run r : d.runs()) {
          body.append(',').append(r.side().ordinal()).append(',').append(r.start()).append(',').append(r.end());
        }
        body.append(']');
      }
      List<FindingValue> values = valueOrder(f, order);
      body.append("],\"shown\":").append(shown(f)).append(",\"valuesShown\":").append(valuesShown(f, order, shown(f)))
          .append(",\"values\":[");
      for (int i = 0; i < values.size(); i++) {
        FindingValue v = values.get(i);
        QuantityMention q = v.quantity();
        String reading = Text.reading(q);
        if (!reading.isEmpty() && q.unit() != null) {
          reading = reading + " " + q.unit();
        }
        body.append(i > 0 ? ",[" : "[").append(articleNumber.get(v.articleId())).append(',')
            .append(claimNumber.get(v.claimId())).append(',').append(intern(q.text())).append(',')
            .append(optional(reading)).append(',').append(optional(Text.qualifier(q.qualifier()))).append(',')
            .append(optional(v.measured())).append(',').append(optional(v.citedSource())).append(',')
            .append(optional(v.timeFrame())).append(']');
      }
      body.append("],\"caveats\":");
      refs(f.caveats());
      body.append(",\"reasons\":");
      refs(f.reasons());
      body.append('}');
    }
    body.append("],\n");
  }

  /**
   * How many of a finding's sides, in side order, take part in its word differences (each side
   * after the first is compared with the first): the sides shown at once, and only the first two
   * for an agreement, whose difference the page shows on request.
   */
  static int differencesShown(Finding f, List<Claim> order) {
    return f.kind() == FindingKind.AGREEMENT ? Math.min(2, order.size()) : Math.min(shown(f), order.size());
  }

  /** The kinds of highlight the findings use, as [class, title], in order of first use. */
  private void marks() {
    body.append("\"marks\":[");
    int n = 0;
    for (List<String> classAndTitle : marks.keySet()) {
      body.append(n++ > 0 ? ",[" : "[");
      string(classAndTitle.get(0));
      body.append(',');
      string(classAndTitle.get(1));
      body.append(']');
    }
    body.append("],\n");
  }

  /** How many sides a finding shows at once. */
  static int shown(Finding f) {
    int n = f.claimIds().size();
    return n <= SIDES_SHOWN + 1 ? n : SIDES_SHOWN;
  }

  /**
   * A finding's claims in the order its sides are listed: first the ones shown at once, in the
   * finding's order, chosen so that they hold the lowest and the highest figure (for a numeric
   * finding) and as many outlets as they can; then the others, in the finding's order.
   */
  List<Claim> sideOrder(Finding f) {
    List<Claim> claims = f.claimIds().stream().map(ix::claim).toList();
    int shown = shown(f);
    if (shown == claims.size()) {
      return claims;
    }
    boolean[] chosen = new boolean[claims.size()];
    int count = 0;
    Set<String> outlets = new HashSet<>();
    if (f.kind() == FindingKind.NUMERIC_DISCREPANCY) {
      // The lowest and the highest figure first: they show how far apart the outlets are.
      int low = -1;
      int high = -1;
      for (int i = 0; i < claims.size(); i++) {
        Double mid = middle(f, claims.get(i));
        if (mid != null && (low < 0 || mid < middle(f, claims.get(low)))) {
          low = i;
        }
        if (mid != null && (high < 0 || mid > middle(f, claims.get(high)))) {
          high = i;
        }
      }
      for (int i : new int[] {low, high}) {
        if (i >= 0 && !chosen[i]) {
          chosen[i] = true;
          outlets.add(ix.outletOf(claims.get(i)));
          count++;
        }
      }
    }
    for (int i = 0; i < claims.size() && count < shown; i++) {
      if (!chosen[i] && outlets.add(ix.outletOf(claims.get(i)))) {
        chosen[i] = true;
        count++;
      }
    }
    for (int i = 0; i < claims.size() && count < shown; i++) {
      if (!chosen[i]) {
        chosen[i] = true;
        count++;
      }
    }
    List<Claim> order = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (chosen[i]) {
        order.add(claims.get(i));
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      if (!chosen[i]) {
        order.add(claims.get(i));
      }
    }
    return order;
  }

  /** The middle of the reading of a claim's first figure in a finding, or null when it has none. */
  private static Double middle(Finding f, Claim c) {
    for (FindingValue v : f.values()) {
      if (v.claimId().equals(c.id()) && v.quantity().reading() != null) {
        return (v.quantity().reading().low() + v.quantity().reading().high()) / 2;
      }
    }
    return null;
  }

  /**
   * A finding's figures in the order of its sides, so the figures of the sentences shown at once
   * come first; figures of no side follow in the finding's order.
   */
  private static List<FindingValue> valueOrder(Finding f, List<Claim> sides) {
    List<FindingValue> values = f.values();
    boolean[] placed = new boolean[values.size()];
    List<FindingValue> out = new ArrayList<>();
    for (Claim c : sides) {
      for (int i = 0; i < values.size(); i++) {
        if (!placed[i] && values.get(i).claimId().equals(c.id())) {
          placed[i] = true;
          out.add(values.get(i));
        }
      }
    }
    for (int i = 0; i < values.size(); i++) {
      if (!placed[i]) {
        out.add(values.get(i));
      }
    }
    return out;
  }

  /** How many of a finding's figures belong to the sentences shown at once. */
  private static int valuesShown(Finding f, List<Claim> sides, int shown) {
    Set<String> first = new HashSet<>();
    sides.subList(0, shown).forEach(c -> first.add(c.id()));
    return (int) f.values().stream().filter(v -> first.contains(v.claimId())).count();
  }

  // ---- framing

  private void framing() {
    body.append("\"framing\":[");
    List<Article> articles = framing.articles();
    for (int k = 0; k < framing.columns.size(); k++) {
      Framing.Column col = framing.columns.get(k);
      body.append(k > 0 ? ",\n{" : "\n{").append("\"slug\":");
      string(Text.slug(col.name()));
      // Evidence names its label and source by their place in the column's own lists, which are short.
      Map<String, Integer> labels = new LinkedHashMap<>();
      Map<String, Integer> sources = new LinkedHashMap<>();
      body.append(",\"rows\":[");
      boolean firstRow = true;
      for (Article a : articles) {
        Optional<BiasIndicator> cell = framing.indicator(a.id(), col.name());
        if (cell.isEmpty()) {
          continue;
        }
        BiasIndicator i = cell.get();
        int n = articleNumber.get(a.id());
        body.append(firstRow ? "\n[" : ",\n[").append(n).append(',').append(intern(Framing.value(i))).append(",[");
        firstRow = false;
        double max = i.breakdown().values().stream().mapToDouble(Math::abs).max().orElse(0);
        boolean first = true;
        for (Map.Entry<String, Double> e : i.breakdown().entrySet()) {
          double width = max == 0 ? 0 : Math.abs(e.getValue()) / max * 10;
          body.append(first ? "" : ",").append(intern(e.getKey().toLowerCase(Locale.ROOT))).append(',')
              .append(String.format(Locale.ROOT, "%.2f", width)).append(',').append(intern(Text.number(e.getValue())));
          first = false;
        }
        body.append("],[");
        int previous = 0;
        first = true;
        for (Evidence e : i.evidence()) {
          int in = e.articleId().equals(a.id()) ? 0 : articleNumber.get(e.articleId()) + 1;
          body.append(first ? "" : ",").append(in).append(',').append(e.start() - previous).append(',')
              .append(e.end() - e.start()).append(',').append(local(labels, e.label())).append(',')
              .append(local(sources, e.source()));
          previous = e.start();
          first = false;
        }
        body.append("]]");
      }
      body.append("],\n\"labels\":");
      refs(List.copyOf(labels.keySet()));
      body.append(",\"sources\":");
      refs(List.copyOf(sources.keySet()));
      body.append('}');
    }
    body.append("]");
  }

  // ---- strings

  private int intern(String s) {
    Integer at = strings.get(s);
    if (at == null) {
      at = strings.size();
      strings.put(s, at);
    }
    return at;
  }

  private static int local(Map<String, Integer> table, String s) {
    return s == null || s.isBlank() ? -1 : table.computeIfAbsent(s, k -> table.size());
  }

  private int optional(String s) {
    return s == null || s.isBlank() ? -1 : intern(s);
  }

  private void refs(List<String> texts) {
    body.append('[');
    for (int i = 0; i < texts.size(); i++) {
      body.append(i > 0 ? "," : "").append(intern(texts.get(i)));
    }
    body.append(']');
  }

  private void string(String s) {
    quote(s, body);
  }

  /** {@code s} as a JSON string that cannot end a script element or start a comment in HTML. */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '<':
        case '>':
        case '&':
        case '\u2028':
        case '\u2029':
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          break;
        default:
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
