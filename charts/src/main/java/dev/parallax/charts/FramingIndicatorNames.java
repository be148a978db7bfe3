package dev.parallax.charts;

import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the framing indicators the charts and reports know by name, in one place so they
 * can follow the names the analysis writes into {@code report.bias}. Everything else about the
 * indicators (values, units, evidence, breakdowns) is read from the report, so an indicator the
 * list does not name is still shown, after the named ones.
 */
public final class FramingIndicatorNames {
  private FramingIndicatorNames() {}

  /**
   * The order the framing profile and the framing table show indicators in. Indicators of a report
   * that are not listed follow, sorted by name; listed ones a report lacks are skipped.
   */
  public static final List<String> PROFILE_ORDER =
      List.of(
          "loaded-language",
          "hedges",
          "certainty",
          "reporting-verbs",
          "prescription",
          "opinion",
          "actor-labels",
          "actor-portrayal",
          "quoted-sources",
          "omission",
          "outlet-context");

  /**
   * The indicators whose {@code breakdown} splits the quotations of an article by kind of speaker,
   * tried in this order for the who-is-quoted chart. When none is present, the first indicator whose
   * breakdown keys are mostly {@link #SPEAKER_KINDS} is used; when there is none either, the chart is
   * skipped.
   */
  public static final List<String> QUOTED_SPEAKERS = List.of("quoted-speakers", "speaker-kinds", "quoted-sources");

  /** The kinds of speaker, in the order the who-is-quoted chart stacks them. Compared without case. */
  public static final List<String> SPEAKER_KINDS =
      List.of("OFFICIAL", "EXPERT", "CITIZEN", "ANONYMOUS", "OUTLET", "OTHER");

  /** The names of all indicators of {@code report}, in {@link #PROFILE_ORDER}, then the rest sorted. */
  public static List<String> ordered(Report report) {
    Set<String> present = new TreeSet<>();
    for (BiasProfile p : report.bias()) {
      for (BiasIndicator i : p.indicators()) {
        present.add(i.name());
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : PROFILE_ORDER) {
      if (present.contains(name)) {
        ordered.add(name);
      }
    }
    ordered.addAll(present);
    return new ArrayList<>(ordered);
  }

  /**
   * The indicator that splits quotations by kind of speaker: the first of {@link #QUOTED_SPEAKERS}
   * the report has with a non-empty breakdown, else the first indicator (in {@link #ordered} order)
   * at least half of whose breakdown keys are speaker kinds.
   */
  public static Optional<String> quotedSpeakers(Report report) {
    List<String> names = ordered(report);
    for (String name : QUOTED_SPEAKERS) {
      if (names.contains(name) && hasBreakdown(report, name)) {
        return Optional.of(name);
      }
    }
    for (String name : names) {
      Set<String> keys = new TreeSet<>();
      for (BiasProfile p : report.bias()) {
        p.indicator(name).ifPresent(i -> keys.addAll(i.breakdown().keySet()));
      }
      long kinds = keys.stream().filter(FramingIndicatorNames::isSpeakerKind).count();
      if (!keys.isEmpty() && kinds * 2 >= keys.size()) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** True when {@code key} names one of {@link #SPEAKER_KINDS}, ignoring case. */
  public static boolean isSpeakerKind(String key) {
    String upper = key.toUpperCase(Locale.ROOT);
    int colon = upper.indexOf(':');
    return SPEAKER_KINDS.contains(colon > 0 ? upper.substring(0, colon).strip() : upper);
  }

  private static boolean hasBreakdown(Report report, String name) {
    return report.bias().stream()
        .anyMatch(p -> p.indicator(name).map(i -> !i.breakdown().isEmpty()).orElse(false));
  }
}
