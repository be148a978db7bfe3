package dev.parallax.analysis.bias;

import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.quote.SpeakerRoles;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.model.Article;
import dev.parallax.model.BiasIndicator;
import dev.parallax.model.BiasProfile;
import dev.parallax.model.Claim;
import dev.parallax.model.Evidence;
import dev.parallax.model.Finding;
import dev.parallax.model.FindingKind;
import dev.parallax.model.OutletProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Framing indicators that each rest on evidence a reader can check: the flagged words, the scored
 * sentences, the quotes, the facts left out.
 *
 * <p>The outlet's own voice is kept apart from quoted speech: a sentence counts as the outlet's own
 * when fewer than half of its characters are what a source is quoted as saying or the name of that
 * source, and it has at least four words. Loaded language, hedges, certainty, prescription, opinion, labels and portrayal
 * read own sentences only; the reporting verbs and the sources read the quotes.
 *
 * <p>The indicators, in this order for every article: {@value #LOADED}, {@value #HEDGES},
 * {@value #CERTAINTY}, {@value #REPORTING_VERBS}, {@value #PRESCRIPTION}, {@value #OPINION},
 * {@value #LABELS}, {@value #PORTRAYAL}, {@value #SOURCES}, {@value #OMISSION}, {@value #CONTEXT}.
 *
 * <p>Models load once, in the constructor; the analyzer is thread-safe and its output deterministic.
 */
public final class EvidenceFramingAnalyzer implements FramingAnalyzer {
  public static final String LOADED = "loaded-language";
  public static final String HEDGES = "hedges";
  public static final String CERTAINTY = "certainty";
  public static final String REPORTING_VERBS = "reporting-verbs";
  public static final String PRESCRIPTION = "prescription";
  public static final String OPINION = "opinion";
  public static final String LABELS = "actor-labels";
  public static final String PORTRAYAL = "actor-portrayal";
  public static final String SOURCES = "quoted-sources";
  public static final String OMISSION = "omission";
  public static final String CONTEXT = "outlet-context";

  /** The indicator names, in output order. */
  public static final List<String> NAMES =
      List.of(LOADED, HEDGES, CERTAINTY, REPORTING_VERBS, PRESCRIPTION, OPINION, LABELS, PORTRAYAL, SOURCES,
          OMISSION, CONTEXT);

  /** How many of the story's most named actors the portrayal indicator scores. */
  static final int MAIN_ACTORS = 5;

  private static final String OWN = "share of own sentences";
  private static final String LOADED_MODEL = "loaded-language model (MiniLM + logistic regression)";
  private static final String TARGET_MODEL = "target-sentiment model (MiniLM + VADER + logistic regression)";
  private static final String QUOTES = "quote finder";
  private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my");

  private final FramingModels models;
  private final FramingLexicon lexicon;
  private final LoadedWords loadedWords;
  private final ActorLexicon actors;

  /** An analyzer over the built-in lexicons and models; loads the models (about a second). */
  public EvidenceFramingAnalyzer() {
    this(FramingModels.load(), ActorLexicon.builtIn());
  }

  public EvidenceFramingAnalyzer(FramingModels models, ActorLexicon actors) {
    this.models = Objects.requireNonNull(models, "models");
    this.lexicon = models.lexicon();
    this.loadedWords = new LoadedWords(lexicon);
    this.actors = Objects.requireNonNull(actors, "actors");
  }

  /** One article's own sentences and what was found in them. */
  private record Own(Article article, List<Sentence> sentences, List<Sentence> own, List<Quote> quotes,
      Map<Integer, List<ActorLexicon.Mention>> mentions) {}

  @Override
  public List<BiasProfile> analyze(FramingInput input) {
    SpeakerClassifier speakers = new SpeakerClassifier(SpeakerRoles.builtIn(), actors, input.outlets());
    List<Own> all = new ArrayList<>();
    Map<String, Integer> actorCounts = new TreeMap<>();
    for (Article a : input.articles()) {
      List<Sentence> sentences = input.sentencesByArticle().get(a.id());
      List<Quote> quotes = input.quotesByArticle().getOrDefault(a.id(), List.of());
      List<Sentence> own = new ArrayList<>();
      Map<Integer, List<ActorLexicon.Mention>> mentions = new TreeMap<>();
      List<ActorLexicon.Mention> previous = List.of();
      for (Sentence s : sentences) {
        List<ActorLexicon.Mention> m = actors.mentions(a.text(), s, previous);
        previous = m;
        // The outlet's own words: mentions outside what its sources are quoted as saying.
        List<ActorLexicon.Mention> unquoted = m.stream().filter(x -> !insideQuote(x.start(), x.end(), quotes)).toList();
        mentions.put(s.index(), unquoted);
        if (isOwn(s, quotes)) {
          own.add(s);
          for (ActorLexicon.Mention x : unquoted) {
            actorCounts.merge(x.actor().id(), 1, Integer::sum);
          }
        }
      }
      all.add(new Own(a, sentences, own, quotes, mentions));
    }
    List<String> main = actorCounts.entrySet().stream()
        .sorted((x, y) -> y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey()) : y.getValue() - x.getValue())
        .limit(MAIN_ACTORS).map(Map.Entry::getKey).toList();
    Story story = new Story(input);
    // Articles are measured independently, on all cores; the profiles keep article order.
    return all.parallelStream().map(o -> profile(o, input, main, speakers, story)).toList();
  }

  private BiasProfile profile(Own o, FramingInput input, List<String> main, SpeakerClassifier speakers, Story story) {
    // The framing cues of each own sentence, found once and read by four indicators.
    List<List<CueMatch>> cues = new ArrayList<>(o.own().size());
    for (Sentence s : o.own()) {
      cues.add(lexicon.cues(o.article().text(), s));
    }
    List<BiasIndicator> indicators = new ArrayList<>();
    indicators.add(loaded(o, cues));
    indicators.add(cueShare(o, cues, HEDGES, Cue.HEDGE, "hedge",
        "Share of the outlet's own sentences that soften a statement (\"probably\", \"it seems\", \"may\")."));
    indicators.add(cueShare(o, cues, CERTAINTY, Cue.CERTAINTY, "certainty marker",
        "Share of the outlet's own sentences that insist on certainty (\"there is no doubt\", \"clearly\", \"will only\")."));
    indicators.add(reportingVerbs(o));
    indicators.add(cueShare(o, cues, PRESCRIPTION, Cue.PRESCRIPTIVE, "prescription",
        "Share of the outlet's own sentences that demand or recommend (\"must\", \"should\", \"needs to\")."));
    indicators.add(opinion(o, cues));
    indicators.add(labels(o));
    indicators.add(portrayal(o, main));
    indicators.add(sources(o, speakers));
    indicators.add(omission(o, input, story));
    indicators.add(context(o, input));
    return new BiasProfile(o.article().id(), indicators);
  }

  private static boolean insideQuote(int start, int end, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.start() <= start && end <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence has four words or more and fewer than half of its characters are quoted
   * words or the speakers of quotes in it.
   */
  static boolean isOwn(Sentence s, List<Quote> quotes) {
    if (s.wordCount() < 4) {
      return false;
    }
    int quoted = 0;
    for (Quote q : quotes) {
      int a = Math.max(s.start(), q.start());
      int b = Math.min(s.end(), q.end());
      if (b > a) {
        quoted += b - a;
        // The attribution ("said Pakistani Foreign Minister Ali Raza") belongs with the quote.
        if (q.speakerStart() >= s.start() && q.speakerEnd() <= s.end()) {
          quoted += q.speakerEnd() - q.speakerStart();
        }
      }
    }
    return quoted * 2 < s.end() - s.start();
  }

  private BiasIndicator loaded(Own o, List<List<CueMatch>> cues) {
    List<String> texts = o.own().stream().map(Sentence::text).toList();
    List<Double> p = texts.isEmpty() ? List.of() : models.loadedProbabilities(texts);
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> breakdown = new TreeMap<>();
    int loadedCount = 0;
    for (int i = 0; i < o.own().size(); i++) {
      Sentence s = o.own().get(i);
      if (p.get(i) < FramingModels.LOADED_THRESHOLD) {
        continue;
      }
      loadedCount++;
      evidence.add(sentenceEvidence(o.article(), s,
          String.format(Locale.ROOT, "loaded sentence (p=%.2f)", p.get(i)), LOADED_MODEL));
      for (FlaggedWord w : loadedWords.flag(o.article().text(), s, cues.get(i))) {
        evidence.add(new Evidence(o.article().id(), w.start(), w.end(), w.text(), w.category(), w.source()));
        String key = w.category().startsWith("charged") ? "charged words" : w.category() + "s";
        breakdown.merge(key, 1.0, Double::sum);
      }
    }
    breakdown.put("own sentences", (double) o.own().size());
    breakdown.put("loaded sentences", (double) loadedCount);
    return new BiasIndicator(LOADED, share(loadedCount, o.own().size()), OWN, evidence,
        "Share of the outlet's own sentences (quotes left out) whose wording the loaded-language model judges "
            + "charged; in each, the words VADER or the framing lexicon flags as charged, intensifying or distancing.",
        breakdown);
  }

  private BiasIndicator cueShare(
      Own o, List<List<CueMatch>> cues, String name, Cue cue, String label, String description) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> breakdown = new TreeMap<>();
    int with = 0;
    for (List<CueMatch> inSentence : cues) {
      boolean any = false;
      for (CueMatch m : inSentence) {
        if (m.cue() == cue) {
          any = true;
          evidence.add(new Evidence(o.article().id(), m.start(), m.end(), m.text(), label, FramingLexicon.NAME));
          breakdown.merge(m.text().toLowerCase(Locale.ROOT), 1.0, Double::sum);
        }
      }
      if (any) {
        with++;
      }
    }
    return new BiasIndicator(name, share(with, o.own().size()), OWN, evidence, description, breakdown);
  }

  private BiasIndicator reportingVerbs(Own o) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> breakdown = new TreeMap<>();
    int loaded = 0;
    for (Quote q : o.quotes()) {
      Cue c = lexicon.cue(q.verb()).orElse(Cue.VERB_NEUTRAL);
      String kind = c == Cue.VERB_DOUBT ? "doubting" : c == Cue.VERB_ENDORSE ? "endorsing" : "neutral";
      if (!kind.equals("neutral")) {
        loaded++;
      }
      breakdown.merge(kind + ": " + q.verb(), 1.0, Double::sum);
      evidence.add(new Evidence(o.article().id(), q.speakerStart(), q.speakerEnd(), q.speaker(),
          q.verb() + " (" + kind + ")", QUOTES));
    }
    return new BiasIndicator(REPORTING_VERBS, share(loaded, o.quotes().size()), "share of attributions", evidence,
        "Share of quotes and attributed statements introduced by a verb that casts doubt (\"claimed\", \"alleged\", "
            + "\"insisted\") or endorses (\"admitted\", \"confirmed\") rather than a neutral one (\"said\").",
        breakdown);
  }

  private BiasIndicator opinion(Own o, List<List<CueMatch>> cues) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> breakdown = new TreeMap<>();
    int with = 0;
    for (int i = 0; i < o.own().size(); i++) {
      Sentence s = o.own().get(i);
      String reason = null;
      for (CueMatch m : cues.get(i)) {
        if (m.cue() == Cue.OPINION || m.cue() == Cue.PRESCRIPTIVE) {
          reason = (m.cue() == Cue.OPINION ? "evaluation: " : "prescription: ") + m.text();
          break;
        }
      }
      if (reason == null) {
        for (var t : s.tokens()) {
          if (t.tag().equals("PRON") && FIRST_PERSON.contains(t.text().toLowerCase(Locale.ROOT))) {
            reason = "writer speaks in the first person: " + t.text();
            break;
          }
        }
      }
      if (reason == null && s.text().endsWith("?")) {
        reason = "question to the reader";
      }
      if (reason != null) {
        with++;
        evidence.add(sentenceEvidence(o.article(), s, reason, FramingLexicon.NAME));
        breakdown.merge(reason.substring(0, reason.indexOf(':') < 0 ? reason.length() : reason.indexOf(':')), 1.0,
            Double::sum);
      }
    }
    return new BiasIndicator(OPINION, share(with, o.own().size()), OWN, evidence,
        "Share of the outlet's own sentences that voice an opinion: an evaluation (\"unfortunately\"), a "
            + "prescription, the writer's first person, or a question to the reader.",
        breakdown);
  }

  private BiasIndicator labels(Own o) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> breakdown = new TreeMap<>();
    int all = 0;
    int negative = 0;
    for (List<ActorLexicon.Mention> ms : o.mentions().values()) {
      for (ActorLexicon.Mention m : ms) {
        if (m.byName() && m.label().equals(m.actor().name()) && m.connotation() == ActorLexicon.Connotation.DESCRIPTIVE
            && !m.actor().types().contains("ARMED_GROUP") && !m.actor().types().contains("GOVERNMENT")) {
          continue;
        }
        all++;
        if (m.connotation() == ActorLexicon.Connotation.NEGATIVE) {
          negative++;
        }
        String key = m.actor().name() + ": " + m.label();
        breakdown.merge(key, 1.0, Double::sum);
        evidence.add(new Evidence(o.article().id(), m.start(), m.end(), m.text(),
            m.actor().name() + " called '" + m.label() + "' (" + m.connotation().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ') + ")", "actor lexicon"));
      }
    }
    return new BiasIndicator(LABELS, share(negative, all), "share of actor labels that condemn", evidence,
        "How the outlet names each actor in its own words, outside quotes (\"TTP\", \"Pakistani Taliban\", \"militants\", "
            + "\"terrorists\"; \"Islamic Emirate\", \"Taliban government\", \"Taliban regime\"); the value is the share "
            + "of those names and labels that condemn. The breakdown counts each 'actor: label'.",
        breakdown);
  }

  private BiasIndicator portrayal(Own o, List<String> main) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> sums = new TreeMap<>();
    Map<String, Double> counts = new TreeMap<>();
    double total = 0;
    int n = 0;
    String text = o.article().text();
    for (Sentence s : o.own()) {
      Set<String> seen = new TreeSet<>();
      for (ActorLexicon.Mention m : o.mentions().getOrDefault(s.index(), List.of())) {
        if (!main.contains(m.actor().id()) || !seen.add(m.actor().id())) {
          continue;
        }
        Sentiment sentiment = models.sentimentToward(s.text(), m.start() - s.start(), m.end() - s.start());
        String name = m.actor().name();
        sums.merge(name, (double) sentiment.sign(), Double::sum);
        counts.merge(name, 1.0, Double::sum);
        total += sentiment.sign();
        n++;
        if (sentiment != Sentiment.NEUTRAL) {
          evidence.add(sentenceEvidence(o.article(), s, "toward " + name + ": " + sentiment.name().toLowerCase(Locale.ROOT)
              + " (named as '" + text.substring(m.start(), m.end()) + "')", TARGET_MODEL));
        }
      }
    }
    Map<String, Double> breakdown = new TreeMap<>();
    for (Map.Entry<String, Double> e : sums.entrySet()) {
      breakdown.put(e.getKey() + ": mean", round(e.getValue() / counts.get(e.getKey())));
      breakdown.put(e.getKey() + ": sentences", counts.get(e.getKey()));
    }
    return new BiasIndicator(PORTRAYAL, n == 0 ? 0.0 : round(total / n), "mean sentiment, -1 to 1", evidence,
        "How the outlet's own sentences portray the story's main actors (" + String.join(", ", names(main)) + "): "
            + "each sentence naming one is scored negative (-1), neutral (0) or positive (+1) toward it; the "
            + "breakdown gives each actor's mean and number of sentences, the evidence the non-neutral sentences.",
        breakdown);
  }

  private BiasIndicator sources(Own o, SpeakerClassifier speakers) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Double> counts = new TreeMap<>();
    String text = o.article().text();
    for (Quote q : o.quotes()) {
      String kind = speakers.classify(text, q, o.sentences());
      counts.merge(kind, 1.0, Double::sum);
      String who = q.resolved() ? q.speaker() + " = " + q.referent() : q.speaker();
      evidence.add(new Evidence(o.article().id(), q.start(), q.end(), text.substring(q.start(), q.end()),
          kind + " (" + who + ", " + q.style().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", QUOTES));
    }
    Map<String, Double> breakdown = new TreeMap<>();
    counts.forEach((k, v) -> breakdown.put(k, round(v / o.quotes().size())));
    return new BiasIndicator(SOURCES, o.quotes().size(), "quotes and attributed statements", evidence,
        "Who the outlet quotes or cites: each quote's speaker as an official (of which side), expert, citizen, "
            + "anonymous source, another outlet or other; the breakdown gives each kind's share of the quotes.",
        breakdown);
  }

  /** What the omission indicator needs about the whole story, built once per analysis. */
  private static final class Story {
    final Map<String, Claim> claims = new HashMap<>();
    final Map<String, String> outletOf = new HashMap<>();
    /** The facts (agreements and numeric findings) with the first claim of each article that reports them. */
    final List<Map.Entry<Finding, Map<String, Claim>>> facts = new ArrayList<>();
    final Set<String> inFindings = new java.util.HashSet<>();

    Story(FramingInput input) {
      for (Claim c : input.claims()) {
        claims.put(c.id(), c);
      }
      for (Article a : input.articles()) {
        outletOf.put(a.id(), a.outletOrUnknown());
      }
      for (Finding f : input.findings()) {
        if (f.kind() != FindingKind.AGREEMENT && f.kind() != FindingKind.NUMERIC_DISCREPANCY) {
          continue;
        }
        Map<String, Claim> firstByArticle = new LinkedHashMap<>();
        for (String id : f.claimIds()) {
          Claim c = claims.get(id);
          if (c != null) {
            inFindings.add(id);
            firstByArticle.putIfAbsent(c.articleId(), c);
          }
        }
        if (firstByArticle.size() >= 2) {
          facts.add(Map.entry(f, firstByArticle));
        }
      }
    }
  }

  /** At most this many pieces of evidence per omitted fact, and per omission indicator. */
  static final int OMISSION_EVIDENCE_PER_FACT = 2;

  static final int OMISSION_EVIDENCE = 60;

  private BiasIndicator omission(Own o, FramingInput input, Story story) {
    String me = o.article().id();
    List<Evidence> evidence = new ArrayList<>();
    Set<String> inFindings = story.inFindings;
    int leftOut = 0;
    for (Map.Entry<Finding, Map<String, Claim>> fact : story.facts) {
      Finding f = fact.getKey();
      Map<String, Claim> firstByArticle = fact.getValue();
      if (firstByArticle.containsKey(me)) {
        continue;
      }
      leftOut++;
      if (evidence.size() >= OMISSION_EVIDENCE) {
        continue;
      }
      List<String> by = firstByArticle.keySet().stream().map(story.outletOf::get).distinct().sorted().toList();
      String reportedBy = by.size() <= 4 ? String.join(", ", by)
          : String.join(", ", by.subList(0, 4)) + " and " + (by.size() - 4) + " more";
      int shown = 0;
      for (Claim c : firstByArticle.values()) {
        if (shown++ >= OMISSION_EVIDENCE_PER_FACT) {
          break;
        }
        evidence.add(new Evidence(c.articleId(), c.start(), c.end(), c.text(),
            "left out: " + f.topic() + " (reported by " + reportedBy + ")", "finding " + f.id()));
      }
    }
    int onlyHere = 0;
    for (Claim c : input.claims()) {
      if (c.articleId().equals(me) && !c.quantities().isEmpty() && !inFindings.contains(c.id())) {
        if (onlyHere++ >= OMISSION_EVIDENCE) {
          continue;
        }
        evidence.add(new Evidence(me, c.start(), c.end(), c.text(), "only this outlet gives these figures",
            "claim " + c.id()));
      }
    }
    Map<String, Double> breakdown = new TreeMap<>();
    breakdown.put("left out", (double) leftOut);
    breakdown.put("only here", (double) onlyHere);
    return new BiasIndicator(OMISSION, leftOut, "facts left out", evidence,
        "Facts that two or more other outlets report and this one does not (agreements and numeric findings "
            + "it has no claim in; the evidence points into the other articles, two claims per fact, the first "
            + OMISSION_EVIDENCE + " facts), and figures only this outlet gives.",
        breakdown);
  }

  private BiasIndicator context(Own o, FramingInput input) {
    String outlet = o.article().outlet();
    String description;
    if (outlet == null) {
      description = "The text names no outlet.";
    } else {
      OutletProfile p = input.outlets().find(outlet).orElse(null);
      description = p == null ? outlet + ": not in the outlet registry."
          : p.name() + " (" + (p.country() == null ? "country unknown" : p.country()) + ", "
              + p.ownership().name().toLowerCase(Locale.ROOT) + " ownership" + (p.note() == null ? "" : "; " + p.note())
              + "; from the " + p.origin() + " registry). Context only, never used to score.";
    }
    return new BiasIndicator(CONTEXT, 0.0, "context, not a score", List.of(), description, Map.of());
  }

  private static Evidence sentenceEvidence(Article a, Sentence s, String label, String source) {
    return new Evidence(a.id(), s.start(), s.end(), s.text(), label, source);
  }

  private List<String> names(List<String> ids) {
    return ids.stream().map(id -> actors.actor(id).map(ActorLexicon.Actor::name).orElse(id)).toList();
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0.0 : round(part / (double) whole);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
