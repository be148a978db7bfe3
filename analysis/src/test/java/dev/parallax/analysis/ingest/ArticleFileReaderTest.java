package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileReaderTest {
  private static final ArticleFileReader READER = new ArticleFileReader();
  @TempDir Path dir;

  private Document read(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    ReadOutcome o = READER.read(f, name);
    return assertInstanceOf(ReadOutcome.Accepted.class, o, () -> o.toString()).document();
  }

  private ReadOutcome.Rejected reject(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return assertInstanceOf(ReadOutcome.Rejected.class, READER.read(f, name));
  }

  @Test
  void readsTextConventions() throws IOException {
    Document d = read("a.txt", """
        Floods Kill Hundreds Across the Province

        Last Updated on March 3, 2025 8:10 am

        By Jane Doe

        Floods have killed at least 300 people, officials said on Monday.

        Rescue teams reached the valley on Tuesday.

        Source: Al-Jazeera

        Leave a Reply
        """);
    assertEquals("Floods Kill Hundreds Across the Province", d.title());
    assertEquals("Al Jazeera", d.outlet(), "the Source line names the outlet, made canonical");
    assertEquals("Jane Doe", d.author());
    assertEquals(LocalDate.of(2025, 3, 3), d.published());
    assertEquals("Floods have killed at least 300 people, officials said on Monday.\n\nRescue teams reached the valley on Tuesday.",
        d.text());
    assertEquals("a 'Last Updated on' line", d.metadataOrigin().get("published"));
  }

  @Test
  void readsDatelines() throws IOException {
    Document d = read("d.txt", "Quake Toll Rises\n\nMehr News, International Group: The toll from the quake rose to 40 on Sunday, officials said.\n");
    assertEquals("Mehr News Agency", d.outlet());
    assertEquals("The toll from the quake rose to 40 on Sunday, officials said.", d.text());
    Document w = read("w2.txt", "Quake Toll Rises\n\nKABUL, Dec 25 (Reuters) - The toll from the quake rose to 40 on Sunday, officials said.\n");
    assertEquals("Reuters", w.outlet());
    assertEquals("The toll from the quake rose to 40 on Sunday, officials said.", w.text());
  }

  @Test
  void readsATitleSuffixAndDropsRepeatedHeadlines() throws IOException {
    Document d = read("b.txt", """
        Home World After a year of rule, how does the capital view its neighbour? | Column News | Al Jazeera

        After a year of rule, how does the capital view its neighbour? | Column News | Al Jazeera

        by admin

        The takeover was a turning point for the region.
        """);
    assertEquals("After a year of rule, how does the capital view its neighbour?", d.title());
    assertEquals("Al Jazeera", d.outlet());
    assertNull(d.author(), "'admin' is a placeholder, not an author");
    assertEquals("The takeover was a turning point for the region.", d.text());
  }

  @Test
  void aFirstParagraphOfSentencesIsTextNotAHeadline() throws IOException {
    // Two sentences and a heading glued after them: before, the whole paragraph was taken for the
    // headline and dropped, and a short article lost all its text ("no article text").
    Document glued = read("g.md", """
        ---
        title: Border trade
        outlet: Example Wire
        ---

        Some shops at the crossing were closed. Traders said they lost money over the summer. Tensions Rise at the Border
        """);
    assertEquals("Border trade", glued.title());
    assertTrue(glued.text().startsWith("Some shops at the crossing were closed."), glued.text());
    // A lead that ends inside its closing quote is a sentence too.
    Document quoted = read("q.txt", """
        Talks Stall Again

        The minister said: "We will not sign this agreement."

        Diplomats said the talks would resume.
        """);
    assertEquals("Talks Stall Again", quoted.title());
    assertTrue(quoted.text().startsWith("The minister said:"), quoted.text());
    // A headline with abbreviations stays a headline.
    for (String headline : List.of("U.S. Envoy Meets Leaders in St. Louis",
        "Gen. Munir Meets Mrs. Khan vs. Rivals in Rawalpindi")) {
      Document d = read("h.txt", headline + "\n\nThe envoy arrived on Monday, aides said.\n");
      assertEquals(headline, d.title());
      assertEquals("The envoy arrived on Monday, aides said.", d.text());
    }
  }

  @Test
  void namesNoOutletWhenTheTextNamesNone() throws IOException {
    Document d = read("c.txt", "Talks Stall Again\n\nNegotiations between the two sides have stalled, diplomats said.\n");
    assertNull(d.outlet());
    assertFalse(d.metadataOrigin().containsKey("outlet"));
  }

  @Test
  void readsHtmlMetadataAndBodyWithoutFurniture() throws IOException {
    Document d = read("p.html", """
        <!doctype html><html><head><title>Ignored | Site</title>
        <meta property="og:site_name" content="The Daily Example">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Quake Hits Coast",
          "author":{"@type":"Person","name":"Ann Lee"},"datePublished":"2024-05-06T10:00:00Z",
          "publisher":{"@type":"Organization","name":"Reuters"}}</script></head>
        <body><nav>Home | World</nav><article><h1>Quake Hits Coast</h1>
        <p>A strong earthquake struck the coast on Monday, killing at least 12 people.</p>
        <figure><img src="x.jpg"><figcaption>Rescuers at work (Reuters)</figcaption></figure>
        <p>Officials said the toll could rise.</p>
        <div class="share-buttons">Share on Twitter</div>
        <div id="comments"><p>Leave a comment</p></div></article>
        <div class="cookie-banner">We use cookies. Accept</div></body></html>
        """);
    assertEquals("Quake Hits Coast", d.title());
    assertEquals("Reuters", d.outlet(), "JSON-LD publisher outranks og:site_name");
    assertEquals("Ann Lee", d.author());
    assertEquals(LocalDate.of(2024, 5, 6), d.published());
    assertEquals("A strong earthquake struck the coast on Monday, killing at least 12 people.\n\nOfficials said the toll could rise.",
        d.text());
  }

  @Test
  void readsJsonArticlesAndRejectsOtherJson() throws IOException {
    Document d = read("j.json", """
        {"title": "Vote Count Delayed", "source": "AP", "author": ["A. B.", "C. D."],
         "publishedAt": "2024-11-06", "url": "https://example.org/x",
         "text": "Officials delayed the count.\\nObservers said turnout was high."}
        """);
    assertEquals("Vote Count Delayed", d.title());
    assertEquals("Associated Press", d.outlet());
    assertEquals("A. B., C. D.", d.author());
    assertEquals(LocalDate.of(2024, 11, 6), d.published());
    assertEquals("https://example.org/x", d.url());
    assertEquals("Officials delayed the count.\n\nObservers said turnout was high.", d.text());
    ReadOutcome.Rejected r = reject("list.json", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
    assertEquals("not-an-article", r.code());
    assertEquals("not-an-article", reject("bad.json", "{\"title\": ".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void headerLinesWithoutDelimitersAreMetadata() throws IOException {
    Document d = read("h.txt", """
        Source: Harbor Times
        Published: March 3, 2025
        Author: Lena Ortiz

        Floods kill at least 120 in Velmora province

        Flash floods have killed at least 120 people in Velmora province, officials said on Monday.
        """);
    assertEquals("Harbor Times", d.outlet());
    assertEquals(LocalDate.of(2025, 3, 3), d.published());
    assertEquals("Lena Ortiz", d.author());
    assertEquals("Floods kill at least 120 in Velmora province", d.title());
    assertEquals("Flash floods have killed at least 120 people in Velmora province, officials said on Monday.", d.text());
    assertEquals("the header lines", d.metadataOrigin().get("outlet"));
  }

  @Test
  void aBylineAboveTheHeadlineIsNotTheTitle() throws IOException {
    Document d = read("b.txt", """
        By Lena Ortiz

        Flooding in Velmora leaves 92 dead

        The floods in Velmora have killed 92 people, police said on Tuesday.
        """);
    assertEquals("Lena Ortiz", d.author());
    assertEquals("Flooding in Velmora leaves 92 dead", d.title());
    assertEquals("The floods in Velmora have killed 92 people, police said on Tuesday.", d.text());
  }

  @Test
  void aHeaderLineWithAnUnknownKeyIsText() throws IOException {
    Document d = read("k.txt", """
        Update: Floods kill at least 120

        Flash floods have killed at least 120 people in Velmora province, officials said on Monday.
        """);
    assertEquals("Update: Floods kill at least 120", d.title());
  }

  @Test
  void aSourceLineAboveTheHeadlineNamesTheOutletAndIsNotTheTitle() throws IOException {
    Document d = read("s.txt", """
        Source: Northern Daily

        Flooding in Velmora leaves 92 dead

        The floods in Velmora have killed 92 people, police said on Tuesday.
        """);
    assertEquals("Northern Daily", d.outlet());
    assertEquals("Flooding in Velmora leaves 92 dead", d.title());
    assertEquals("The floods in Velmora have killed 92 people, police said on Tuesday.", d.text());
  }

  @Test
  void frontMatterAndSidecarSupplyMetadata() throws IOException {
    Document d = read("f.md", """
        ---
        outlet: bbc
        date: 2023-02-01
        author: "Sam Roe"
        ---
        # Storm Warning Issued

        Forecasters issued a **storm warning** for the [coast](https://example.org).
        """);
    assertEquals("BBC", d.outlet());
    assertEquals(LocalDate.of(2023, 2, 1), d.published());
    assertEquals("Sam Roe", d.author());
    assertEquals("Storm Warning Issued", d.title());
    assertEquals("Forecasters issued a storm warning for the coast.", d.text());

    Files.writeString(dir.resolve("g.meta.json"), "{\"outlet\": \"Dawn\", \"date\": \"2022-08-10\", \"url\": \"https://dawn.com/x\"}");
    Document g = read("g.txt", "Headline Here\n\nSource: Al-Jazeera\n\nThe body says something useful here.\n");
    assertEquals("Dawn", g.outlet(), "the user's file overrides the text");
    assertEquals(LocalDate.of(2022, 8, 10), g.published());
    assertEquals("g.meta.json", g.metadataOrigin().get("outlet"));
  }

  @Test
  void joinsHardWrappedLines() throws IOException {
    Document d = read("w.txt", """
        Wrapped Story

        The committee met on Tuesday to discuss the budget for the coming year and
        agreed that spending on roads would rise by a tenth while spending on health
        would stay flat, a decision that several members said they would challenge
        in the full assembly when it meets again next month in the capital city.

        A second paragraph follows here and it is also wrapped at about seventy-five
        characters so that the reader has to join the lines back into one paragraph.
        """);
    assertEquals(2, d.text().split("\n\n").length);
    assertFalse(d.text().contains("and\nagreed"));
  }

  @Test
  void decodesEncodingsAndWarnsAboutGuesses() throws IOException {
    byte[] utf16 = "\uFEFFCafe Reopens\n\nThe caf\u00e9 reopened on Monday after the floods.".getBytes(StandardCharsets.UTF_16LE);
    Path f = dir.resolve("u16.txt");
    Files.write(f, utf16);
    Document d = assertInstanceOf(ReadOutcome.Accepted.class, READER.read(f, "u16.txt")).document();
    assertEquals("The caf\u00e9 reopened on Monday after the floods.", d.text());
    assertTrue(d.diagnostics().isEmpty());

    byte[] cp1252 = "Cafe Speaks\n\nThe caf\u00e9 said \u201cno\u201d on Monday.".getBytes(Charset.forName("windows-1252"));
    Path g = dir.resolve("w.txt");
    Files.write(g, cp1252);
    Document e = assertInstanceOf(ReadOutcome.Accepted.class, READER.read(g, "w.txt")).document();
    assertEquals("The caf\u00e9 said \"no\" on Monday.", e.text());
    assertEquals("encoding", e.diagnostics().get(0).code());
  }

  @Test
  void rejectsEmptyBinaryAndScriptOnlyFiles() throws IOException {
    assertEquals("empty-file", reject("e.txt", new byte[0]).code());
    assertEquals("empty-file", reject("s.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).code());
    ReadOutcome.Rejected png = reject("x.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    assertEquals("binary", png.code());
    assertTrue(png.message().contains("PNG"), png.message());
    assertEquals("binary", reject("z.txt", new byte[] {1, 2, 0, 5, 6, 0, 0, 9}).code());
    assertEquals("no-text", reject("s.html",
        "<html><head><script>var a=1;</script><style>p{}</style></head><body><script>x()</script></body></html>"
            .getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void readsUtf16WithABigEndianByteOrderMark() throws IOException {
    byte[] utf16 = "\uFEFFTalks Resume\n\nThe na\u00efve plan \u2014 officials said \u2014 failed.".getBytes(StandardCharsets.UTF_16BE);
    Path f = dir.resolve("be.txt");
    Files.write(f, utf16);
    Document d = assertInstanceOf(ReadOutcome.Accepted.class, READER.read(f, "be.txt")).document();
    assertEquals("The na\u00efve plan - officials said - failed.", d.text(), "dashes are normalized, as in UTF-8 files");
    assertTrue(d.diagnostics().isEmpty());
  }

  @Test
  void warnsInOneSentenceWhenUtf8IsInvalid() throws IOException {
    Path f = dir.resolve("latin.txt");
    Files.write(f, "Caf\u00e9 Reopens\n\nThe caf\u00e9 reopened.".getBytes(Charset.forName("windows-1252")));
    Document d = assertInstanceOf(ReadOutcome.Accepted.class, READER.read(f, "latin.txt")).document();
    assertEquals("latin.txt: the file is not valid UTF-8; it was read as Windows-1252, so some characters may be wrong",
        d.diagnostics().get(0).message());
  }

  @Test
  void skipsATextLongerThanTheWordLimit() throws IOException {
    ArticleFileReader reader = new ArticleFileReader(OutletRegistry.builtIn(),
        dev.parallax.analysis.lexicon.WordNetLexicon.shared(), ArticleFileReader.DEFAULT_MAX_BYTES, 50);
    Path f = dir.resolve("long.txt");
    Files.writeString(f, "The talks went on. ".repeat(20), StandardCharsets.UTF_8);
    ReadOutcome.Rejected r = assertInstanceOf(ReadOutcome.Rejected.class, reader.read(f, "long.txt"));
    assertEquals("too-long", r.code());
    assertEquals("long.txt has 80 words of text; texts over 50 words are not analysed as articles "
        + "(raise the limit with --max-words)", r.message());
    Files.writeString(f, "The talks went on. ".repeat(12), StandardCharsets.UTF_8);
    assertInstanceOf(ReadOutcome.Accepted.class, reader.read(f, "long.txt"));
  }

  @Test
  void skipsAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    ReadOutcome.Rejected r = assertInstanceOf(ReadOutcome.Rejected.class, READER.read(f, "huge.txt"));
    assertEquals("too-large", r.code());
    assertEquals("huge.txt is 50.0 MB; files over 20.0 MB are not read as articles (raise the limit with "
        + "--max-file-size)", r.message());
  }

  @Test
  void warnsAboutAPassageWithoutPunctuation() throws IOException {
    String words = "officials said the talks would go on ".repeat(200);
    Document d = read("run.txt", words + "\n");
    assertEquals("no-punctuation", d.diagnostics().get(0).code());
    assertTrue(d.diagnostics().get(0).message().startsWith("run.txt has a passage of 1,400 words without a full stop"),
        d.diagnostics().get(0).message());
    assertTrue(read("ok.txt", "Officials said the talks would go on. ".repeat(200)).diagnostics().isEmpty());
  }

  @Test
  void countsWordsAsRunsOfLettersAndDigits() {
    assertEquals(0, Document.words(""));
    assertEquals(6, Document.words("It's 3.5 km\u2014far."));
    assertEquals(3, ArticleFileReader.longestUnpunctuatedRun("One two. Three four five? Six"));
  }

  @Test
  void reportsAMissingFile() {
    ReadOutcome o = READER.read(dir.resolve("nope.txt"), "nope.txt");
    ReadOutcome.Rejected r = assertInstanceOf(ReadOutcome.Rejected.class, o);
    assertEquals("missing", r.code());
    assertEquals("nope.txt does not exist", r.message());
  }
}
