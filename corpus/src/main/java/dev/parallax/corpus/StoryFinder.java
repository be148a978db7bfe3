package dev.parallax.corpus;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Finds the stories of a corpus.
 *
 * <ol>
 *   <li><b>Reprints.</b> Banded MinHash LSH (Spark MLlib's {@link MinHashLSH}) over hashed three-word
 *       shingles of each text finds articles whose shingle sets have a Jaccard similarity of at least
 *       {@value #REPRINT} and whose titles and leads have a cosine of at least {@value #REPRINT_LEAD}, within
 *       the time window: wire copy and syndicated reprints. They are marked as reprints of one voice and
 *       always share a story.
 *   <li><b>Candidates.</b> Pairs of articles that share a name of the title and lead that at most
 *       {@value #MAX_NAME_ARTICLES} articles share, and pairs whose title-and-lead vectors (MiniLM) are
 *       neighbours (cosine at least {@value #NEIGHBOUR}) within the time window, found day bucket by day
 *       bucket so the cost grows with the articles of a window, not with the corpus squared. Articles
 *       without a date are compared with every article while that stays small.
 *   <li><b>Links.</b> A candidate pair is linked when both dates are within the window (or one is
 *       unknown) and its evidence is strong enough: see {@link #linked}.
 *   <li><b>Stories.</b> The connected groups of linked articles.
 * </ol>
 *
 * <p>The link graph and one summary per article (day, names, dates, no vectors) are gathered on the
 * driver to number the stories and explain them; everything per pair runs on the executors.
 */
final class StoryFinder {
  static final double REPRINT = 0.6;
  /** MinHash bands for reprints, and values per band: see {@link #reprintPairs}. */
  static final int BANDS = 20;
  static final int ROWS = 4;
  /** Two reprints of one copy begin alike: their titles and leads have at least this cosine. */
  static final double REPRINT_LEAD = 0.8;
  static final int MAX_NAME_ARTICLES = 200;
  static final double NEIGHBOUR = 0.55;
  /** Undated articles are compared with all others while there are at most this many such pairs. */
  static final long UNDATED_PAIRS = 50_000_000L;

  private final int window;

  /** @param window days between two articles of one story, at most */
  StoryFinder(int window) {
    if (window < 0) {
      throw new IllegalArgumentException("window must be zero or more days, got " + window);
    }
    this.window = window;
  }

  /** One link between two articles and its evidence. */
  record Link(long a, long b, double cosine, double names, List<String> sharedNames, List<String> sharedDates,
      boolean reprint) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An article as the driver sees it when numbering and explaining stories. */
  record Summary(long uid, Long day, List<String> names, List<String> dates) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The stories found: each a list of article numbers, in order; reprint groups; the links. */
  record Grouping(List<List<Long>> stories, List<List<Long>> reprints, List<Link> links, Map<Long, Summary> summaries,
      Map<String, Double> weights) {}

  /**
   * @param articles the corpus, each article with its number (distinct, from 0)
   */
  Grouping find(SparkSession spark, JavaPairRDD<Long, CorpusArticle> articles) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Features> features = articles.map(p -> Features.of(p._1(), p._2())).cache();
    long n = features.count();

    // weights of names: log inverse document frequency
    Map<String, Long> df = new HashMap<>(features.flatMapToPair(f -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      for (String name : f.names()) {
        out.add(new Tuple2<>(name, 1L));
      }
      return out.iterator();
    }).reduceByKey(Long::sum).collectAsMap());
    Map<String, Double> weights = new HashMap<>();
    df.forEach((k, v) -> weights.put(k, Math.log((n + 1.0) / v)));
    Broadcast<Map<String, Double>> idf = sc.broadcast(weights);

    JavaPairRDD<Tuple2<Long, Long>, Boolean> reprints = reprintPairs(spark, features);
    JavaPairRDD<Tuple2<Long, Long>, Boolean> byName = features.flatMapToPair(f -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      for (String name : f.names()) {
        long count = df.getOrDefault(name, 0L);
        if (count >= 2 && count <= MAX_NAME_ARTICLES) {
          out.add(new Tuple2<>(name, f.uid()));
        }
      }
      return out.iterator();
    }).groupByKey().flatMapToPair(g -> pairs(g._2()));
    JavaPairRDD<Tuple2<Long, Long>, Boolean> neighbours = neighbours(features);
    JavaPairRDD<Tuple2<Long, Long>, Boolean> candidates =
        reprints.union(byName).union(neighbours).reduceByKey((x, y) -> x || y);

    JavaPairRDD<Long, Features> byUid = features.mapToPair(f -> new Tuple2<>(f.uid(), f));
    int days = window;
    List<Link> links = candidates
        .mapToPair(c -> new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2())))
        .join(byUid)
        .mapToPair(j -> new Tuple2<>(j._2()._1()._1(), new Tuple2<>(j._2()._2(), j._2()._1()._2())))
        .join(byUid)
        .map(j -> link(j._2()._1()._1(), j._2()._2(), j._2()._1()._2(), idf.value(), days))
        .filter(l -> l != null)
        .collect();

    Map<Long, Summary> summaries = new TreeMap<>();
    for (Summary s : features.map(f -> new Summary(f.uid(), f.day(), List.of(f.names()), List.of(f.dates()))).collect()) {
      summaries.put(s.uid(), s);
    }
    features.unpersist();
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(Comparator.comparingLong(Link::a).thenComparingLong(Link::b));
    return new Grouping(components(summaries.keySet(), sorted, false), components(summaries.keySet(), sorted, true),
        sorted, summaries, weights);
  }

  /**
   * Pairs of articles within the window whose shingle sets have a Jaccard similarity of at least
   * {@value #REPRINT}, found by banded MinHash LSH: {@link MinHashLSH} gives each article
   * {@value #BANDS} x {@value #ROWS} MinHash values; two articles are candidates when all
   * {@value #ROWS} values of one band agree (so a pair of similarity J is a candidate with probability
   * 1 - (1 - J^{@value #ROWS})^{@value #BANDS}: 0.94 at 0.6, 0.999 at 0.75, 0.03 at 0.2), and a candidate
   * is kept when its exact Jaccard similarity reaches {@value #REPRINT}. MLlib's own similarity join
   * makes any pair that agrees on one value a candidate: articles that share common phrasing (a
   * newsroom's templates, boilerplate) then meet across the whole corpus, and the join grew with the
   * square of the corpus (100,000 synthetic articles had not finished after 10,000 CPU seconds).
   */
  private JavaPairRDD<Tuple2<Long, Long>, Boolean> reprintPairs(SparkSession spark, JavaRDD<Features> features) {
    StructType schema = new StructType()
        .add("uid", DataTypes.LongType, false)
        .add("day", DataTypes.LongType, true)
        .add("shingles", SQLDataTypes.VectorType(), false);
    JavaRDD<Row> rows = features.map(f -> {
      double[] ones = new double[f.shingles().length];
      Arrays.fill(ones, 1.0);
      return RowFactory.create(f.uid(), f.day(), Vectors.sparse(Features.SHINGLE_SPACE, f.shingles(), ones));
    });
    Dataset<Row> frame = spark.createDataFrame(rows, schema);
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(BANDS * ROWS).setSeed(20_26L)
        .setInputCol("shingles").setOutputCol("hashes").fit(frame);
    int days = window;
    return model.transform(frame).select("uid", "day", "shingles", "hashes").toJavaRDD()
        .flatMapToPair(r -> {
          Banded article = new Banded(r.getLong(0), r.isNullAt(1) ? null : r.getLong(1),
              ((org.apache.spark.ml.linalg.SparseVector) r.get(2)).indices());
          List<org.apache.spark.ml.linalg.Vector> hashes = r.getList(3);
          List<Tuple2<Long, Banded>> out = new ArrayList<>(BANDS);
          for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int i = 0; i < ROWS; i++) {
              key = key * 0x9E3779B97F4A7C15L + (long) hashes.get(b * ROWS + i).apply(0);
            }
            out.add(new Tuple2<>(key, article));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(g -> {
          List<Banded> members = new ArrayList<>();
          g._2().forEach(members::add);
          members.sort(Comparator.comparingLong(Banded::uid));
          List<Tuple2<Tuple2<Long, Long>, Boolean>> out = new ArrayList<>();
          for (int i = 0; i < members.size(); i++) {
            Banded x = members.get(i);
            for (int j = i + 1; j < members.size(); j++) {
              Banded y = members.get(j);
              if (withinWindow(x.day(), y.day(), days) && jaccard(x.shingles(), y.shingles()) >= REPRINT) {
                out.add(new Tuple2<>(new Tuple2<>(x.uid(), y.uid()), true));
              }
            }
          }
          return out.iterator();
        })
        .reduceByKey((x, y) -> x || y);
  }

  /** An article as reprint finding sees it: its number, day and sorted, distinct shingles. */
  record Banded(long uid, Long day, int[] shingles) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Whether two articles' days are at most {@code window} days apart; an unknown day is within any window. */
  static boolean withinWindow(Long a, Long b, int window) {
    return a == null || b == null || Math.abs(a - b) <= window;
  }

  /** The Jaccard similarity of two sorted sets of distinct ints. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * Neighbours by title and lead within the window: dated articles meet in day buckets of the window's
   * length (each article in its own bucket and the next), undated ones meet every article.
   */
  private JavaPairRDD<Tuple2<Long, Long>, Boolean> neighbours(JavaRDD<Features> features) {
    long width = Math.max(1, window);
    JavaPairRDD<Long, Tuple2<Features, Boolean>> buckets = features.filter(f -> f.day() != null).flatMapToPair(f -> {
      long b = Math.floorDiv(f.day(), width);
      return List.of(new Tuple2<>(b, new Tuple2<>(f, true)), new Tuple2<>(b + 1, new Tuple2<>(f, false))).iterator();
    });
    JavaPairRDD<Tuple2<Long, Long>, Boolean> dated = buckets.groupByKey().flatMapToPair(g -> {
      List<Tuple2<Features, Boolean>> members = new ArrayList<>();
      g._2().forEach(members::add);
      List<Tuple2<Tuple2<Long, Long>, Boolean>> out = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          Tuple2<Features, Boolean> x = members.get(i);
          Tuple2<Features, Boolean> y = members.get(j);
          if (!x._2() && !y._2()) {
            continue;
          }
          if (Features.cosine(x._1().vector(), y._1().vector()) >= NEIGHBOUR) {
            out.add(new Tuple2<>(ordered(x._1().uid(), y._1().uid()), false));
          }
        }
      }
      return out.iterator();
    });
    JavaRDD<Features> undated = features.filter(f -> f.day() == null);
    long u = undated.count();
    if (u == 0 || u * features.count() > UNDATED_PAIRS) {
      return dated;
    }
    JavaPairRDD<Tuple2<Long, Long>, Boolean> loose = undated.cartesian(features)
        .filter(p -> p._1().uid() != p._2().uid()
            && (p._2().day() != null || p._1().uid() < p._2().uid())
            && Features.cosine(p._1().vector(), p._2().vector()) >= NEIGHBOUR)
        .mapToPair(p -> new Tuple2<>(ordered(p._1().uid(), p._2().uid()), false));
    return dated.union(loose);
  }

  private static java.util.Iterator<Tuple2<Tuple2<Long, Long>, Boolean>> pairs(Iterable<Long> uids) {
    List<Long> list = new ArrayList<>();
    uids.forEach(list::add);
    list.sort(null);
    List<Tuple2<Tuple2<Long, Long>, Boolean>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        out.add(new Tuple2<>(new Tuple2<>(list.get(i), list.get(j)), false));
      }
    }
    return out.iterator();
  }

  private static Tuple2<Long, Long> ordered(long x, long y) {
    return x < y ? new Tuple2<>(x, y) : new Tuple2<>(y, x);
  }

  /** The link between two articles, or null when the evidence does not make one. */
  static Link link(Features a, Features b, boolean reprint, Map<String, Double> idf, int window) {
    double cosine = Features.cosine(a.vector(), b.vector());
    Set<String> namesB = new HashSet<>(Arrays.asList(b.names()));
    List<String> shared = new ArrayList<>();
    double sharedWeight = 0;
    for (String name : a.names()) {
      if (namesB.contains(name)) {
        shared.add(name);
        sharedWeight += idf.getOrDefault(name, 0.0);
      }
    }
    double names = Math.round(100 * sharedWeight / Math.max(1e-9, Math.min(weight(a, idf), weight(b, idf)))) / 100.0;
    names = Math.min(1.0, names);
    Set<String> datesB = new HashSet<>(Arrays.asList(b.dates()));
    List<String> sharedDates = new ArrayList<>();
    for (String d : a.dates()) {
      if (datesB.contains(d)) {
        sharedDates.add(d);
      }
    }
    boolean inWindow = withinWindow(a.day(), b.day(), window);
    boolean sameDay = a.day() != null && b.day() != null && Math.abs(a.day() - b.day()) <= 1;
    boolean otherNames = shared.isEmpty() && a.names().length > 0 && b.names().length > 0;
    // a copy has the same title and lead: shingles shared by texts that do not begin alike are boilerplate
    reprint = reprint && inWindow && cosine >= REPRINT_LEAD;
    if (!reprint && !(inWindow && linked(cosine, names, !sharedDates.isEmpty(), sameDay, otherNames))) {
      return null;
    }
    shared.sort(Comparator.comparingDouble((String s) -> -idf.getOrDefault(s, 0.0)).thenComparing(s -> s));
    return new Link(a.uid(), b.uid(), cosine, names, shared, sharedDates, reprint);
  }

  /**
   * Whether two articles within the window tell one story: their titles and leads say nearly the same
   * thing, or much the same and they share some of their names, or they share most of their names, or
   * a day they both name and a few names. Similar wording alone is not enough: two floods in one week
   * are told in the same words, and only their places and people tell them apart; so very similar
   * wording links two articles of the same days (published a day apart at most, or naming one day) only
   * when they do not name different people and places ({@code otherNames}: each names some, and they
   * share none). Names are weighted by how rare they are in the corpus ({@code names} is the
   * shared weight over the smaller article's weight); cosines and weights are rounded to two decimals.
   */
  static boolean linked(double cosine, double names, boolean sharedDate, boolean sameDay, boolean otherNames) {
    return cosine >= 0.90
        || (cosine >= 0.80 && !otherNames && (sharedDate || sameDay))
        || (cosine >= 0.65 && names >= 0.10)
        || (cosine >= 0.55 && names >= 0.25)
        || (cosine >= 0.35 && names >= 0.45)
        || (sharedDate && cosine >= 0.50 && names >= 0.10);
  }

  private static double weight(Features f, Map<String, Double> idf) {
    double w = 0;
    for (String name : f.names()) {
      w += idf.getOrDefault(name, 0.0);
    }
    return w;
  }

  /** Connected groups of articles by the links (reprint links only when {@code reprintsOnly}); groups of one are kept only for stories. */
  static List<List<Long>> components(Set<Long> uids, List<Link> links, boolean reprintsOnly) {
    Map<Long, Long> parent = new HashMap<>();
    for (long u : uids) {
      parent.put(u, u);
    }
    for (Link l : links) {
      if (!reprintsOnly || l.reprint()) {
        long ra = root(parent, l.a());
        long rb = root(parent, l.b());
        if (ra != rb) {
          parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
      }
    }
    Map<Long, List<Long>> groups = new TreeMap<>();
    for (long u : uids) {
      groups.computeIfAbsent(root(parent, u), k -> new ArrayList<>()).add(u);
    }
    List<List<Long>> out = new ArrayList<>();
    for (List<Long> g : groups.values()) {
      if (!reprintsOnly || g.size() > 1) {
        out.add(List.copyOf(g));
      }
    }
    return out;
  }

  private static long root(Map<Long, Long> parent, long u) {
    long r = u;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    long x = u;
    while (parent.get(x) != r) {
      long next = parent.get(x);
      parent.put(x, r);
      x = next;
    }
    return r;
  }
}
