package dev.parallax.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small, valid report used across the model's tests. */
final class Samples {
  private Samples() {}

  static final String TEXT_A = "Since 2021, attacks have increased by 50%, officials said.";
  static final String TEXT_B = "The number of attacks rose by a record 56%.";

  static Report report() {
    Article a =
        new Article("a1", "seeds/a.txt", "Title A", "Outlet A", null, LocalDate.of(2024, 12, 29), "en",
            10, "00ff", TEXT_A, null, Map.of("outlet", "a 'Source:' line"));
    Article b =
        new Article("a2", "seeds/b.txt", null, null, "Someone", null, "en", 8, "ff00", TEXT_B, null, Map.of());
    QuantityMention fifty =
        new QuantityMention("50%", 38, 41, QuantityKind.PERCENT, 50.0, null, null, "%", Qualifier.EXACT,
            null, null, Change.INCREASE, Interval.point(50));
    QuantityMention year =
        new QuantityMention("2021", 6, 10, QuantityKind.DATE, 2021.0, null, null, null, null, "2021", null, null,
            null);
    Claim c1 =
        new Claim("a1.c1", "a1", TEXT_A, 0, TEXT_A.length(), 0, Polarity.AFFIRMATIVE, Modality.REPORTED,
            new Attribution("officials", "say", AttributionStyle.REPORTED_SPEECH, 43, 52, null),
            List.of(year, fifty), List.of(),
            new Proposition("attacks", "increase", null, "attacks", "since 2021", null));
    QuantityMention fiftySix =
        new QuantityMention("56%", 39, 42, QuantityKind.PERCENT, 56.0, null, null, "%", Qualifier.EXACT, null,
            null, Change.INCREASE, Interval.point(56));
    Claim c2 =
        new Claim("a2.c1", "a2", TEXT_B, 0, TEXT_B.length(), 0, Polarity.AFFIRMATIVE, Modality.ASSERTED, null,
            List.of(fiftySix), List.of(new EntityMention("attacks", 14, 21, "attacks", "attacks", EntityType.OTHER)),
            null);
    Finding f =
        new Finding("f1", FindingKind.NUMERIC_DISCREPANCY, "rise in attacks", List.of("a1.c1", "a2.c1"), 0.8,
            "Outlet A says 50%; the other article says 56%.", List.of("the two give different sources"),
            List.of("[50, 50] and [56, 56] do not overlap"),
            List.of(new FindingValue("a1.c1", "a1", "Outlet A", fifty, "attacks", null, "since 2021"),
                new FindingValue("a2.c1", "a2", null, fiftySix, "attacks", null, null)),
            0.107, 2);
    BiasIndicator loaded =
        new BiasIndicator("loaded-language", 0.5, "share of own sentences",
            List.of(new Evidence("a2", 32, 38, "record", "intensifier", "test lexicon")),
            "Sentences with charged words.", Map.of("intensifier", 1.0));
    Provenance p =
        new Provenance("parallax", "0.1.0", Instant.parse("2026-01-01T00:00:00Z"),
            List.of(new ModelInfo("m.bin", "org:m:1", "abcd")), Map.of("z", "1", "a", "2"),
            List.of(new InputFile("seeds/a.txt", "00ff", 58, InputStatus.ANALYSED, null)));
    return Report.builder(p)
        .articles(List.of(a, b))
        .claims(List.of(c1, c2))
        .findings(List.of(f))
        .bias(List.of(new BiasProfile("a1", List.of()), new BiasProfile("a2", List.of(loaded))))
        .outlets(List.of(new OutletProfile("Outlet A", "PK", Ownership.PRIVATE, null, "built-in")))
        .reprints(List.of())
        .diagnostics(List.of(new Diagnostic(Severity.INFO, "note", "a2", "Article a2 names no outlet.")))
        .build();
  }
}
