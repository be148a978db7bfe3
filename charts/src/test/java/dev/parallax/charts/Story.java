package dev.parallax.charts;

import static dev.parallax.charts.ReportFixture.Q;

import dev.parallax.model.Claim;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.FindingKind;
import dev.parallax.model.InputFile;
import dev.parallax.model.InputStatus;
import dev.parallax.model.ModelInfo;
import dev.parallax.model.Modality;
import dev.parallax.model.OutletProfile;
import dev.parallax.model.Ownership;
import dev.parallax.model.Polarity;
import dev.parallax.model.Provenance;
import dev.parallax.model.Qualifier;
import dev.parallax.model.Report;
import dev.parallax.model.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A made-up flood in a made-up town, told by four outlets in five articles, with every kind of
 * finding: two numeric discrepancies (one with "more than" and "fewer than", one where two outlets
 * agree against a third), a contradiction, a dispute and two agreements (one between two articles of
 * the same outlet). Every finding but the rainfall discrepancy carries the cues a verdict rule gives
 * (the figures, the opposed predicates and the negation of the negated one, the accusation and the
 * denial, the words agreeing claims share); the rainfall one has none, like a finding of a report written before findings had cues.
 * Framing indicators include a share, a signed value, a speaker breakdown and an omission whose
 * evidence lies in another article.
 *
 * <p>Shared with the cli module's tests through the charts test jar.
 */
public final class Story {
  private Story() {}

  public static final String A1 = "Floods swept through Riverton on 1 May 2024. More than 2,000 people were evacuated, "
      + "officials said. The dam did not fail, the mayor said. Residents called the response a disgrace. "
      + "The city must build new levees, aid groups say.";
  static final String A2 = "Floodwater covered Riverton on May 1. About 11,300 people were evacuated, according to "
      + "the regional emergency agency. The dam failed on Tuesday night, engineers said. The agency accused the city "
      + "of ignoring warnings in April 2024. The city denied the accusation. Rainfall reached 150 mm.";
  static final String A3 = "Riverton flooded on 1 May. Some 11,000 residents left their homes, a police spokesman "
      + "said. The dam held. Rainfall reached 120 mm in 24 hours.";
  static final String A4 = "In Riverton, fewer than 2,500 people were evacuated. Rainfall reached about 118 mm.";
  static final String A5 = "Two days after the flood, 900 people remained in shelters. The dam did not fail.";

  public static Report report() {
    ReportFixture r = new ReportFixture();
    r.article("a1", "Daily Ledger", LocalDate.of(2024, 5, 2), "Riverton counts the cost", A1);
    r.article("a2", "Harbor Times", LocalDate.of(2024, 5, 3), "Dam failure blamed for Riverton flood", A2);
    r.article("a3", "Northern Wire", null, "Riverton flooded", A3);
    r.article("a4", null, null, null, A4);
    r.article("a5", "Daily Ledger", LocalDate.of(2024, 5, 4), "Shelters still full", A5);

    Claim a1flood = r.claim("a1", "Floods swept through Riverton on 1 May 2024.", Q.date("1 May 2024", "2024-05-01"));
    Claim a1evac = r.claim("a1", "More than 2,000 people were evacuated, officials said.", Polarity.AFFIRMATIVE,
        Modality.REPORTED, "officials", Q.number("More than 2,000", 2000, Qualifier.MORE_THAN, 2000, 2400));
    Claim a1dam = r.claim("a1", "The dam did not fail, the mayor said.", Polarity.NEGATED, Modality.REPORTED,
        "the mayor");
    r.claim("a1", "Residents called the response a disgrace.");
    r.claim("a1", "The city must build new levees, aid groups say.", Polarity.AFFIRMATIVE, Modality.PRESCRIPTIVE,
        "aid groups");

    Claim a2flood = r.claim("a2", "Floodwater covered Riverton on May 1.", Q.date("May 1", "2024-05-01"));
    Claim a2evac = r.claim("a2", "About 11,300 people were evacuated, according to the regional emergency agency.",
        Polarity.AFFIRMATIVE, Modality.REPORTED, "the regional emergency agency",
        Q.number("About 11,300", 11300, Qualifier.APPROXIMATE, 10735, 11865));
    Claim a2dam = r.claim("a2", "The dam failed on Tuesday night, engineers said.", Polarity.AFFIRMATIVE,
        Modality.REPORTED, "engineers", Q.date("Tuesday night", "2024-04-30T21"));
    Claim a2accuse = r.claim("a2", "The agency accused the city of ignoring warnings in April 2024.",
        Q.date("April 2024", "2024-04"));
    Claim a2deny = r.claim("a2", "The city denied the accusation.");
    Claim a2rain = r.claim("a2", "Rainfall reached 150 mm.",
        Q.measure("150 mm", 150, "mm", Qualifier.EXACT, 150, 150));

    Claim a3flood = r.claim("a3", "Riverton flooded on 1 May.", Q.date("1 May", "2024-05-01"));
    Claim a3evac = r.claim("a3", "Some 11,000 residents left their homes, a police spokesman said.",
        Polarity.AFFIRMATIVE, Modality.REPORTED, "a police spokesman",
        Q.number("Some 11,000", 11000, Qualifier.APPROXIMATE, 10450, 11550));
    Claim a3dam = r.claim("a3", "The dam held.");
    Claim a3rain = r.claim("a3", "Rainfall reached 120 mm in 24 hours.",
        Q.measure("120 mm", 120, "mm", Qualifier.EXACT, 120, 120));

    Claim a4evac = r.claim("a4", "In Riverton, fewer than 2,500 people were evacuated.",
        Q.number("fewer than 2,500", 2500, Qualifier.LESS_THAN, 2000, 2499));
    Claim a4rain = r.claim("a4", "Rainfall reached about 118 mm.",
        Q.measure("about 118 mm", 118, "mm", Qualifier.APPROXIMATE, 112.1, 123.9));

    r.claim("a5", "Two days after the flood, 900 people remained in shelters.",
        Q.number("900", 900, Qualifier.EXACT, 900, 900));
    Claim a5dam = r.claim("a5", "The dam did not fail.", Polarity.NEGATED, Modality.ASSERTED, null);

    r.finding(FindingKind.NUMERIC_DISCREPANCY, "people evacuated", 0.82,
        "Daily Ledger and the unnamed outlet of a4 put the evacuees near 2,000; Harbor Times and Northern Wire "
            + "near 11,000.",
        List.of("Northern Wire counts residents who left their homes, not evacuations."),
        List.of("[2000, 2400] and [10450, 11550] do not overlap"),
        List.of(r.value(a1evac, "More than 2,000", "people evacuated", "officials"),
            r.value(a2evac, "About 11,300", "people evacuated", "the regional emergency agency"),
            r.value(a3evac, "Some 11,000", "residents who left their homes", "a police spokesman"),
            r.value(a4evac, "fewer than 2,500", "people evacuated", null)),
        0.771, 4,
        List.of(r.cue(a1evac, "More than 2,000", "figure"), r.cue(a2evac, "About 11,300", "figure"),
            r.cue(a3evac, "Some 11,000", "figure"), r.cue(a4evac, "fewer than 2,500", "figure")),
        a1evac, a2evac, a3evac, a4evac);
    r.finding(FindingKind.CONTRADICTION, "whether the dam failed", 0.74,
        "Daily Ledger says the dam did not fail; Harbor Times says it failed; Northern Wire says it held.",
        List.of(), List.of("'fail' is denied in one and stated in the other", "'hold' and 'fail' are antonyms"),
        List.of(), null, 3,
        List.of(r.cue(a1dam, "fail", "negated predicate"), r.cue(a1dam, "not", "negation"),
            r.cue(a2dam, "failed", "predicate"),
            r.cue(a3dam, "held", "opposite predicate")),
        a1dam, a2dam, a3dam);
    r.finding(FindingKind.DISPUTE, "accusation of ignoring warnings", 0.88,
        "Harbor Times reports that the agency accused the city of ignoring warnings, and that the city denied it.",
        List.of(), List.of("'accuse' marks an accusation by the agency", "'deny' marks a denial by the city"),
        List.of(), null, 1, List.of(r.cue(a2accuse, "accused", "accusation"), r.cue(a2deny, "denied", "denial")),
        a2accuse, a2deny);
    r.finding(FindingKind.AGREEMENT, "flood on 1 May", 0.91,
        "Daily Ledger, Harbor Times and Northern Wire agree that Riverton flooded on 1 May.", List.of(),
        List.of("sentence similarity 0.84", "the same date"), List.of(), null, 3,
        List.of(r.cue(a1flood, "Riverton", "shared word"), r.cue(a2flood, "Riverton", "shared word"),
            r.cue(a3flood, "Riverton", "shared word")),
        a1flood, a2flood, a3flood);
    r.finding(FindingKind.AGREEMENT, "the dam did not fail", 0.66,
        "Two Daily Ledger articles say the dam did not fail.",
        List.of("Both articles come from Daily Ledger; they count as one voice."), List.of("sentence similarity 0.9"),
        List.of(), null, 1,
        List.of(r.cue(a1dam, "dam", "shared word"), r.cue(a1dam, "fail", "shared word"),
            r.cue(a5dam, "dam", "shared word"), r.cue(a5dam, "fail", "shared word")),
        a1dam, a5dam);
    r.finding(FindingKind.NUMERIC_DISCREPANCY, "rainfall", 0.7,
        "Harbor Times gives 150 mm of rain; Northern Wire and the unnamed outlet of a4 about 120 mm.", List.of(),
        List.of("[150, 150] and [120, 120] do not overlap"),
        List.of(r.value(a2rain, "150 mm", "rainfall", null), r.value(a3rain, "120 mm", "rainfall", null),
            r.value(a4rain, "about 118 mm", "rainfall", null)),
        0.2, 3, a2rain, a3rain, a4rain);

    r.indicator("a1", "loaded-language", 0.2, "share of own sentences", "Sentences with a charged word.",
        Map.of("judgement", 1.0), r.evidence("a1", "disgrace", "judgement"));
    r.indicator("a1", "actor-portrayal", -0.4, "mean sentiment", "Sentiment toward the city.", Map.of());
    r.indicator("a1", "quoted-sources", 3, "count", "Quotations by kind of speaker.",
        Map.of("OFFICIAL", 2.0, "GROUP", 1.0), r.evidence("a1", "officials", "OFFICIAL"),
        r.evidence("a1", "the mayor", "OFFICIAL"), r.evidence("a1", "aid groups", "GROUP"));
    r.indicator("a2", "loaded-language", 0.0, "share of own sentences", "Sentences with a charged word.", Map.of());
    r.indicator("a2", "actor-portrayal", 0.1, "mean sentiment", "Sentiment toward the city.", Map.of());
    r.indicator("a2", "quoted-sources", 2, "count", "Quotations by kind of speaker.",
        Map.of("OFFICIAL", 1.0, "EXPERT", 1.0), r.evidence("a2", "engineers", "EXPERT"));
    r.indicator("a3", "loaded-language", 0.1, "share of own sentences", "Sentences with a charged word.", Map.of());
    r.indicator("a3", "quoted-sources", 1, "count", "Quotations by kind of speaker.", Map.of("official", 1.0));
    r.indicator("a3", "omission", 1, "count", "Facts other outlets report that this article leaves out.",
        Map.of(), r.evidence("a2", "The agency accused the city of ignoring warnings in April 2024.",
            "reported elsewhere"));
    r.indicator("a5", "loaded-language", 0.0, "share of own sentences", "Sentences with a charged word.", Map.of());

    Provenance provenance = new Provenance("parallax", "9.9.9", Instant.parse("2025-03-01T12:00:00Z"),
        List.of(new ModelInfo("test-model.bin", "org.example:test-model:1", "abc123")),
        Map.of("threads", "1"),
        List.of(new InputFile("stories/a1.txt", "sha-a1", 200, InputStatus.ANALYSED, null),
            new InputFile("stories/empty.txt", null, 0, InputStatus.SKIPPED, "the file is empty")));
    return Report.builder(provenance)
        .articles(r.articles)
        .claims(r.claims)
        .findings(r.findings)
        .bias(r.profiles())
        .outlets(List.of(new OutletProfile("Daily Ledger", "GB", Ownership.PRIVATE, "A national daily", "built-in"),
            new OutletProfile("Harbor Times", "US", Ownership.PRIVATE, null, "built-in"),
            new OutletProfile("Northern Wire", "CA", Ownership.PUBLIC, "A public wire service", "built-in")))
        .diagnostics(List.of(new Diagnostic(Severity.INFO, "no-outlet", "a4", "stories/a4.txt names no outlet."),
            new Diagnostic(Severity.ERROR, "empty-file", "stories/empty.txt", "stories/empty.txt is empty; skipped.")))
        .build();
  }
}
