package dev.parallax.corpus;

import dev.parallax.model.FindingKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index page of a corpus run: one self-contained HTML page (no scripts, no outside files) that
 * lists every story with its articles' outlets, dates, the counts of each kind of finding, why its
 * articles were grouped, and a link to its report folder when one was written; then the rows left out.
 */
final class IndexPage {
  private IndexPage() {}

  static String html(List<StoryTable.Story> stories, Map<Long, StoryTable.Meta> meta,
      Map<String, CorpusRun.Outcome> outcomes, List<String> top, List<SkippedRow> skipped) {
    StringBuilder h = new StringBuilder();
    int articles = 0;
    for (StoryTable.Story s : stories) {
      articles += s.uids().size();
    }
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Parallax corpus: ").append(stories.size()).append(" stories</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}\n")
        .append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4rem;")
        .append("text-align:left;vertical-align:top}th{background:#f4f4f4}td.n{text-align:right}\n")
        .append(".why{color:#555;font-size:.9em}.muted{color:#888}\n</style>\n</head>\n<body>\n")
        .append("<h1>Stories in the corpus</h1>\n<p>")
        .append(String.format(Locale.ROOT, "%,d articles in %,d stories; %,d compared; %,d rows left out.",
            articles, stories.size(), outcomes.values().stream().filter(o -> o.error() == null).count(), skipped.size()))
        .append(" Stories of one outlet are listed but not compared. A report folder is written for the ")
        .append(top.size()).append(" stories with the most findings.</p>\n")
        .append("<table>\n<thead><tr><th>story</th><th>articles</th><th>dates</th><th>outlets</th>")
        .append("<th>agreements</th><th>numeric discrepancies</th><th>contradictions</th><th>disputes</th>")
        .append("<th>why grouped</th></tr></thead>\n<tbody>\n");
    for (StoryTable.Story s : stories) {
      CorpusRun.Outcome o = outcomes.get(s.id());
      StoryTable.Meta first = meta.get(s.uids().get(0));
      h.append("<tr id=\"").append(s.id()).append("\"><td>");
      if (top.contains(s.id())) {
        h.append("<a href=\"reports/").append(s.id()).append("/report.html\">").append(s.id()).append("</a>");
      } else {
        h.append(s.id());
      }
      h.append("<br><span class=\"why\">").append(escape(first.title() == null ? first.source() : first.title()))
          .append("</span></td><td class=\"n\">").append(s.uids().size()).append("</td><td>")
          .append(s.first() == null ? "<span class=\"muted\">no date</span>"
              : escape(s.first()) + (s.last().equals(s.first()) ? "" : " to " + escape(s.last())))
          .append("</td><td>").append(escape(String.join(", ", s.outlets()))).append("</td>");
      for (FindingKind k : FindingKind.values()) {
        h.append("<td class=\"n\">");
        if (!s.comparable()) {
          h.append("<span class=\"muted\">one outlet</span>");
        } else if (o == null || o.error() != null) {
          h.append("<span class=\"muted\">not compared</span>");
        } else {
          h.append(o.kinds().get(k));
        }
        h.append("</td>");
      }
      h.append("<td class=\"why\">").append(escape(why(s, o))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    if (!skipped.isEmpty()) {
      h.append("<h2>Left out (").append(skipped.size()).append(")</h2>\n<ul>\n");
      for (SkippedRow r : skipped) {
        h.append("<li><code>").append(escape(r.code())).append("</code> ").append(escape(r.message())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** Why the story's articles were grouped, in one line. */
  static String why(StoryTable.Story s, CorpusRun.Outcome o) {
    StringBuilder w = new StringBuilder();
    if (s.uids().size() == 1) {
      w.append("one article; nothing else in the corpus is close enough");
    } else {
      w.append(s.links()).append(s.links() == 1 ? " link" : " links");
      if (s.similarity() != null) {
        w.append(String.format(Locale.ROOT, ", title-and-lead similarity %.2f (lowest %.2f)", s.similarity(), s.minSimilarity()));
      }
      if (!s.names().isEmpty()) {
        w.append("; shared names: ").append(String.join(", ", s.names()));
      }
      if (!s.dates().isEmpty()) {
        w.append("; dates named: ").append(String.join(", ", s.dates()));
      }
      for (List<String> r : s.reprints()) {
        w.append("; reprints of one copy: ").append(String.join(", ", r));
      }
    }
    if (o != null && o.error() != null) {
      w.append("; not compared: ").append(o.error());
    }
    return w.toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
