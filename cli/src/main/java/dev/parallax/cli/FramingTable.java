package dev.parallax.cli;

import dev.parallax.analysis.bias.EvidenceFramingAnalyzer;
import dev.parallax.analysis.bias.FramingInput;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.quote.PatternQuoteFinder;
import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.MorphyLemmatizer;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code parallax framing FILES...}: reads plain-text articles, runs the text stage, the quote
 * finder and the framing analyzer, and prints each article's indicators and an actor × outlet table
 * of labels. Without the claim and verdict stages there are no findings, so omission is empty here.
 */
final class FramingTable {
  private final Path outletsFile;

  FramingTable(Path outletsFile) {
    this.outletsFile = outletsFile;
  }

  int print(List<Path> files, PrintWriter out) throws IOException {
    OutletRegistry registry = outletsFile == null ? OutletRegistry.builtIn() : OutletRegistry.builtInWith(outletsFile);
    List<Article> articles = new ArrayList<>();
    for (Path f : expand(files)) {
      byte[] bytes = Files.readAllBytes(f);
      String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
      String id = "a" + (articles.size() + 1);
      articles.add(new Article(id, f.toString(), firstLine(text), outlet(text, registry), null, null, "en",
          text.split("\\s+").length, sha256(bytes), text, null, Map.of()));
    }
    OpenNlpTextAnalyzer analyzer = new OpenNlpTextAnalyzer(new MorphyLemmatizer());
    PatternQuoteFinder finder = new PatternQuoteFinder();
    Map<String, List<Sentence>> sentences = new TreeMap<>();
    Map<String, List<Quote>> quotes = new TreeMap<>();
    for (Article a : articles) {
      List<Sentence> s = analyzer.analyze(a.text());
      sentences.put(a.id(), s);
      quotes.put(a.id(), finder.find(a.text(), s));
    }
    List<BiasProfile> profiles = new EvidenceFramingAnalyzer()
        .analyze(new FramingInput(articles, sentences, quotes, List.of(), List.of(), registry));
    Map<String, Map<String, List<String>>> labels = new TreeMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      out.printf(Locale.ROOT, "%s  %s  [%s]%n", a.id(), a.source(), a.outletOrUnknown());
      for (BiasIndicator ind : profiles.get(i).indicators()) {
        if (ind.name().equals(EvidenceFramingAnalyzer.CONTEXT)) {
          out.printf(Locale.ROOT, "  %-16s %s%n", ind.name(), ind.description());
          continue;
        }
        out.printf(Locale.ROOT, "  %-16s %7.3f  %-34s %s%n", ind.name(), ind.value(), ind.unit(), summary(ind));
        if (ind.name().equals(EvidenceFramingAnalyzer.LABELS)) {
          ind.breakdown().forEach((k, v) -> {
            int colon = k.indexOf(": ");
            labels.computeIfAbsent(k.substring(0, colon), x -> new TreeMap<>())
                .computeIfAbsent(a.id(), x -> new ArrayList<>())
                .add(k.substring(colon + 2) + " " + v.intValue());
          });
        }
      }
      out.println();
    }
    out.println("Labels by actor and article (own sentences):");
    labels.forEach((actor, byArticle) -> {
      out.println("  " + actor);
      byArticle.forEach((id, l) -> out.println("    " + id + ": " + String.join(", ", l)));
    });
    out.flush();
    return ExitCode.OK;
  }

  private static String summary(BiasIndicator ind) {
    StringBuilder b = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Double> e : ind.breakdown().entrySet()) {
      if (shown++ == 6) {
        b.append(" ...");
        break;
      }
      double v = e.getValue();
      b.append(shown > 1 ? "; " : "").append(e.getKey()).append(' ')
          .append(v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v));
    }
    return b.toString();
  }

  private static List<Path> expand(List<Path> files) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : files) {
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new UserError(ExitCode.INPUT, "no such file: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new UserError(ExitCode.INPUT, "no article files in " + files);
    }
    return out;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return null;
  }

  /** The outlet a "Source: X" line or a "| X" title suffix names, as the registry spells it. */
  private static String outlet(String text, OutletRegistry registry) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.regionMatches(true, 0, "Source:", 0, 7)) {
        return registry.canonical(l.substring(7));
      }
      int bar = l.lastIndexOf('|');
      if (bar > 0 && registry.find(l.substring(bar + 1)).isPresent()) {
        return registry.canonical(l.substring(bar + 1));
      }
    }
    return null;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
