package dev.parallax.charts;

import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jfree.chart.JFreeChart;

/**
 * Every figure of a report, in the order the reports show them: one per numeric discrepancy, then
 * the outlet matrix, coverage, the timeline, the framing profile and who is quoted. A figure whose
 * data the report lacks (no numeric findings, no framing indicators, no dates) is left out rather
 * than drawn empty.
 */
public final class ReportFigures {
  private ReportFigures() {}

  /**
   * One figure, ready to draw.
   *
   * @param name the file name without extension, also the SVG id prefix: {@code numeric-f3}, {@code coverage}
   * @param title what the figure shows, as a heading
   * @param caption how to read it, one or two sentences
   * @param alt the figure's data in words, for readers who cannot see it
   * @param chart the chart
   * @param width its width in pixels
   * @param height its height in pixels
   * @param findingId the finding a numeric figure belongs to, or null
   */
  public record Figure(
      String name, String title, String caption, String alt, JFreeChart chart, int width, int height, String findingId) {
    public Figure {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(alt, "alt");
      Objects.requireNonNull(chart, "chart");
    }
  }

  /** The figures of {@code report}. */
  public static List<Figure> of(Report report) {
    OutletPalette palette = new OutletPalette(report);
    List<Figure> figures = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.kind() != FindingKind.NUMERIC_DISCREPANCY) {
        continue;
      }
      DiscrepancyChart.Data data = DiscrepancyChart.data(report, f);
      if (data.rows().isEmpty()) {
        continue;
      }
      StringJoiner alt = new StringJoiner("; ", data.axisLabel() + ": ", ".");
      for (DiscrepancyChart.Row r : data.rows()) {
        alt.add(r.label() + " says \"" + r.text() + "\"" + (data.wordingsDiffer() && r.measured() != null
            ? " (" + r.measured() + ")" : "") + ", read as " + range(r));
      }
      figures.add(new Figure("numeric-" + f.id(), "Figures for " + f.topic(),
          "Each outlet's figure for " + f.topic() + ", as written: " + DiscrepancyChart.guide(data),
          alt.toString(), DiscrepancyChart.create(data, palette), ChartStyle.WIDTH,
          DiscrepancyChart.height(data), f.id()));
    }
    int outletCount = palette.outlets().size();
    OutletMatrixChart.Data matrix = outletCount >= 2 && outletCount <= OutletMatrixChart.MAX_OUTLETS
        ? OutletMatrixChart.data(report) : null;
    if (matrix != null && !matrix.empty()) {
      StringJoiner alt = new StringJoiner("; ", "", ".");
      List<String> o = matrix.outlets();
      for (int i = 0; i < o.size(); i++) {
        for (int j = i + 1; j < o.size(); j++) {
          int a = matrix.agreements().get(i).get(j);
          int c = matrix.conflicts().get(i).get(j);
          if (a + c > 0) {
            alt.add(o.get(i) + " and " + o.get(j) + ": " + a + " agreeing, " + c + " at odds");
          }
        }
      }
      figures.add(new Figure("outlet-matrix", "Where outlets agree and where they differ",
          "For each pair of outlets, the findings where they agree (above the diagonal) and the contradictions and "
              + "numeric discrepancies between them (below). Disputes are not counted.",
          alt.toString(), OutletMatrixChart.create(matrix, palette), ChartStyle.WIDTH,
          OutletMatrixChart.height(o.size()), null));
    }
    CoverageChart.Data coverage = CoverageChart.data(report);
    if (!coverage.facts().isEmpty()) {
      StringJoiner alt = new StringJoiner("; ", "", ".");
      for (CoverageChart.Fact fact : coverage.facts()) {
        StringJoiner row = new StringJoiner(", ", fact.findingId() + ": ", "");
        for (int j = 0; j < coverage.outlets().size(); j++) {
          row.add(coverage.outlets().get(j) + " " + fact.statuses().get(j).name().toLowerCase(java.util.Locale.ROOT)
              .replace('_', ' '));
        }
        alt.add(row.toString());
      }
      figures.add(new Figure("coverage", "Which outlet reports which fact",
          "The main facts (agreements, numeric discrepancies, contradictions) against the outlets: a filled marker "
              + "reports the fact, a hollow one reports it differently, a dash leaves it out.",
          alt.toString(), CoverageChart.create(coverage, palette), ChartStyle.WIDTH,
          CoverageChart.height(coverage.facts().size()), null));
    }
    TimelineChart.Data timeline = TimelineChart.data(report);
    if (!timeline.empty()) {
      StringJoiner alt = new StringJoiner("; ", "", ".");
      for (TimelineChart.Event e : timeline.drawn()) {
        alt.add(palette.articleLabel(e.articleId()) + " \"" + e.text() + "\" " + TimelineChart.describe(e));
      }
      String note = TimelineChart.note(timeline);
      String period = TimelineChart.span(timeline.from(), timeline.to().minusDays(1));
      figures.add(new Figure("timeline", "Dates each article mentions",
          "The dates named in each article's claims, " + period + ": a marker for a day, a bar for a month, a year or "
              + "another period, each labelled as the article writes it."
              + (timeline.earlier().isEmpty() && timeline.later().isEmpty() ? ""
                  : " Dates far from that period are listed under the chart, not drawn."),
          alt.toString() + (note.isEmpty() ? "" : " " + note.replace('\n', ' ')), TimelineChart.create(timeline, palette),
          ChartStyle.WIDTH, TimelineChart.height(timeline), null));
    }
    FramingProfileChart.Data profile = FramingProfileChart.data(report);
    if (!profile.empty()) {
      StringJoiner alt = new StringJoiner("; ", "", ".");
      for (FramingProfileChart.Indicator i : profile.indicators()) {
        StringJoiner row = new StringJoiner(", ", FramingProfileChart.words(i.name()) + ": ", "");
        i.points().forEach(p -> row.add(palette.articleLabel(p.articleId()) + " "
            + FramingProfileChart.formatValue(p.value(), i.unit())));
        alt.add(row.toString());
      }
      figures.add(new Figure("framing-profile", "Framing profile",
          "Each framing indicator on its own scale, where 1 is the highest value among the articles; the framing "
              + "table gives the values in their units and the evidence behind them."
              + FramingProfileChart.zeroNote(profile),
          alt.toString(), FramingProfileChart.create(profile, palette), ChartStyle.WIDTH,
          FramingProfileChart.height(profile), null));
    }
    Optional<QuotedSpeakersChart.Data> quoted = QuotedSpeakersChart.data(report);
    if (quoted.isPresent()) {
      StringJoiner alt = new StringJoiner("; ", "", ".");
      for (QuotedSpeakersChart.Row r : quoted.get().rows()) {
        StringJoiner row = new StringJoiner(", ", palette.articleLabel(r.articleId()) + ": ", "");
        r.shares().forEach((k, v) -> {
          if (v > 0) {
            row.add(quoted.get().label(k) + " " + Numbers.percent(v));
          }
        });
        alt.add(row.toString());
      }
      figures.add(new Figure("quoted-speakers", "Who is quoted",
          "The kinds of speaker each article quotes, as shares of its quotations.",
          alt.toString(), QuotedSpeakersChart.create(quoted.get(), palette), ChartStyle.WIDTH,
          QuotedSpeakersChart.height(quoted.get()), null));
    }
    return figures;
  }

  private static String range(DiscrepancyChart.Row r) {
    String base = r.low() == r.high() ? Numbers.format(r.low())
        : Numbers.format(r.low()) + " to " + Numbers.format(r.high());
    return base + (r.openAbove() ? " or more" : r.openBelow() ? " or less" : "");
  }
}
