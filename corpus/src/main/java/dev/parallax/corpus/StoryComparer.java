package dev.parallax.corpus;

import dev.parallax.analysis.ingest.DocumentReader;
import dev.parallax.analysis.pipeline.ComparisonPipeline;
import dev.parallax.analysis.pipeline.NoUsableInputException;
import dev.parallax.analysis.pipeline.ProgressListener;
import dev.parallax.model.Report;
import dev.parallax.model.json.ReportCodec;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Compares each story with the analysis pipeline, one Spark task per story, with the models of
 * {@link Workers} (loaded once per executor). A story is compared exactly as {@code parallax compare}
 * compares the same articles: article files are read from where they are, under the same names; rows
 * are written out as the {@code .json} articles they are and read under their row names. The
 * articles go in order of name, as {@code compare} reads a folder.
 */
final class StoryComparer {
  private StoryComparer() {}

  /**
   * A compared story.
   *
   * @param story the story's id
   * @param report the report as {@code report.json} holds it, or null when the story could not be compared
   * @param error why it could not be, or null
   */
  record Compared(String story, String report, String error) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One partition per story. */
  static final class ByStory extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final Map<String, Integer> index;

    ByStory(List<String> stories) {
      Map<String, Integer> m = new HashMap<>();
      for (String s : stories) {
        m.put(s, m.size());
      }
      this.index = m;
    }

    @Override
    public int numPartitions() {
      return Math.max(1, index.size());
    }

    @Override
    public int getPartition(Object key) {
      return index.getOrDefault((String) key, 0);
    }
  }

  /** Compares the stories of {@code articles} (keyed by story id), one task each; {@code done} counts the stories finished. */
  static JavaRDD<Compared> compare(JavaPairRDD<String, CorpusArticle> articles, List<String> stories, LongAccumulator done) {
    return articles.groupByKey(new ByStory(stories)).mapPartitions((Iterator<Tuple2<String, Iterable<CorpusArticle>>> it) -> {
      List<Compared> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<String, Iterable<CorpusArticle>> story = it.next();
        List<CorpusArticle> list = new ArrayList<>();
        story._2().forEach(list::add);
        out.add(compareStory(story._1(), list));
        done.add(1);
      }
      return out.iterator();
    });
  }

  /** Compares one story's articles as {@code compare} would. */
  static Compared compareStory(String story, List<CorpusArticle> articles) {
    List<CorpusArticle> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(CorpusArticle::source));
    Path folder = null;
    try {
      Map<String, String> names = new HashMap<>();
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        CorpusArticle a = sorted.get(i);
        if (a.path() != null) {
          paths.add(a.path());
          names.put(Path.of(a.path()).toString(), a.source());
        } else {
          if (folder == null) {
            folder = Files.createTempDirectory(Workers.temp(), "story");
          }
          Path file = folder.resolve(String.format(java.util.Locale.ROOT, "%05d.json", i));
          Files.writeString(file, a.json(), StandardCharsets.UTF_8);
          paths.add(file.toString());
          names.put(file.toString(), a.source());
        }
      }
      DocumentReader reader = Workers.reader();
      DocumentReader naming = (file, source) -> reader.read(file, names.getOrDefault(file.toString(), source));
      ComparisonPipeline pipeline = Workers.pipeline(naming);
      Report report = pipeline.compare(paths, ProgressListener.NONE);
      return new Compared(story, new ReportCodec().write(report), null);
    } catch (NoUsableInputException e) {
      return new Compared(story, null, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a story's rows to a temporary folder", e);
    } catch (RuntimeException e) {
      return new Compared(story, null, "the comparison failed (" + CorpusReader.firstLine(e) + "; please report it)");
    } finally {
      if (folder != null) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(folder);
        } catch (IOException e) {
          folder.toFile().deleteOnExit();
        }
      }
    }
  }
}
