package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.align.FrameMatch;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story built by hand for the verdict rules' tests, without models: claims are written as tagged
 * tokens ({@code "Israel/PROPN denied/VERB/deny involvement/NOUN ./PUNCT"}, a lemma after a second
 * slash, {@code _} joining the words of one token), entities are named by their surface, numbers get
 * their reading and frame by hand, and the aligner's pairs are given with their signals.
 *
 * <p>Table tests write a claim on one line ({@link #says}): {@code "Wire: 93/NUM people/NOUN died/VERB/die
 * ./PUNCT :: \"93\" 93 deaths time=on_Sunday timeKey=day:sunday"}, and pairs as {@code "a.c1~b.c1 0.8 0.8
 * 0.5"} ({@link #setup}).
 */
final class HandStory {
  private final Map<String, StringBuilder> texts = new LinkedHashMap<>();
  private final Map<String, String> outlets = new LinkedHashMap<>();
  private final Map<String, LocalDate> published = new LinkedHashMap<>();
  private final Map<String, String> titles = new LinkedHashMap<>();
  private final Map<String, String> reprintOf = new LinkedHashMap<>();
  private final Set<String> storyPlaces = new TreeSet<>();
  private final List<Built> built = new ArrayList<>();
  private final Map<String, String[]> entities = new LinkedHashMap<>();
  private final List<String> synonymGroups = new ArrayList<>();
  private final List<String> antonymPairs = new ArrayList<>();
  private final List<Object[]> pairs = new ArrayList<>();
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

    /** Marks the claim prescriptive ("must", "should"). */
    Built prescriptive() {
      modality = Modality.PRESCRIPTIVE;
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
     * Reads the text {@code written} as a number with {@code value}, {@code qualifier} and a frame
     * measuring {@code measure}; {@code more} sets the frame's subgroup, place, time, timeKey, asOf,
     * source and status, and the mention's kind, unit, range ("24..100": a vague amount or a range,
     * without a value) or reading ("50.5..51.5"), as "key=value". Without a reading, the number is read
     * as the quantity stage reads it ({@link #reading}).
     */
    Built number(String written, Double value, Qualifier qualifier, String measure, String... more) {
      int at = text().indexOf(written, start);
      if (at < 0) {
        throw new IllegalArgumentException("'" + written + "' is not in the claim: " + text().substring(start));
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (String kv : more) {
        m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
      }
      String lower = written.toLowerCase(Locale.ROOT);
      QuantityKind kind = m.containsKey("kind") ? QuantityKind.valueOf(m.get("kind"))
          : written.contains("%") || lower.contains("percent") ? QuantityKind.PERCENT : QuantityKind.NUMBER;
      String unit = m.containsKey("unit") ? m.get("unit") : kind == QuantityKind.PERCENT ? "%" : null;
      Double low = null;
      Double high = null;
      Interval reading;
      if (m.containsKey("range")) {
        double[] r = interval(m.get("range"));
        low = r[0];
        high = r[1];
        reading = new Interval(r[0], r[1]);
      } else {
        reading = reading(value, qualifier, written);
      }
      if (m.containsKey("reading")) {
        double[] r = interval(m.get("reading"));
        reading = new Interval(r[0], r[1]);
      }
      quantities.add(new QuantityMention(written, at, at + written.length(), kind, value, low, high, unit, qualifier,
          null, null, null, reading));
      if (measure != null) {
        frames.add(new QuantityFrame(at, measure, null, m.get("subgroup"), m.get("place"), m.get("time"),
            m.get("timeKey"), m.get("asOf"), m.get("source"),
            FrameStatus.valueOf(m.getOrDefault("status", "COUNT")), -1));
      }
      return this;
    }

    /** Reads the text {@code written} as a date, {@code iso} ("2023-08-08", "2015"). */
    Built date(String written, String iso) {
      int at = text().indexOf(written, start);
      if (at < 0) {
        throw new IllegalArgumentException("'" + written + "' is not in the claim: " + text().substring(start));
      }
      quantities.add(new QuantityMention(written, at, at + written.length(), QuantityKind.DATE, null, null, null, null,
          null, iso, null, null, null));
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

  /** The article's publication date. */
  HandStory published(String article, String isoDate) {
    published.put(article, LocalDate.parse(isoDate));
    return this;
  }

  /** The article reprints another article's copy. */
  HandStory reprint(String article, String original) {
    reprintOf.put(article, original);
    return this;
  }

  /** A place (lower case) that stands for the whole story: the headlines name it. */
  HandStory storyPlace(String place) {
    storyPlaces.add(place);
    return this;
  }

  /** Groups of synonyms the thesaurus knows ("reject refuse decline"). */
  HandStory synonyms(String... groups) {
    synonymGroups.addAll(List.of(groups));
    return this;
  }

  /** Pairs of antonyms the thesaurus knows ("rise fall"). */
  HandStory antonyms(String... pairsOfWords) {
    antonymPairs.addAll(List.of(pairsOfWords));
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
      String lemma = f.length > 2 ? f[2].replace('_', ' ')
          : tag.equals("PROPN") ? word : word.toLowerCase(Locale.ROOT);
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

  /**
   * Adds a claim written on one line: {@code [article@]Outlet[/flag...]: tagged tokens [:: number ;; number]}.
   * The article defaults to {@code defaultArticle}. Flags: {@code negated}, {@code hedged},
   * {@code prescriptive}, {@code said=Speaker_Name}. A number is {@code "written" value [QUALIFIER] measure
   * [key=value...]} ({@link Built#number}; {@code _} for a space, {@code -} for no value or no measure), or
   * {@code "written" date=2015} for a date.
   */
  Built says(String defaultArticle, String spec) {
    String head = spec.substring(0, spec.indexOf(':'));
    String rest = spec.substring(spec.indexOf(':') + 1);
    String article = defaultArticle;
    if (head.contains("@")) {
      article = head.substring(0, head.indexOf('@')).strip();
      head = head.substring(head.indexOf('@') + 1);
    }
    String[] flags = head.strip().split("/");
    String numbers = null;
    if (rest.contains(" :: ")) {
      numbers = rest.substring(rest.indexOf(" :: ") + 4);
      rest = rest.substring(0, rest.indexOf(" :: "));
    }
    Built b = claim(article, flags[0], rest);
    for (int i = 1; i < flags.length; i++) {
      String flag = flags[i];
      if (flag.equals("negated")) {
        b.negated();
      } else if (flag.equals("hedged")) {
        b.hedged();
      } else if (flag.equals("prescriptive")) {
        b.prescriptive();
      } else if (flag.startsWith("said=")) {
        b.saidBy(flag.substring(5).replace('_', ' '));
      } else {
        throw new IllegalArgumentException("unknown flag '" + flag + "' in " + spec);
      }
    }
    if (numbers != null) {
      for (String n : numbers.split(" ;; ")) {
        number(b, n.strip());
      }
    }
    return b;
  }

  private static final Pattern NUMBER_SPEC = Pattern.compile("\"([^\"]+)\"\\s*(.*)");

  private static void number(Built b, String spec) {
    Matcher m = NUMBER_SPEC.matcher(spec);
    if (!m.matches()) {
      throw new IllegalArgumentException("a number is written '\"text\" value measure ...', got: " + spec);
    }
    String written = m.group(1);
    Double value = null;
    Qualifier qualifier = Qualifier.EXACT;
    String measure = null;
    List<String> more = new ArrayList<>();
    for (String f : m.group(2).strip().split("\\s+")) {
      if (f.startsWith("date=")) {
        b.date(written, f.substring(5));
        return;
      }
      if (f.matches("-?\\d+(\\.\\d+)?")) {
        value = Double.parseDouble(f);
      } else if (f.matches("[A-Z_]+")) {
        qualifier = Qualifier.valueOf(f);
      } else if (f.contains("=")) {
        more.add(f.replace('_', ' '));
      } else if (!f.equals("-")) {
        measure = f.replace('_', ' ');
      }
    }
    b.number(written, value, qualifier, measure, more.toArray(String[]::new));
  }

  /** The aligner's pair of two claims, with its signals. */
  HandStory pair(Built a, Built b, double cosine, double clause, double words) {
    pairs.add(new Object[] {a, b, cosine, clause, words, null});
    return this;
  }

  /**
   * The rest of a story written on one line, "; "-separated: the aligner's pairs, each {@code a.c1~b.c1
   * cosine clause words [frame=how]} (claims by id, then the pair's signals), and {@code place=maui} (a
   * place that stands for the whole story), {@code reprint=b<a} (b reprints a's copy), {@code
   * published=a:2023-08-08}, {@code title=a:Blast_at_hospital} (the article's headline; else its id),
   * {@code synonyms=reject_refuse}, {@code antonyms=rise_fall}.
   */
  HandStory setup(String spec) {
    if (spec == null || spec.isBlank()) {
      return this;
    }
    for (String item : spec.split("\\s*;\\s*")) {
      String p = item.strip();
      if (p.startsWith("place=")) {
        storyPlace(p.substring(6).replace('_', ' '));
      } else if (p.startsWith("reprint=")) {
        String[] f = p.substring(8).split("<");
        reprint(f[0], f[1]);
      } else if (p.startsWith("published=")) {
        String[] f = p.substring(10).split(":");
        published(f[0], f[1]);
      } else if (p.startsWith("title=")) {
        String[] f = p.substring(6).split(":", 2);
        titles.put(f[0], f[1].replace('_', ' '));
      } else if (p.startsWith("synonyms=")) {
        synonyms(p.substring(9).replace('_', ' '));
      } else if (p.startsWith("antonyms=")) {
        antonyms(p.substring(9).replace('_', ' '));
      } else {
        String[] f = p.split("\\s+");
        String[] ids = f[0].split("~");
        // frame=a_/_b or frame=a_/_b;_x,_y: the two matched words, then the shared arguments
        FrameMatch frame = null;
        if (f.length > 4 && f[4].startsWith("frame=")) {
          String[] how = f[4].substring(6).replace('_', ' ').split(";", 2);
          String[] words = how[0].split(" / ");
          frame = new FrameMatch(words[0].strip(), words[1].strip(),
              how.length > 1 ? List.of(how[1].strip().split(",\\s*")) : List.of());
        }
        pairs.add(new Object[] {built(ids[0]), built(ids[1]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), frame});
      }
    }
    return this;
  }

  /** The claim with this id. */
  Built built(String id) {
    for (Built b : built) {
      if (b.id.equals(id)) {
        return b;
      }
    }
    throw new IllegalArgumentException("no claim " + id);
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
          if (wholeWord(text, at, at + e.getKey().length())) {
            mentions.add(new EntityMention(e.getKey(), at, at + e.getKey().length(), e.getValue()[0], e.getKey(),
                EntityType.valueOf(e.getValue()[1])));
          }
          at = text.indexOf(e.getKey(), at + 1);
        }
      }
      mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
      List<QuantityMention> quantities = new ArrayList<>(b.quantities);
      quantities.sort(java.util.Comparator.comparingInt(QuantityMention::start));
      Claim c = new Claim(b.id, b.article, text.substring(b.start, end), b.start, end, b.sentence, b.polarity,
          b.modality, b.attribution, quantities, mentions, Proposition.EMPTY, b.frames);
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

  /** "Israel" is not named in "Israeli". */
  private static boolean wholeWord(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  /** The aligner's pair: its shared entities and lemmas are those the two claims have in common. */
  private ClaimPair pair(Object[] p) {
    AlignableClaim a = claim((Built) p[0]);
    AlignableClaim b = claim((Built) p[1]);
    Set<String> entities = new TreeSet<>(a.entityIds());
    entities.retainAll(b.entityIds());
    Set<String> lemmas = new TreeSet<>(a.lemmas());
    lemmas.retainAll(b.lemmas());
    return ClaimPair.of(a, b, (double) p[2], (double) p[3], (double) p[4], List.copyOf(entities), List.copyOf(lemmas),
        (FrameMatch) p[5], -1, -1, Thresholds.STANDARD);
  }

  /** The context the rules read, with a thesaurus of the given synonym sets (each a group of words). */
  VerdictContext context(String... moreSynonyms) {
    List<AlignableClaim> claims = new ArrayList<>();
    for (Built b : built) {
      claims.add(claim(b));
    }
    List<ClaimPair> aligned = new ArrayList<>();
    for (Object[] p : pairs) {
      aligned.add(pair(p));
    }
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
      String text = e.getValue().toString();
      articles.add(new Article(e.getKey(), e.getKey() + ".txt", titles.getOrDefault(e.getKey(), e.getKey()),
          outlets.get(e.getKey()), null,
          published.get(e.getKey()), "en", text.split("\\s+").length, "0", text, null, Map.of()));
    }
    Map<String, String> outletOf = new LinkedHashMap<>();
    for (Article a : articles) {
      outletOf.put(a.id(), a.outlet());
    }
    List<String> groups = new ArrayList<>(synonymGroups);
    groups.addAll(List.of(moreSynonyms));
    return new VerdictContext(articles, claims, aligned, new Voices(reprintOf, outletOf),
        thesaurus(groups.toArray(String[]::new), antonymPairs.toArray(String[]::new)), Thresholds.STANDARD,
        storyPlaces);
  }

  /** A thesaurus that knows only the given groups of synonyms ("reject refuse decline"). */
  static Thesaurus thesaurus(String... groups) {
    return thesaurus(groups, new String[0]);
  }

  /** A thesaurus that knows only the given groups of synonyms and pairs of antonyms ("rise fall"). */
  static Thesaurus thesaurus(String[] groups, String[] antonymPairs) {
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
        Set<String> out = new LinkedHashSet<>();
        for (String p : antonymPairs) {
          String[] w = p.split(" ");
          if (w[0].equals(lemma)) {
            out.add(w[1]);
          } else if (w[1].equals(lemma)) {
            out.add(w[0]);
          }
        }
        return out;
      }

      @Override
      public Set<String> relatives(String lemma, dev.parallax.analysis.lexicon.WordClass wc) {
        return synonyms(lemma, wc);
      }
    };
  }

  // ---- readings, as the quantity stage gives them (dev.parallax.analysis.quantity.Readings) ----

  /**
   * The reading of a number as the quantity stage gives it, so that the rules meet the intervals they
   * meet in a real story: an exact figure (or "at least N") is as precise as written ("51 percent":
   * [50.5, 51.5], "51.2%": [51.15, 51.25], "2,122": [2121.5, 2122.5]); "about" is 5% either side,
   * "nearly" 10% below; "more than", "less than" and "up to" reach one rounding step (5% to 10%) past
   * the bound. A copy of that table, so these tests do not depend on the quantity stage.
   */
  static Interval reading(Double value, Qualifier qualifier, String written) {
    if (value == null) {
      return null;
    }
    double v = value;
    double a = Math.abs(v);
    double s = a == 0 ? 1 : Math.min(Math.max(step(v), 0.05 * a), 0.10 * a);
    String lower = written.toLowerCase(Locale.ROOT);
    return switch (qualifier) {
      case APPROXIMATE -> lower.startsWith("nearly") || lower.startsWith("almost")
          ? new Interval(v - 0.10 * a, v) : new Interval(v - 0.05 * a, v + 0.05 * a);
      case MORE_THAN -> new Interval(v, v + s);
      case LESS_THAN -> new Interval(v - s, v);
      case AT_MOST -> new Interval(v - Math.max(s, 0.10 * a), v);
      default -> new Interval(v - halfStep(v, written), v + halfStep(v, written));
    };
  }

  private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,\\u00a0 ]*(?:\\.\\d+)?");

  private static double halfStep(double v, String written) {
    double a = Math.abs(v);
    if (a == 0) {
      return 0;
    }
    Matcher m = NUMERAL.matcher(written);
    if (!m.find()) {
      return Math.min(0.5, 0.005 * a);
    }
    String numeral = m.group().replaceAll("[,\\u00a0 ]", "");
    double shown = Double.parseDouble(numeral);
    int dot = numeral.indexOf('.');
    int decimals = dot < 0 ? 0 : numeral.length() - dot - 1;
    double scale = shown == 0 ? 1 : a / shown;
    boolean percent = written.contains("%") || written.toLowerCase(Locale.ROOT).contains("per");
    if (decimals > 0 || percent || scale > 1.5) {
      return 0.5 * Math.pow(10, -decimals) * Math.max(1, Math.rint(scale));
    }
    return Math.min(0.5 * step(v), 0.005 * a);
  }

  private static double step(double v) {
    double a = Math.abs(v);
    double p = Math.pow(10, Math.floor(Math.log10(a)));
    for (int k = 0; k < 24; k++) {
      double q = a / p;
      if (Math.abs(q - Math.rint(q)) < 1e-9 * Math.max(1, q)) {
        return p;
      }
      p /= 10;
    }
    return Math.pow(10, Math.floor(Math.log10(a))) / 1e6;
  }

  private static double[] interval(String lowHigh) {
    String[] f = lowHigh.split("\\.\\.");
    return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
  }
}
