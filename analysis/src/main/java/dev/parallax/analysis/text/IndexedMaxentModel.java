package dev.parallax.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model (a {@link GISModel}, as the tokenizer and tagger models hold)
 * evaluated from flat arrays: its predicates in an open-addressing table, each predicate's
 * parameters side by side. It gives the wrapped model's probabilities bit for bit: it starts from the
 * same uniform prior, adds the same parameters times the same values in the same order (the context's
 * order, then each predicate's), and normalizes with the same {@code StrictMath.exp}. Only the look-up is faster: the
 * wrapped model keeps a {@code HashMap} of predicate objects, one pointer chase after another.
 *
 * <p>It is an {@link AbstractModel} over the wrapped model's own predicate map and outcome names,
 * because OpenNLP's tokenizer model accepts nothing else. Built once per model and shared; immutable
 * and thread-safe.
 */
final class IndexedMaxentModel extends AbstractModel {
  private final String[] outcomes;
  /** The log of the uniform prior, {@code StrictMath.log(1.0 / outcomes)}, as the wrapped model computes it. */
  private final double prior;
  /** Open-addressing table: the predicate at each slot (null when empty), its hash, and its number. */
  private final String[] keys;
  private final int[] hashes;
  private final int[] numbers;
  private final int mask;
  /** Predicate {@code p}'s parameters are {@code parameters[first[p]]} to {@code parameters[first[p + 1] - 1]}. */
  private final int[] first;
  private final int[] outcomeOf;
  private final double[] parameters;

  private IndexedMaxentModel(Object[] data, Map<String, Context> predicates) {
    super((Context[]) data[0], null, predicates, (String[]) data[2]);
    this.modelType = ModelType.Maxent;
    this.outcomes = ((String[]) data[2]).clone();
    this.prior = StrictMath.log(1.0 / outcomes.length);
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.numbers = new int[capacity];
    this.mask = capacity - 1;
    List<Context> contexts = new ArrayList<>(predicates.size());
    int size = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      numbers[slot] = contexts.size();
      contexts.add(e.getValue());
      size += e.getValue().getOutcomes().length;
    }
    this.first = new int[contexts.size() + 1];
    this.outcomeOf = new int[size];
    this.parameters = new double[size];
    int at = 0;
    for (int p = 0; p < contexts.size(); p++) {
      first[p] = at;
      int[] o = contexts.get(p).getOutcomes();
      double[] v = contexts.get(p).getParameters();
      System.arraycopy(o, 0, outcomeOf, at, o.length);
      System.arraycopy(v, 0, parameters, at, v.length);
      at += o.length;
    }
    first[contexts.size()] = at;
  }

  /**
   * The model evaluated from flat arrays when it is a {@link GISModel} whose results this evaluation
   * reproduces exactly on a sample of its own predicates; otherwise {@code model} itself.
   */
  static MaxentModel of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return model;
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    IndexedMaxentModel indexed = new IndexedMaxentModel(data, predicates);
    return indexed.agreesWith(gis) ? indexed : model;
  }

  /** True when this evaluation gives the wrapped model's probabilities, bit for bit, on a sample of contexts. */
  private boolean agreesWith(GISModel gis) {
    List<String> sample = new ArrayList<>();
    for (int slot = 0; slot < keys.length && sample.size() < 64; slot += 1 + keys.length / 256) {
      if (keys[slot] != null) {
        sample.add(keys[slot]);
      }
    }
    sample.add("not a predicate of the model");
    for (int i = 0; i + 3 <= sample.size(); i++) {
      String[] context = sample.subList(i, i + 3).toArray(new String[0]);
      float[] values = {0.5f, 3f, 7f};
      if (!sameBits(gis.eval(context, new double[outcomes.length]), eval(context, new double[outcomes.length]))
          || !sameBits(gis.eval(context, values), eval(context, values))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameBits(double[] a, double[] b) {
    for (int o = 0; o < a.length; o++) {
      if (Double.doubleToRawLongBits(a[o]) != Double.doubleToRawLongBits(b[o])) {
        return false;
      }
    }
    return a.length == b.length;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The number of a predicate, or -1 when the model does not know it. */
  private int number(String predicate) {
    int h = predicate.hashCode();
    int slot = spread(h) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == h && (key == predicate || key.equals(predicate))) {
        return numbers[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[outcomes.length]);
  }

  @Override
  public double[] eval(String[] context, double[] probabilities) {
    return eval(context, null, probabilities);
  }

  /**
   * The probabilities of the outcomes given {@code context}, each predicate weighted by its value ({@code
   * values[i]} for {@code context[i]}, 1 when {@code values} is null), as the wrapped model computes them.
   */
  double[] eval(String[] context, float[] values, double[] probabilities) {
    int n = outcomes.length;
    for (int o = 0; o < n; o++) {
      probabilities[o] = prior;
    }
    for (int i = 0; i < context.length; i++) {
      int p = context[i] == null ? -1 : number(context[i]);
      if (p < 0) {
        continue;
      }
      double value = values == null ? 1.0 : values[i];
      for (int k = first[p], end = first[p + 1]; k < end; k++) {
        probabilities[outcomeOf[k]] += parameters[k] * value;
      }
    }
    double normal = 0.0;
    for (int o = 0; o < n; o++) {
      probabilities[o] = StrictMath.exp(probabilities[o]);
      normal += probabilities[o];
    }
    for (int o = 0; o < n; o++) {
      probabilities[o] /= normal;
    }
    return probabilities;
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes.length]);
  }

  @Override
  public int getNumOutcomes() {
    return outcomes.length;
  }
}
