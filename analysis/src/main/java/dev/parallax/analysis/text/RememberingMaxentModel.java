package dev.parallax.analysis.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model that answers a context it has just evaluated from memory.
 *
 * <p>Why: OpenNLP's tagger searches a beam of three tag sequences and asks the model once for each at
 * every word, but its feature generator caches the features of a word, the previous tags included,
 * so the three contexts at a word are nearly always the same; two of every three evaluations repeat
 * the one before. Evaluation is a pure function of the context, so the remembered probabilities are
 * exactly the ones the model would give again.
 *
 * <p>Remembers the last {@value #REMEMBERED} contexts (compared element by element, so a context asked
 * again as another array with the same features is found). Not thread-safe: one per tagger, like the
 * tagger itself.
 */
final class RememberingMaxentModel implements MaxentModel {
  static final int REMEMBERED = 4;

  private final MaxentModel model;
  private final String[][] contexts = new String[REMEMBERED][];
  private final double[][] answers = new double[REMEMBERED][];
  private int next;

  RememberingMaxentModel(MaxentModel model) {
    this.model = model;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, new double[model.getNumOutcomes()]);
  }

  @Override
  public double[] eval(String[] context, double[] probabilities) {
    for (int i = 0; i < REMEMBERED; i++) {
      if (contexts[i] != null && Arrays.equals(contexts[i], context)) {
        System.arraycopy(answers[i], 0, probabilities, 0, answers[i].length);
        return probabilities;
      }
    }
    double[] p = model.eval(context, probabilities);
    contexts[next] = context.clone();
    answers[next] = p.clone();
    next = (next + 1) % REMEMBERED;
    return p;
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return model.eval(context, values);
  }

  @Override
  public String getBestOutcome(double[] probabilities) {
    return model.getBestOutcome(probabilities);
  }

  @Override
  public String getAllOutcomes(double[] probabilities) {
    return model.getAllOutcomes(probabilities);
  }

  @Override
  public String getOutcome(int i) {
    return model.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return model.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return model.getNumOutcomes();
  }
}
