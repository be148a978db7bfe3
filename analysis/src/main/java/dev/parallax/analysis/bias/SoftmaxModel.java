package dev.parallax.analysis.bias;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A multinomial logistic regression: one weight vector and bias per class, probabilities by softmax.
 *
 * <p>Stored as text: comment lines starting with {@code #}, then one line per class,
 * {@code class<TAB>name<TAB>bias<TAB>w1<TAB>...<TAB>wn}. Immutable and thread-safe.
 *
 * @param classes the class names, in the order of {@link #probabilities}
 * @param weights one row per class: the bias, then one weight per feature
 */
record SoftmaxModel(List<String> classes, List<double[]> weights) {

  SoftmaxModel {
    classes = List.copyOf(classes);
    weights = List.copyOf(weights);
    if (classes.size() < 2 || classes.size() != weights.size()) {
      throw new IllegalArgumentException("need one weight row per class, at least two classes");
    }
    int n = weights.get(0).length;
    for (double[] w : weights) {
      if (w.length != n) {
        throw new IllegalArgumentException("weight rows differ in length");
      }
    }
  }

  /** The number of features the model takes. */
  int features() {
    return weights.get(0).length - 1;
  }

  /** The class probabilities of a feature vector, in the order of {@link #classes}. */
  double[] probabilities(float[] x) {
    if (x.length != features()) {
      throw new IllegalArgumentException("expected " + features() + " features, got " + x.length);
    }
    double[] z = new double[classes.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < z.length; c++) {
      double[] w = weights.get(c);
      double s = w[0];
      for (int k = 0; k < x.length; k++) {
        s += w[k + 1] * x[k];
      }
      z[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /** The probability of one class. */
  double probability(float[] x, String name) {
    int c = classes.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no class " + name + " in " + classes);
    }
    return probabilities(x)[c];
  }

  /**
   * Fits a model by full-batch gradient descent on the L2-regularised cross-entropy, from zero
   * weights: the same data gives the same weights, bit for bit.
   *
   * @param x feature vectors
   * @param y class index of each vector
   * @param classes class names
   * @param lambda L2 penalty on the weights (not the biases)
   * @param iterations gradient steps, with step size 1
   */
  static SoftmaxModel train(List<float[]> x, int[] y, List<String> classes, double lambda, int iterations) {
    int n = x.size();
    int d = x.get(0).length;
    int k = classes.size();
    double[][] w = new double[k][d + 1];
    double[] z = new double[k];
    for (int it = 0; it < iterations; it++) {
      double[][] g = new double[k][d + 1];
      for (int i = 0; i < n; i++) {
        float[] xi = x.get(i);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double s = w[c][0];
          for (int j = 0; j < d; j++) {
            s += w[c][j + 1] * xi[j];
          }
          z[c] = s;
          max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
          z[c] = Math.exp(z[c] - max);
          sum += z[c];
        }
        for (int c = 0; c < k; c++) {
          double e = z[c] / sum - (c == y[i] ? 1 : 0);
          g[c][0] += e;
          for (int j = 0; j < d; j++) {
            g[c][j + 1] += e * xi[j];
          }
        }
      }
      for (int c = 0; c < k; c++) {
        w[c][0] -= g[c][0] / n;
        for (int j = 0; j < d; j++) {
          w[c][j + 1] -= g[c][j + 1] / n + lambda * w[c][j + 1];
        }
      }
    }
    List<double[]> rows = new ArrayList<>();
    for (double[] row : w) {
      rows.add(row);
    }
    return new SoftmaxModel(classes, rows);
  }

  /** Writes the model in the text form {@link #read} reads, after the given comment lines. */
  void write(Writer out, List<String> comments) throws IOException {
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    for (int c = 0; c < classes.size(); c++) {
      StringBuilder b = new StringBuilder("class\t").append(classes.get(c));
      for (double v : weights.get(c)) {
        b.append('\t').append(String.format(Locale.ROOT, "%.7g", v));
      }
      out.write(b.append('\n').toString());
    }
  }

  /** Reads a model from the classpath. */
  static SoftmaxModel read(String resource) {
    try (InputStream in = SoftmaxModel.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, () -> "model missing from the classpath: " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> classes = new ArrayList<>();
      List<double[]> weights = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (!f[0].equals("class") || f.length < 4) {
          throw new IllegalStateException(resource + ": malformed line starting '" + f[0] + "'");
        }
        classes.add(f[1]);
        double[] w = new double[f.length - 2];
        for (int i = 2; i < f.length; i++) {
          w[i - 2] = Double.parseDouble(f[i]);
        }
        weights.add(w);
      }
      return new SoftmaxModel(classes, weights);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
