package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.Provenance;
import dev.parallax.model.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every writer copes with the smallest valid report: no articles, no claims, no findings. */
class EmptyReportTest {
  private final Report empty =
      Report.builder(new Provenance("parallax", "1", null, List.of(), Map.of(), List.of())).build();

  @Test
  void writersProduceTheirFrame() {
    ChartSet charts = ChartSet.draw(empty);
    assertEquals(List.of(), charts.charts());
    String html = new HtmlReportWriter().render(empty, charts);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
    assertTrue(html.contains("This report has no framing indicators."));
    String md = new MarkdownReportWriter().render(empty, charts);
    assertTrue(md.contains("None found.") && md.contains("(no time recorded)"), md);
    StringWriter out = new StringWriter();
    new TerminalSummary(TerminalStyle.PLAIN, 80).print(empty, List.of(), new PrintWriter(out));
    assertTrue(out.toString().startsWith("Compared 0 articles from 0 outlets (0 claims)."), out.toString());
    StringWriter none = new StringWriter();
    new FindingsView(TerminalStyle.PLAIN, 80).print(empty, List.of(), new PrintWriter(none));
    assertEquals("", none.toString());
  }
}
