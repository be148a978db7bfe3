package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.FindingKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "11300;11,300",
      "0.125;0.125",
      "-0.4;-0.4",
      "1234567.891;1,234,570",
      "3;3"})
  void numbersUseRootSymbolsAndGroupThousands(double value, String expected) {
    assertEquals(expected, Text.number(value));
  }

  @Test
  void markdownEscapesWhatWouldBecomeMarkup() {
    assertEquals("a \\| b \\*c\\* \\_d\\_ \\[e\\](f) &lt;g&gt; h", Text.md("a | b *c* _d_ [e](f) <g>\nh"));
  }

  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", Text.html("<b> & \"q\" 's'"));
  }

  @Test
  void escapingLeavesOtherTextAsItIs() {
    // Accented letters, characters outside the BMP and existing entities: only the markup characters change.
    assertEquals("Zürich 𝔘 &amp;amp; —", Text.html("Zürich 𝔘 &amp; —"));
    assertEquals("Zürich 𝔘 &amp;amp; — \\\\ \\~\\`\\#", Text.md("Zürich 𝔘 &amp; — \\ ~`#"));
    // A character reference in the text is shown as written, not rendered; a bare ampersand is left alone.
    assertEquals("&amp;\\#60;script&amp;\\#62; AT&T R&D &amp;copy;", Text.md("&#60;script&#62; AT&T R&D &copy;"));
    assertEquals("a&lt;/script&gt;\"'", Text.htmlContent("a</script>\"'"));
    assertEquals("", Text.html(null));
    assertEquals("", Text.md(null));
    assertEquals("one two", Text.md("one\r\ntwo"));
  }

  @Test
  void wrapsAtSpacesAndKeepsOffsets() {
    String s = "The dam did not fail, the mayor said.";
    List<int[]> lines = Text.wrap(s, 12);
    StringBuilder joined = new StringBuilder();
    for (int[] l : lines) {
      String line = s.substring(l[0], l[1]);
      assertTrue(line.length() <= 12, line);
      joined.append(joined.length() > 0 ? " " : "").append(line);
    }
    assertEquals(s, joined.toString());
    assertEquals("The dam did", s.substring(lines.get(0)[0], lines.get(0)[1]));
  }

  @Test
  void cutsWordsLongerThanALine() {
    List<int[]> lines = Text.wrap("abcdefghijklmnopqrstuvwxyz", 10);
    assertEquals(3, lines.size());
    assertEquals(10, lines.get(0)[1] - lines.get(0)[0]);
  }

  @Test
  void labelsAndCounts() {
    assertEquals("1 numeric discrepancy", Text.count(FindingKind.NUMERIC_DISCREPANCY, 1));
    assertEquals("3 numeric discrepancies", Text.count(FindingKind.NUMERIC_DISCREPANCY, 3));
    assertEquals("0 disputes", Text.count(FindingKind.DISPUTE, 0));
    assertEquals("loaded-language-2", Text.slug("Loaded language (2)"));
    assertEquals("Loaded language", Text.capitalized("loaded language"));
  }

  @Test
  void countsAreWrittenWithThousandsSeparators() {
    assertEquals("1 article", Text.plural(1, "article", "articles"));
    assertEquals("0 articles", Text.plural(0, "article", "articles"));
    assertEquals("4,813 articles", Text.plural(4_813, "article", "articles"));
  }
}
