package dev.parallax.analysis.bias;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Retrains the framing models from the sentences written for Parallax and writes their weights
 * into {@code src/main/resources}. Off unless asked for:
 *
 * <pre>
 * mvn -B -q -pl analysis -am test -Dtest=FramingModelTraining -Dparallax.train=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Training is deterministic (full-batch gradient descent from zero weights), so the same
 * sentences give the same files. Only {@code training/*.tsv} is read: no evaluation data.
 */
@EnabledIfSystemProperty(named = "parallax.train", matches = "true")
class FramingModelTraining {
  static final double LAMBDA = 0.01;
  private static final Path OUT = Path.of("src", "main", "resources", "dev", "parallax", "analysis", "bias");

  @Test
  void trainBothModels() throws IOException {
    FramingModels features = FramingModels.featuresOnly();
    trainLoaded(features);
    trainTarget(features);
  }

  private void trainLoaded(FramingModels features) throws IOException {
    List<String> text = new ArrayList<>();
    List<Integer> label = new ArrayList<>();
    for (String[] f : rows("loaded-sentences.tsv")) {
      label.add(f[0].equals("loaded") ? 1 : 0);
      text.add(f[1]);
    }
    List<float[]> x = features.loadedFeatures(text);
    SoftmaxModel m = SoftmaxModel.train(x, label.stream().mapToInt(Integer::intValue).toArray(),
        List.of("neutral", "loaded"), LAMBDA, 3000);
    write(m, "loaded-language.model.tsv", List.of(
        "Loaded-language sentence model: logistic regression over all-MiniLM-L6-v2 sentence embeddings.",
        "Trained by FramingModelTraining on " + text.size() + " sentences from training/loaded-sentences.tsv,",
        "written for Parallax (Apache-2.0); L2 " + LAMBDA + ", 3000 full-batch steps. No evaluation data used."));
  }

  private void trainTarget(FramingModels features) throws IOException {
    List<float[]> x = new ArrayList<>();
    List<Integer> label = new ArrayList<>();
    List<String> classes = List.of("NEGATIVE", "NEUTRAL", "POSITIVE");
    for (String[] f : rows("target-sentences.tsv")) {
      String s = f[1];
      int a = s.indexOf('[');
      int b = s.indexOf(']');
      String clean = s.substring(0, a) + s.substring(a + 1, b) + s.substring(b + 1);
      x.add(features.targetFeatures(clean, a, b - 1));
      label.add(classes.indexOf(f[0]));
    }
    SoftmaxModel m = SoftmaxModel.train(x, label.stream().mapToInt(Integer::intValue).toArray(), classes, LAMBDA,
        2000);
    write(m, "target-sentiment.model.tsv", List.of(
        "Target-sentiment model: logistic regression over the MiniLM embeddings of the words around a mention",
        "and of the sentence, and VADER compound scores of both (scaled by " + FramingModels.VADER_SCALE + ").",
        "Trained by FramingModelTraining on " + x.size() + " sentences from training/target-sentences.tsv,",
        "written for Parallax (Apache-2.0); L2 " + LAMBDA + ", 2000 full-batch steps. No evaluation data used."));
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = FramingModelTraining.class.getResourceAsStream("training/" + file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", 2));
        }
      }
    }
    return out;
  }

  private static void write(SoftmaxModel m, String file, List<String> comments) throws IOException {
    try (Writer w = Files.newBufferedWriter(OUT.resolve(file), StandardCharsets.UTF_8)) {
      m.write(w, comments);
    }
  }
}
