package dev.parallax.model;

import java.util.Objects;

/**
 * What one number of a claim is about: what it counts or measures, its scope, its time, who gives it
 * and what kind of figure it is. Two numbers are compared only when their frames say they measure the
 * same thing.
 *
 * @param start the start of the mention this frame describes (one of the claim's quantities), an
 *     offset into the article's text
 * @param measure what is counted or measured, as a canonical name: a measure news stories count again
 *     and again ("deaths", "injured", "arrests", ...) or else the counted noun's lemma ("structure",
 *     "magnitude"), with the verb that says what happened to it when there is one
 *     ("structure: destroy"); null when the number measures nothing the claim names
 * @param phrase the measured noun phrase as written ("TTP attacks against Pakistani positions"), or null
 * @param subgroup the part of the population counted, when narrower than people in general
 *     ("policeman", "child", "others", or a cause such as "from gunshot wounds"), or null
 * @param place the place the number is given for, as written ("Brackwater", "the district"), or null
 *     when it is given for the whole story
 * @param time the time the counted events happened, as written ("on Sunday", "since July", "in
 *     July"), or null
 * @param timeKey {@code time} normalized: {@code day:2024-08-04}, {@code day:sunday}, {@code
 *     period:2024-07}, {@code since:2024-07}, {@code since} (a running total), or null
 * @param asOf when the count was made or reported, as written ("as of Tuesday", "on Saturday"), or null
 * @param source who the text credits with the figure, or null
 * @param status what kind of figure it is
 * @param partOf the start of the mention whose total this number is part of ("94 killed, including 14
 *     police officers"), or -1
 */
public record QuantityFrame(
    int start,
    String measure,
    String phrase,
    String subgroup,
    String place,
    String time,
    String timeKey,
    String asOf,
    String source,
    FrameStatus status,
    int partOf) {

  public QuantityFrame {
    if (start < 0) {
      throw new IllegalArgumentException("frame start must be >= 0, got " + start);
    }
    Objects.requireNonNull(status, "status");
    if (partOf < -1) {
      throw new IllegalArgumentException("partOf must be -1 or an offset, got " + partOf);
    }
  }
}
