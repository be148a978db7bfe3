package dev.parallax.corpus;

import com.google.common.base.Suppliers;
import dev.parallax.analysis.ingest.ArticleFileReader;
import dev.parallax.analysis.ingest.DocumentReader;
import dev.parallax.analysis.ingest.OutletRegistry;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.Components;
import dev.parallax.analysis.pipeline.Settings;
import dev.parallax.analysis.quantity.PatternQuantityExtractor;
import dev.parallax.analysis.quantity.QuantityExtractor;
import dev.parallax.analysis.semantic.MiniLmSentenceEncoder;
import dev.parallax.analysis.semantic.SentenceEncoder;
import dev.parallax.cli.Parallax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The models and stages a Spark task uses, loaded once per executor (per JVM) on first use and
 * shared by every task that runs there. All of them are thread-safe. The settings are those of
 * {@code parallax compare}'s defaults (20 MB files, 100,000 words, no timestamp), so that a story
 * compared here gets the report {@code compare} writes for the same articles.
 */
final class Workers {
  private Workers() {}

  /** The settings of every comparison: compare's defaults, one thread (Spark runs stories side by side). */
  static final Settings SETTINGS =
      new Settings(ArticleFileReader.DEFAULT_MAX_BYTES, ArticleFileReader.DEFAULT_MAX_WORDS, 1, false);

  private static final Supplier<Components> COMPONENTS =
      Suppliers.memoize(() -> Components.standard(OutletRegistry.builtIn(), SETTINGS))::get;
  private static final Supplier<ComparisonPipeline> PIPELINE =
      Suppliers.memoize(() -> pipeline(COMPONENTS.get()))::get;
  private static final Supplier<DocumentReader> READER = Suppliers.memoize(() -> (DocumentReader)
      new ArticleFileReader(OutletRegistry.builtIn(), WordNetLexicon.shared(), SETTINGS.maxFileBytes(), SETTINGS.maxWords()))::get;
  private static final Supplier<SentenceEncoder> ENCODER =
      Suppliers.memoize(() -> (SentenceEncoder) new MiniLmSentenceEncoder())::get;
  private static final Supplier<QuantityExtractor> QUANTITIES =
      Suppliers.memoize(() -> (QuantityExtractor) new PatternQuantityExtractor())::get;
  private static final Supplier<Path> TEMP = Suppliers.memoize(Workers::tempFolder)::get;

  /** The standard stages, as {@code compare} builds them. */
  static Components components() {
    return COMPONENTS.get();
  }

  /** The pipeline {@code compare} runs. */
  static ComparisonPipeline pipeline() {
    return PIPELINE.get();
  }

  /** A pipeline over the standard stages that reads files with {@code reader}. */
  static ComparisonPipeline pipeline(DocumentReader reader) {
    return pipeline(COMPONENTS.get().withReader(reader));
  }

  private static ComparisonPipeline pipeline(Components components) {
    return new ComparisonPipeline(components, SETTINGS, Clock.systemUTC(), Parallax.version());
  }

  /** The article reader {@code compare} reads with. */
  static DocumentReader reader() {
    return READER.get();
  }

  /** The sentence encoder, without a cache (titles and leads are encoded once each). */
  static SentenceEncoder encoder() {
    return ENCODER.get();
  }

  static QuantityExtractor quantities() {
    return QUANTITIES.get();
  }

  /** A folder of this JVM for rows written out as article files; deleted when the JVM ends. */
  static Path temp() {
    return TEMP.get();
  }

  private static Path tempFolder() {
    try {
      Path dir = Files.createTempDirectory("parallax-corpus");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary folder", e);
    }
  }
}
