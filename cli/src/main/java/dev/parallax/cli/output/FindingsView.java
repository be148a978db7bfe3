package dev.parallax.cli.output;

import dev.parallax.model.Claim;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Findings for the terminal, as {@code parallax inspect} prints them: each finding's kind, topic,
 * confidence and explanation, then its sentences side by side in columns headed by outlet and claim
 * id (stacked when the terminal is too narrow), with the figures and words the finding turns on highlighted,
 * then the figures compared, the caveats and why it was flagged.
 *
 * <p>Highlights are bold and underlined in colour, and set in «guillemets» in plain text, so they
 * survive a pipe. Deterministic for a given style and width.
 */
public final class FindingsView {
  private static final int INDENT = 3;
  private static final int MIN_COLUMN = 28;
  private static final String GUTTER = " │ ";

  private final TerminalStyle style;
  private final int width;
  private final boolean agreementDifferences;

  /** A view in {@code style}, {@code width} columns wide (at least 40), with no word differences for agreements. */
  public FindingsView(TerminalStyle style, int width) {
    this(style, width, false);
  }

  /**
   * A view in {@code style}, {@code width} columns wide (at least 40); the word differences of
   * agreements are printed when {@code agreementDifferences} is true (those of the other kinds always are).
   */
  public FindingsView(TerminalStyle style, int width, boolean agreementDifferences) {
    this.style = Objects.requireNonNull(style, "style");
    this.width = Math.max(width, 40);
    this.agreementDifferences = agreementDifferences;
  }

  /** The terminal's width from {@code COLUMNS}, or 100 when it is unset or not a number; between 60 and 200. */
  public static int terminalWidth() {
    String columns = System.getenv("COLUMNS");
    try {
      return columns == null ? 100 : Math.max(60, Math.min(200, Integer.parseInt(columns.strip())));
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** Prints {@code findings} of {@code report}, in the order given, separated by blank lines. */
  public void print(Report report, List<Finding> findings, PrintWriter out) {
    ReportIndex ix = new ReportIndex(report);
    for (int i = 0; i < findings.size(); i++) {
      if (i > 0) {
        out.println();
      }
      finding(ix, findings.get(i), out);
    }
    out.flush();
  }

  private void finding(ReportIndex ix, Finding f, PrintWriter out) {
    String pad = " ".repeat(INDENT);
    int inner = width - INDENT;
    out.println(style.bold(f.id()) + "  " + style.kind(f.kind(), Text.kindLabel(f.kind()).toUpperCase(Locale.ROOT))
        + "  " + style.bold(f.topic()));
    StringBuilder meta = new StringBuilder("confidence ").append(Text.confidence(f.confidence()));
    if (f.relativeGap() != null) {
      meta.append(" · relative gap ").append(Text.percent(f.relativeGap()));
    }
    meta.append(" · ").append(Text.plural(f.voices(), "independent voice", "independent voices"))
        .append(" · ").append(String.join(", ", ix.outletsOf(f)));
    for (int[] line : Text.wrap(meta.toString(), inner)) {
      out.println(pad + style.dim(meta.substring(line[0], line[1])));
    }
    for (int[] line : Text.wrap(f.explanation(), inner)) {
      out.println(pad + f.explanation().substring(line[0], line[1]));
    }
    out.println();
    List<Claim> claims = f.claimIds().stream().map(ix::claim).toList();
    int perRow = Math.max(1, Math.min(claims.size(), (inner + GUTTER.length()) / (MIN_COLUMN + GUTTER.length())));
    int column = (inner - GUTTER.length() * (perRow - 1)) / perRow;
    for (int from = 0; from < claims.size(); from += perRow) {
      List<List<String>> cells = new ArrayList<>();
      for (Claim c : claims.subList(from, Math.min(claims.size(), from + perRow))) {
        cells.add(cell(ix, f, c, column));
      }
      int rows = cells.stream().mapToInt(List::size).max().orElse(0);
      for (int r = 0; r < rows; r++) {
        StringBuilder line = new StringBuilder(pad);
        for (int k = 0; k < cells.size(); k++) {
          List<String> cell = cells.get(k);
          String text = r < cell.size() ? cell.get(r) : "";
          line.append(k > 0 ? style.dim(GUTTER) : "").append(text);
          if (k < cells.size() - 1) {
            line.append(" ".repeat(Math.max(0, column - visible(text))));
          }
        }
        out.println(stripEnd(line.toString()));
      }
      if (from + perRow < claims.size()) {
        out.println();
      }
    }
    if (f.kind() != FindingKind.AGREEMENT || agreementDifferences) {
      wordDifferences(ix, f, claims, out);
    }
    if (!f.values().isEmpty()) {
      out.println();
      out.println(pad + style.bold("Figures compared:"));
      for (FindingValue v : f.values()) {
        QuantityMention q = v.quantity();
        StringBuilder s = new StringBuilder(ix.palette.articleLabel(v.articleId())).append(": ")
            .append(q.text());
        String reading = Text.reading(q);
        if (!reading.isEmpty()) {
          s.append(", read as ").append(reading).append(q.unit() != null ? " " + q.unit() : "");
        }
        String qualifier = Text.qualifier(q.qualifier());
        if (!qualifier.isEmpty()) {
          s.append(" (").append(qualifier).append(')');
        }
        if (v.measured() != null) {
          s.append("; measures ").append(v.measured());
        }
        if (v.citedSource() != null) {
          s.append("; source ").append(v.citedSource());
        }
        if (v.timeFrame() != null) {
          s.append("; ").append(v.timeFrame());
        }
        bullet(out, s.toString());
      }
    }
    list(out, "Caveats:", f.caveats());
    list(out, "Why it was flagged:", f.reasons());
  }

  /**
   * The word difference between the finding's first sentence and each of the next ones (as many
   * as the report shows at once): in colour, shared words dim, words only the first has struck
   * through in red, words only the other has underlined in green; in plain text
   * {@code [-only the first-]} and {@code {+only the other+}}.
   */
  private void wordDifferences(ReportIndex ix, Finding f, List<Claim> claims, PrintWriter out) {
    String pad = " ".repeat(INDENT);
    for (int k = 1; k < Math.min(claims.size(), HtmlPageData.shown(f)); k++) {
      Claim a = claims.get(0);
      Claim b = claims.get(k);
      WordDifference d = WordDifference.of(a.text(), b.text());
      out.println();
      String first = ix.sentenceLabel(a, b);
      String second = ix.sentenceLabel(b, a);
      out.println(pad + style.bold("Word by word: ") + (style.colour()
          ? style.removed("only in " + first) + ", " + style.added("only in " + second) + ", " + style.dim("in both")
          : "[-only in " + first + "-], {+only in " + second + "+}"));
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      for (WordDifference.Run r : d.runs()) {
        text.append(text.length() > 0 && d.spaceBefore(r) ? " " : "");
        int start = text.length();
        String words = d.text(r);
        if (style.colour() || r.side() == WordDifference.Side.BOTH) {
          text.append(words);
        } else {
          text.append(r.side() == WordDifference.Side.FIRST ? "[-" + words + "-]" : "{+" + words + "+}");
        }
        spans.add(new int[] {start, text.length(), r.side().ordinal()});
      }
      String shown = text.toString();
      for (int[] line : Text.wrap(shown, width - INDENT)) {
        StringBuilder l = new StringBuilder(pad);
        int pos = line[0];
        for (int[] span : spans) {
          int s = Math.max(span[0], line[0]);
          int e = Math.min(span[1], line[1]);
          if (s >= e) {
            continue;
          }
          String piece = shown.substring(s, e);
          l.append(shown, pos, s)
              .append(span[2] == 0 ? style.dim(piece) : span[2] == 1 ? style.removed(piece) : style.added(piece));
          pos = e;
        }
        out.println(l);
      }
    }
  }

  private void list(PrintWriter out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.println();
    out.println(" ".repeat(INDENT) + style.bold(title));
    for (String item : items) {
      bullet(out, item);
    }
  }

  private void bullet(PrintWriter out, String text) {
    List<int[]> lines = Text.wrap(text, width - INDENT - 2);
    for (int i = 0; i < lines.size(); i++) {
      out.println(" ".repeat(INDENT) + (i == 0 ? "- " : "  ") + text.substring(lines.get(i)[0], lines.get(i)[1]));
    }
  }

  /** The lines of one column: outlet and claim id, the claim's stance, then its wrapped text. */
  private List<String> cell(ReportIndex ix, Finding f, Claim c, int column) {
    List<String> lines = new ArrayList<>();
    for (int[] l : Text.wrap(ix.labelOf(c) + " · " + c.id(), column)) {
      lines.add(style.bold((ix.labelOf(c) + " · " + c.id()).substring(l[0], l[1])));
    }
    String stance = Text.stance(c);
    if (!stance.isEmpty()) {
      String s = stance;
      for (int[] l : Text.wrap(s, column)) {
        lines.add(style.dim(s.substring(l[0], l[1])));
      }
    }
    List<Highlights.Mark> marks = Highlights.inPlainText(f, c);
    String text = c.text();
    if (!style.colour()) {
      StringBuilder plain = new StringBuilder();
      int pos = 0;
      for (Highlights.Mark m : marks) {
        plain.append(text, pos, m.start()).append('«').append(text, m.start(), m.end()).append('»');
        pos = m.end();
      }
      plain.append(text.substring(pos));
      String shown = plain.toString();
      for (int[] l : Text.wrap(shown, column)) {
        lines.add(shown.substring(l[0], l[1]));
      }
      return lines;
    }
    for (int[] l : Text.wrap(text, column)) {
      StringBuilder line = new StringBuilder();
      int pos = l[0];
      for (Highlights.Mark m : marks) {
        int s = Math.max(m.start(), l[0]);
        int e = Math.min(m.end(), l[1]);
        if (s >= e) {
          continue;
        }
        line.append(text, pos, s).append(style.mark(text.substring(s, e)));
        pos = e;
      }
      line.append(text, pos, l[1]);
      lines.add(line.toString());
    }
    return lines;
  }


  /** The width of {@code s} on screen: its length without escape codes. */
  static int visible(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
