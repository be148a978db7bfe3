package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.align.Thresholds;
import dev.parallax.analysis.semantic.Thesaurus;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.Article;
import dev.parallax.model.Attribution;
import dev.parallax.model.AttributionStyle;
import dev.parallax.model.Claim;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import dev.parallax.model.FrameStatus;
import dev.parallax.model.Interval;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.Proposition;
import dev.parallax.model.Qualifier;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A story built by hand for the verdict rules' tests, without models: claims are written as tagged
 * tokens ({@code "Israel/PROPN denied/VERB/deny involvement/NOUN ./PUNCT"}, a lemma after a second
 * slash, {@code _} joining the words of one token), entities are named by their surface, numbers get
 * their reading and frame by hand, and the aligner's pairs are given with their signals.
 */
final class HandStory {
  private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
  private final Map<String, String> outlets = new LinkedHashMap<>();
  private final List<Built> built = new ArrayList<>();
  private final Map<String, String[]> entities = new LinkedHashMap<>();
  private final List<ClaimPair> pairs = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /** One claim being built. */
  final class Built {
    final String article;
    final String id;
    final int start;
    final List<Token> tokens = new ArrayList<>();
    final List<QuantityMention> quantities = new ArrayList<>();
    final List<QuantityFrame> frames = new ArrayList<>();
    final int sentence;
    Polarity polarity = Polarity.AFFIRMATIVE;
    Modality modality = Modality.ASSERTED;
    Attribution attribution;
    AlignableClaim claim;

    Built(String article, String id, int start, int sentence) {
      this.article = article;
      this.id = id;
      this.start = start;
      this.sentence = sentence;
    }

    /** Marks the claim negated. */
    Built negated() {
      polarity = Polarity.NEGATED;
      return this;
    }

    /** Marks the claim hedged. */
    Built hedged() {
      modality = Modality.HEDGED;
      return this;
    }

    /** Attributes the claim to the speaker written as {@code speaker} in it. */
    Built saidBy(String speaker) {
      int at = text().indexOf(speaker, start);
      attribution = new Attribution(speaker, "say", AttributionStyle.REPORTED_SPEECH, at, at + speaker.length(),
          entityId(speaker));
      modality = Modality.REPORTED;
      return this;
    }

    /**
     * Reads the token {@code written} as a number with {@code value}, {@code qualifier} and a frame
     * measuring {@code measure}; {@code more} sets subgroup, place, timeKey and status as "key=value".
     */
    Built number(String written, double value, Qualifier qualifier, String measure, String... more) {
      int at = text().indexOf(written, start);
      double h = qualifier == Qualifier.MORE_THAN ? 0 : Math.min(0.5, 0.005 * value);
      Interval reading = qualifier == Qualifier.MORE_THAN ? new Interval(value, value * 1.1)
          : new Interval(value - h, value + h);
      QuantityKind kind = written.contains("%") ? QuantityKind.PERCENT : QuantityKind.NUMBER;
      quantities.add(new QuantityMention(written, at, at + written.length(), kind, value, null, null,
          kind == QuantityKind.PERCENT ? "%" : null, qualifier, null, null, null, reading));
      Map<String, String> m = new LinkedHashMap<>();
      for (String kv : more) {
        m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
      frames.add(new QuantityFrame(at, measure, null, m.get("subgroup"), m.get("place"), m.get("time"),
          m.get("timeKey"), m.get("asOf"), m.get("source"), FrameStatus.valueOf(m.getOrDefault("status", "COUNT")), -1));
      return this;
    }

    String text() {
      return texts.get(article).toString();
    }
  }

  /** Names an entity: its surface, id and type. */
  HandStory entity(String surface, String id, EntityType type) {
    entities.put(surface, new String[] {id, type.name()});
    return this;
  }

  /** Adds a claim to an article (created on first use, with its outlet). */
  Built claim(String article, String outlet, String tagged) {
    outlets.putIfAbsent(article, outlet);
    StringBuilder text = texts.computeIfAbsent(article, k -> new StringBuilder());
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    int n = counts.merge(article, 1, Integer::sum);
    Built b = new Built(article, article + ".c" + n, start, n - 1);
    for (String piece : tagged.trim().split(" +")) {
      String[] f = piece.split("/");
      String word = f[0].replace('_', ' ');
      String tag = f[1];
      String lemma = f.length > 2 ? f[2] : tag.equals("PROPN") ? word : word.toLowerCase(Locale.ROOT);
      boolean glue = tag.equals("PUNCT") && !word.equals("(") && !word.equals("\"") || word.equals("'s");
      if (text.length() > start && !glue) {
        text.append(' ');
      }
      int at = text.length();
      text.append(word);
      b.tokens.add(new Token(word, at, at + word.length(), tag, lemma));
    }
    built.add(b);
    return b;
  }

  /** The aligner's pair of two claims, with its signals. */
  HandStory pair(Built a, Built b, double cosine, double clause, double words) {
    pairs.add(ClaimPair.of(claim(a), claim(b), cosine, clause, words, List.of(), List.of(), null, -1, -1,
        Thresholds.STANDARD));
    return this;
  }

  private String entityId(String surface) {
    String[] e = entities.get(surface);
    return e == null ? null : e[0];
  }

  private AlignableClaim claim(Built b) {
    if (b.claim == null) {
      String text = b.text();
      int end = b.tokens.get(b.tokens.size() - 1).end();
      List<EntityMention> mentions = new ArrayList<>();
      for (Map.Entry<String, String[]> e : entities.entrySet()) {
        int at = text.indexOf(e.getKey(), b.start);
        while (at >= 0 && at + e.getKey().length() <= end) {
          mentions.add(new EntityMention(e.getKey(), at, at + e.getKey().length(), e.getValue()[0], e.getKey(),
              EntityType.valueOf(e.getValue()[1])));
          at = text.indexOf(e.getKey(), at + 1);
        }
      }
      mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
      Claim c = new Claim(b.id, b.article, text.substring(b.start, end), b.start, end, b.sentence, b.polarity,
          b.modality, b.attribution, b.quantities, mentions, Proposition.EMPTY, b.frames);
      Set<String> lemmas = new LinkedHashSet<>();
      for (Token t : b.tokens) {
        if (t.content() && !t.lemma().equals("be")) {
          lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      for (EntityMention m : mentions) {
        ids.add(m.entityId());
      }
      b.claim = new AlignableClaim(c, outlets.get(b.article), b.tokens, lemmas, ids, new float[] {1f}, List.of(),
          List.of(), ids);
    }
    return b.claim;
  }

  /** The context the rules read, with a thesaurus of the given synonym sets (each a group of words). */
  VerdictContext context(String... synonymGroups) {
    List<AlignableClaim> claims = new ArrayList<>();
    for (Built b : built) {
      claims.add(claim(b));
    }
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
      String text = e.getValue().toString();
      articles.add(new Article(e.getKey(), e.getKey() + ".txt", e.getKey(), outlets.get(e.getKey()), null, null, "en",
          text.split("\\s+").length, "0", text, null, Map.of()));
    }
    Map<String, String> outletOf = new LinkedHashMap<>();
    for (Article a : articles) {
      outletOf.put(a.id(), a.outlet());
    }
    return new VerdictContext(articles, claims, pairs, new Voices(Map.of(), outletOf), thesaurus(synonymGroups),
        Thresholds.STANDARD, Set.of());
  }

  /** A thesaurus that knows only the given groups of synonyms ("reject refuse decline"). */
  static Thesaurus thesaurus(String... groups) {
    return new Thesaurus() {
      @Override
      public Set<String> synonyms(String lemma, dev.parallax.analysis.lexicon.WordClass wc) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : groups) {
          List<String> words = List.of(g.split(" "));
          if (words.contains(lemma)) {
            out.addAll(words);
            out.remove(lemma);
          }
        }
        return out;
      }

      @Override
      public Set<String> antonyms(String lemma, dev.parallax.analysis.lexicon.WordClass wc) {
        return Set.of();
      }

      @Override
      public Set<String> relatives(String lemma, dev.parallax.analysis.lexicon.WordClass wc) {
        return synonyms(lemma, wc);
      }
    };
  }
}
