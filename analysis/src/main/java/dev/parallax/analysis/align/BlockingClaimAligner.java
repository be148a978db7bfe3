package dev.parallax.analysis.align;

import dev.parallax.analysis.semantic.SentenceEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Candidate pairs from two kinds of blocking, then scored in full.
 *
 * <ul>
 *   <li><b>Meaning</b>: random-hyperplane locality-sensitive hashing of the centred sentence vectors,
 *       in {@value #TABLES} tables whose width keeps about {@value #BUCKET} claims per bucket, so
 *       claims with similar vectors tend to share a bucket in some table.
 *   <li><b>Words and names</b>: an inverted index of content lemmas and entity ids, leaving out keys
 *       that more than {@value #MAX_POSTINGS} claims share (they say little about a pair).
 * </ul>
 *
 * <p>Each claim is compared only with the claims it shares a bucket or a key with, and at most with
 * the {@link Thresholds#maxCandidates()} that share the most (buckets and keys are votes), so the work per
 * claim is bounded and the total grows about linearly with the number of claims. Vectors are centred
 * on the story first: every article about one story shares its topic, and taking away the mean vector
 * leaves what tells one claim from another. Of each claim's candidates the {@link Thresholds#keep()} best (by
 * {@link ClaimPair#score()}) above a floor are kept. Hyperplanes come from a fixed seed, so results
 * are deterministic. Thread-safe.
 */
public final class BlockingClaimAligner implements ClaimAligner {
  static final int TABLES = 12;
  static final int BUCKET = 32;
  static final int MAX_POSTINGS = 64;
  /** Per-thread vote counts, reset after each claim. */
  private static final ThreadLocal<int[]> VOTES = ThreadLocal.withInitial(() -> new int[0]);
  static final double RARE_SHARE = 0.05;
  private static final long SEED = 0x5eed_ca11L;

  private final Function<String, Set<String>> synonyms;
  private final Function<String, Set<String>> relatives;
  private final Thresholds thresholds;

  /**
   * @param synonyms gives the synonyms of a content lemma (any word class), for word overlap
   * @param relatives gives the words close to a lemma (synonyms, hypernyms, definition words), for
   *     matching predicates and arguments
   */
  public BlockingClaimAligner(
      Function<String, Set<String>> synonyms, Function<String, Set<String>> relatives, Thresholds thresholds) {
    this.synonyms = synonyms;
    this.relatives = relatives;
    this.thresholds = thresholds;
  }

  /**
   * Claim data prepared once per run: the centred vectors of the whole claim and of each clause
   * ({@code withWhole} lists the clauses' and then the whole's), synonym-expanded lemmas, lemma ids.
   */
  private record Prepared(
      float[] vector, List<float[]> segments, Set<String> expanded, List<Frame> frames, int[] lemmaIds,
      int[] expandedIds, List<float[]> withWhole) {}

  @Override
  public List<ClaimPair> align(List<AlignableClaim> claims) {
    int n = claims.size();
    if (n < 2) {
      return List.of();
    }
    int dim = claims.get(0).vector().length;
    float[] mean = new float[dim];
    for (AlignableClaim c : claims) {
      for (int d = 0; d < dim; d++) {
        mean[d] += c.vector()[d] / n;
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (AlignableClaim c : claims) {
      for (String l : c.lemmas()) {
        df.merge(l, 1, Integer::sum);
      }
      for (String e : c.entityIds()) {
        df.merge(e, 1, Integer::sum);
      }
    }
    Vocabulary vocabulary = new Vocabulary(df, n);
    Map<String, Integer> articleIndex = new HashMap<>();
    int[] article = new int[n];
    List<Prepared> prepared = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AlignableClaim c = claims.get(i);
      Integer known = articleIndex.get(c.articleId());
      if (known == null) {
        known = articleIndex.size();
        articleIndex.put(c.articleId(), known);
      }
      article[i] = known;
      List<float[]> segments = new ArrayList<>();
      for (float[] sv : c.segmentVectors()) {
        segments.add(centred(sv, mean));
      }
      Set<String> expanded = new HashSet<>(c.lemmas());
      for (String l : c.lemmas()) {
        expanded.addAll(synonyms.apply(l));
      }
      float[] whole = centred(c.vector(), mean);
      List<float[]> withWhole = new ArrayList<>(segments);
      withWhole.add(whole);
      prepared.add(new Prepared(whole, List.copyOf(segments), expanded,
          Frame.of(c.tokens(), c.segments(), c.claim().entities()), vocabulary.ids(c.lemmas()),
          vocabulary.ids(expanded), List.copyOf(withWhole)));
    }
    int bits = Math.max(1, Math.min(24, (int) Math.round(Math.log((double) n / BUCKET) / Math.log(2))));
    int[][] signatures = signatures(prepared, dim, bits);
    List<Map<Integer, List<Integer>>> buckets = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      Map<Integer, List<Integer>> table = new HashMap<>();
      for (int i = 0; i < n; i++) {
        table.computeIfAbsent(signatures[t][i], k -> new ArrayList<>()).add(i);
      }
      buckets.add(table);
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : keys(claims.get(i))) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    // Each claim's best pairs are found independently, in parallel; merged in claim order after.
    List<List<Scored>> best = java.util.stream.IntStream.range(0, n).parallel()
        .mapToObj(i -> bestPairs(i, claims, prepared, article, signatures, buckets, postings, vocabulary, df))
        .toList();
    Map<Long, Scored> kept = new HashMap<>();
    for (List<Scored> list : best) {
      for (Scored sc : list) {
        kept.putIfAbsent(key(sc.a(), sc.b()), sc);
      }
    }
    List<Scored> all = new ArrayList<>(kept.values());
    all.sort(Comparator.comparingInt(Scored::a).thenComparingInt(Scored::b));
    List<ClaimPair> out = new ArrayList<>(all.size());
    for (Scored sc : all) {
      out.add(sc.pair());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The best pairs of claim {@code i}: its candidates from the buckets and postings it shares, ranked
   * first by a cheap score (meaning and word overlap), then the best few scored in full.
   */
  private List<Scored> bestPairs(int i, List<AlignableClaim> claims, List<Prepared> prepared, int[] article,
      int[][] signatures, List<Map<Integer, List<Integer>>> buckets, Map<String, List<Integer>> postings,
      Vocabulary vocabulary, Map<String, Integer> df) {
    // Votes: in how many hash tables a claim shares i's bucket, plus how many rare keys it shares.
    // Claims with more votes are likelier neighbours; only the best-voted are scored.
    int n = claims.size();
    int[] votes = VOTES.get();
    if (votes.length < n) {
      votes = new int[n];
      VOTES.set(votes);
    }
    List<Integer> candidates = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      for (int j : buckets.get(t).get(signatures[t][i])) {
        if (article[j] != article[i] && votes[j]++ == 0) {
          candidates.add(j);
        }
      }
    }
    for (String key : keys(claims.get(i))) {
      List<Integer> list = postings.get(key);
      if (list.size() <= MAX_POSTINGS) {
        for (int j : list) {
          if (article[j] != article[i] && votes[j]++ == 0) {
            candidates.add(j);
          }
        }
      }
    }
    if (candidates.size() > thresholds.maxCandidates()) {
      int[] v = votes;
      candidates.sort((x, y) -> {
        int byVotes = Integer.compare(v[y], v[x]);
        return byVotes != 0 ? byVotes : Integer.compare(x, y);
      });
    }
    for (int j : candidates) {
      votes[j] = 0;
    }
    if (candidates.size() > thresholds.maxCandidates()) {
      candidates = candidates.subList(0, thresholds.maxCandidates());
    }
    List<double[]> cheap = new ArrayList<>(candidates.size());
    for (int j : candidates) {
      double sc = cheapScore(prepared.get(i), prepared.get(j), vocabulary);
      if (sc >= thresholds.floor() - thresholds.frameWeight()) {
        cheap.add(new double[] {sc, j});
      }
    }
    cheap.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
    List<Scored> scored = new ArrayList<>();
    for (double[] c : cheap.subList(0, Math.min(thresholds.shortlist(), cheap.size()))) {
      int j = (int) c[1];
      int a = Math.min(i, j);
      int b = Math.max(i, j);
      ClaimPair p = pair(claims.get(a), claims.get(b), prepared.get(a), prepared.get(b), df, n, vocabulary);
      if (p.score() >= thresholds.floor()) {
        scored.add(new Scored(a, b, p));
      }
    }
    scored.sort(Comparator.comparingDouble((Scored x) -> x.pair().score()).reversed()
        .thenComparingInt(Scored::a).thenComparingInt(Scored::b));
    return List.copyOf(scored.subList(0, Math.min(thresholds.keep(), scored.size())));
  }

  /** The score without the frame bonus, from vectors and lemma ids only: cheap enough for every candidate. */
  private double cheapScore(Prepared a, Prepared b, Vocabulary vocabulary) {
    double cosine = SentenceEncoder.cosine(a.vector(), b.vector());
    double clause = cosine;
    List<float[]> xs = a.withWhole();
    List<float[]> ys = b.withWhole();
    int lastX = xs.size() - 1;
    int lastY = ys.size() - 1;
    for (int i = 0; i <= lastX; i++) {
      for (int j = 0; j <= lastY; j++) {
        if (i < lastX || j < lastY) { // the whole against the whole is the cosine above
          clause = Math.max(clause, SentenceEncoder.cosine(xs.get(i), ys.get(j)));
        }
      }
    }
    return thresholds.score(Thresholds.round(cosine), Thresholds.round(clause),
        Thresholds.round(vocabulary.overlap(a.lemmaIds(), a.expandedIds(), b.lemmaIds(), b.expandedIds())), false);
  }

  /** Lemmas as sorted ints with their rarity weights, for fast overlap. */
  private static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final double[] weights;

    Vocabulary(Map<String, Integer> df, int n) {
      List<String> words = new ArrayList<>(df.keySet());
      java.util.Collections.sort(words);
      weights = new double[words.size()];
      for (String w : words) {
        weights[ids.size()] = idf(df, w, n);
        ids.put(w, ids.size());
      }
    }

    /** A word's rarity weight ({@link #idf}); every claim's lemmas are in the vocabulary. */
    double weight(String word) {
      return weights[ids.get(word)];
    }

    int[] ids(Set<String> words) {
      int[] out = words.stream().map(ids::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
      Arrays.sort(out);
      return out;
    }

    /** The rarity-weighted share of lemmas either claim finds (with synonyms) in the other. */
    double overlap(int[] a, int[] expandedA, int[] b, int[] expandedB) {
      double matched = 0;
      double total = 0;
      for (int x : a) {
        total += weights[x];
        if (Arrays.binarySearch(expandedB, x) >= 0) {
          matched += weights[x];
        }
      }
      for (int y : b) {
        total += weights[y];
        if (Arrays.binarySearch(expandedA, y) >= 0) {
          matched += weights[y];
        }
      }
      return total == 0 ? 0 : matched / total;
    }
  }

  private record Scored(int a, int b, ClaimPair pair) {}

  private static float[] centred(float[] v, float[] mean) {
    float[] out = new float[v.length];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      out[d] = v[d] - mean[d];
      norm += out[d] * out[d];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int d = 0; d < v.length; d++) {
        out[d] /= norm;
      }
    }
    return out;
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static List<String> keys(AlignableClaim c) {
    List<String> keys = new ArrayList<>(c.lemmas());
    for (String e : c.entityIds()) {
      keys.add("entity:" + e);
    }
    return keys;
  }

  private static int[][] signatures(List<Prepared> claims, int dim, int bits) {
    Random random = new Random(SEED);
    float[][][] planes = new float[TABLES][bits][dim];
    for (int t = 0; t < TABLES; t++) {
      for (float[] plane : planes[t]) {
        for (int d = 0; d < dim; d++) {
          plane[d] = (float) random.nextGaussian();
        }
      }
    }
    int[][] out = new int[TABLES][claims.size()];
    java.util.stream.IntStream.range(0, claims.size()).parallel().forEach(i -> {
      float[] v = claims.get(i).vector();
      for (int t = 0; t < TABLES; t++) {
        int sig = 0;
        for (int b = 0; b < bits; b++) {
          if (SentenceEncoder.cosine(planes[t][b], v) >= 0) {
            sig |= 1 << b;
          }
        }
        out[t][i] = sig;
      }
    });
    return out;
  }

  /** The full comparison of two claims. */
  private ClaimPair pair(
      AlignableClaim a, AlignableClaim b, Prepared pa, Prepared pb, Map<String, Integer> df, int n,
      Vocabulary vocabulary) {
    double cosine = Thresholds.round(SentenceEncoder.cosine(pa.vector(), pb.vector()));
    double clause = cosine;
    int segmentA = -1;
    int segmentB = -1;
    List<float[]> xs = pa.withWhole();
    List<float[]> ys = pb.withWhole();
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        if (i == xs.size() - 1 && j == ys.size() - 1) {
          continue; // the whole against the whole is the cosine above, and only a greater one counts
        }
        double c = Thresholds.round(SentenceEncoder.cosine(xs.get(i), ys.get(j)));
        if (c > Thresholds.round(clause)) {
          clause = c;
          segmentA = i < pa.segments().size() ? i : -1;
          segmentB = j < pb.segments().size() ? j : -1;
        }
      }
    }
    double matched = 0;
    double total = 0;
    for (String l : a.lemmas()) {
      double w = vocabulary.weight(l);
      total += w;
      if (pb.expanded().contains(l)) {
        matched += w;
      }
    }
    for (String l : b.lemmas()) {
      double w = vocabulary.weight(l);
      total += w;
      if (pa.expanded().contains(l)) {
        matched += w;
      }
    }
    double lexical = total == 0 ? 0 : matched / total;
    TreeSet<String> entities = new TreeSet<>(a.entityIds());
    entities.retainAll(b.entityIds());
    TreeSet<String> lemmas = new TreeSet<>(a.lemmas());
    lemmas.retainAll(b.lemmas());
    return ClaimPair.of(a, b, cosine, clause, lexical, List.copyOf(entities), List.copyOf(lemmas),
        frameMatch(pa, pb, df, n), segmentA, segmentB, thresholds);
  }

  /**
   * Two segments state the same who-did-what when their predicates match and their arguments meet.
   * Predicates match when they are the same lemma, WordNet synonyms or of one stem ("deteriorate" /
   * "deterioration"), or when one segment's predicate is an argument of the other ("fenced" /
   * "fences"). Arguments meet when the segments share an argument that is rare in the story (in at
   * most {@value #RARE_SHARE} of the claims), or two arguments of any kind; a rare predicate found
   * among the other's arguments is enough on its own.
   */
  private FrameMatch frameMatch(Prepared pa, Prepared pb, Map<String, Integer> df, int n) {
    double rare = Math.max(3, RARE_SHARE * n);
    for (Frame fa : pa.frames()) {
      for (Frame fb : pb.frames()) {
        if (fa.predicate() == null || fb.predicate() == null) {
          continue;
        }
        boolean same = fa.predicate().equals(fb.predicate()) || related(fa.predicate(), fb.predicate(), relatives);
        String crossA = find(fa.predicate(), fb.arguments());
        String crossB = find(fb.predicate(), fa.arguments());
        if (!same && crossA == null && crossB == null) {
          continue;
        }
        if (crossA != null && df.getOrDefault(fa.predicate(), 1) <= rare) {
          return new FrameMatch(fa.predicate(), crossA, List.of());
        }
        if (crossB != null && df.getOrDefault(fb.predicate(), 1) <= rare) {
          return new FrameMatch(crossB, fb.predicate(), List.of());
        }
        List<String> shared = new ArrayList<>();
        String rareShared = null;
        for (String x : fa.arguments()) {
          String y = find(x, fb.arguments());  // arguments: synonyms and stems only
          if (y != null) {
            shared.add(x.equals(y) ? x : x + " / " + y);
            if (rareShared == null && df.getOrDefault(x, 1) <= rare && df.getOrDefault(y, 1) <= rare) {
              rareShared = shared.get(shared.size() - 1);
            }
          }
        }
        if (rareShared != null || shared.size() >= 2) {
          return new FrameMatch(fa.predicate(), fb.predicate(), rareShared != null ? List.of(rareShared) : shared.subList(0, 2));
        }
      }
    }
    return null;
  }

  /** The element of {@code words} that is {@code x} or related to it, or null. */
  private String find(String x, Set<String> words) {
    if (words.contains(x)) {
      return x;
    }
    for (String y : words) {
      if (related(x, y, synonyms)) {
        return y;
      }
    }
    return null;
  }

  /**
   * Related by {@code near} (for predicates: synonyms, a hypernym, or one used in the other's
   * definition, "harbor" is "secretly shelter"; for arguments: synonyms), or of one stem: a shared
   * beginning of at least five letters and four fifths of the shorter word.
   */
  private static boolean related(String x, String y, Function<String, Set<String>> near) {
    int common = 0;
    int max = Math.min(x.length(), y.length());
    while (common < max && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    if (common >= 5 && common >= 0.8 * max) {
      return true;
    }
    return near.apply(x).contains(y) || near.apply(y).contains(x);
  }

  /** Inverse document frequency over the run's claims; a lemma in every claim weighs almost nothing. */
  static double idf(Map<String, Integer> df, String lemma, int n) {
    return Math.log((n + 1.0) / (df.getOrDefault(lemma, 0) + 0.5));
  }
}
