package dev.parallax.cli.output;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.parallax.charts.FramingIndicatorNames;
import dev.parallax.charts.FramingProfileChart;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The framing section's content, shared by the HTML and Markdown writers: which indicators the
 * report has (in {@link FramingIndicatorNames#ordered} order), each article's value of each, and
 * evidence cut out of the article's text with its surrounding sentence.
 */
final class Framing {
  /**
   * One column of the framing table.
   *
   * @param name the indicator's name
   * @param unit its unit, from the first article that has it
   * @param description what it measures, from the first article that has it
   */
  record Column(String name, String unit, String description) {
    /** The name as words: "Loaded language". */
    String title() {
      return Text.capitalized(FramingProfileChart.words(name));
    }
  }

  /**
   * A piece of evidence in its context: {@code before + match + after} is a stretch of the article's
   * text, cut at sentence ends where they are near, else at spaces (then {@code cutBefore} /
   * {@code cutAfter} say so).
   */
  record Context(String before, String match, String after, boolean cutBefore, boolean cutAfter) {}

  private static final int REACH = 160;
  private static final int CUT = 90;

  final List<Column> columns;
  /** Article id, indicator name → the article's first indicator of that name. */
  private final Table<String, String, BiasIndicator> cells = HashBasedTable.create();
  private final ReportIndex index;

  Framing(ReportIndex index) {
    this.index = index;
    for (BiasProfile p : index.report.bias()) {
      for (BiasIndicator i : p.indicators()) {
        if (!cells.contains(p.articleId(), i.name())) {
          cells.put(p.articleId(), i.name(), i);
        }
      }
    }
    List<Column> cols = new ArrayList<>();
    for (String name : FramingIndicatorNames.ordered(index.report)) {
      BiasIndicator first = null;
      for (Article a : index.report.articles()) {
        first = indicator(a.id(), name).orElse(null);
        if (first != null) {
          break;
        }
      }
      if (first != null) {
        cols.add(new Column(name, first.unit(), first.description()));
      }
    }
    this.columns = List.copyOf(cols);
  }

  /** True when no article has an indicator. */
  boolean empty() {
    return columns.isEmpty();
  }

  /** The articles that have at least one indicator, in report order. */
  List<Article> articles() {
    return index.report.articles().stream()
        .filter(a -> cells.containsRow(a.id()))
        .toList();
  }

  /** Article {@code articleId}'s indicator {@code name}, if it has one. */
  Optional<BiasIndicator> indicator(String articleId, String name) {
    return Optional.ofNullable(cells.get(articleId, name));
  }

  /** An indicator's value in its unit: "12.5%", "3". */
  static String value(BiasIndicator i) {
    return FramingProfileChart.formatValue(i.value(), i.unit());
  }

  /** The anchor of one article's evidence list for one indicator. */
  static String anchor(String articleId, String name) {
    return "ev-" + Text.slug(articleId) + "-" + Text.slug(name);
  }

  /** The evidence in the text of its article, with the sentence around it. */
  Context context(Evidence e) {
    String text = index.article(e.articleId()).text();
    return context(text, e.start(), e.end());
  }

  static Context context(String text, int start, int end) {
    int from = Math.max(0, start - REACH);
    int begin = -1;
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && i + 1 <= start)) {
        begin = i + 1;
        break;
      }
    }
    boolean cutBefore = false;
    if (begin < 0) {
      if (from == 0) {
        begin = 0;
      } else {
        int space = text.lastIndexOf(' ', Math.max(start - CUT, 0));
        begin = space < 0 ? Math.max(start - CUT, 0) : space + 1;
        cutBefore = true;
      }
    }
    int to = Math.min(text.length(), end + REACH);
    int finish = -1;
    for (int i = end; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        finish = i;
        break;
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        finish = i + 1;
        break;
      }
    }
    boolean cutAfter = false;
    if (finish < 0) {
      if (to == text.length()) {
        finish = to;
      } else {
        int space = text.indexOf(' ', Math.min(end + CUT, text.length()));
        finish = space < 0 ? Math.min(end + CUT, text.length()) : space;
        cutAfter = true;
      }
    }
    return new Context(text.substring(begin, start).stripLeading(), text.substring(start, end),
        text.substring(end, finish).stripTrailing(), cutBefore, cutAfter);
  }
}
