package dev.parallax.charts;

import dev.parallax.model.Article;
import dev.parallax.model.Report;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One colour and one marker shape per outlet, the same in every figure and on every page of a
 * report.
 *
 * <p>Outlets take their colour and shape in the order they first appear among the report's
 * articles. The colours are the Okabe–Ito palette, which colour-blind readers can tell apart; the
 * shapes keep outlets apart where colour is lost (greyscale printing), so every chart that marks an
 * outlet with a point uses both.
 *
 * <p>An article whose text names no outlet is its own outlet, keyed {@code "a5 (outlet not named)"}: two
 * such articles are more likely two outlets than one, and merging them would invent agreement.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OutletPalette {
  private static final List<Color> COLORS =
      List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
          new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

  /** Marker size in pixels. */
  private static final double SIZE = 10;

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final Map<String, String> outletOfArticle = new LinkedHashMap<>();
  private final Map<String, String> articleLabel = new LinkedHashMap<>();

  /** The palette of {@code report}'s outlets. */
  public OutletPalette(Report report) {
    Objects.requireNonNull(report, "report");
    for (Article a : report.articles()) {
      String outlet = outletOf(a);
      index.putIfAbsent(outlet, index.size());
      outletOfArticle.put(a.id(), outlet);
    }
    for (Article a : report.articles()) {
      String outlet = outletOfArticle.get(a.id());
      articleLabel.put(a.id(), a.outlet() == null ? outlet : outlet + " (" + a.id() + ")");
    }
  }

  /**
   * The outlet an article counts for: its outlet's name, or {@code "ID (outlet not named)"} when the
   * text names none.
   */
  public static String outletOf(Article article) {
    return article.outlet() != null ? article.outlet() : article.id() + " (outlet not named)";
  }

  /** The outlet of the article with this id, or the id itself when the report has no such article. */
  public String outletOfArticle(String articleId) {
    return outletOfArticle.getOrDefault(articleId, articleId);
  }

  /** A label for one article that names its outlet: {@code "Al Jazeera (a1)"}, {@code "a5 (outlet not named)"}. */
  public String articleLabel(String articleId) {
    return articleLabel.getOrDefault(articleId, articleId);
  }

  /** The outlets in colour order: the order they first appear among the articles. */
  public List<String> outlets() {
    return List.copyOf(index.keySet());
  }

  /** The colour of an outlet; an outlet not in the report is grey. */
  public Color color(String outlet) {
    Integer i = index.get(outlet);
    return i == null ? Color.GRAY : COLORS.get(i % COLORS.size());
  }

  /** The colour as CSS hex, such as {@code #0072b2}. */
  public String hex(String outlet) {
    Color c = color(outlet);
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /**
   * The outlet's marker, centred on the origin, about ten pixels across. Outlets past the eighth
   * repeat the shapes with another colour.
   */
  public Shape shape(String outlet) {
    Integer i = index.get(outlet);
    return marker(i == null ? 0 : i, SIZE);
  }

  /** The name of the outlet's marker, for text that describes a chart: "circle", "square", … */
  public String shapeName(String outlet) {
    Integer i = index.get(outlet);
    return SHAPE_NAMES.get((i == null ? 0 : i) % SHAPE_NAMES.size());
  }

  private static final List<String> SHAPE_NAMES =
      List.of("circle", "square", "triangle", "diamond", "downward triangle", "hexagon", "cross", "star");

  /** The {@code i}-th marker shape, {@code size} pixels across, centred on the origin. */
  static Shape marker(int i, double size) {
    double h = size / 2;
    switch (i % SHAPE_NAMES.size()) {
      case 0:
        return new Ellipse2D.Double(-h, -h, size, size);
      case 1:
        return new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
      case 2:
        return polygon(new double[] {0, -h * 1.1, h * 1.1, h * 0.8, -h * 1.1, h * 0.8});
      case 3:
        return polygon(new double[] {0, -h * 1.2, h * 1.2, 0, 0, h * 1.2, -h * 1.2, 0});
      case 4:
        return polygon(new double[] {-h * 1.1, -h * 0.8, h * 1.1, -h * 0.8, 0, h * 1.1});
      case 5:
        return regular(6, h * 1.1, 0);
      case 6:
        double t = h * 0.35;
        return polygon(new double[] {-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t,
            -t});
      default:
        return star(h * 1.2, h * 0.5);
    }
  }

  private static Shape polygon(double[] xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int k = 2; k < xy.length; k += 2) {
      p.lineTo(xy[k], xy[k + 1]);
    }
    p.closePath();
    return p;
  }

  private static Shape regular(int corners, double radius, double turn) {
    List<Double> xy = new ArrayList<>();
    for (int k = 0; k < corners; k++) {
      double a = turn + 2 * Math.PI * k / corners;
      xy.add(radius * Math.cos(a));
      xy.add(radius * Math.sin(a));
    }
    return polygon(xy.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Shape star(double outer, double inner) {
    double[] xy = new double[20];
    for (int k = 0; k < 10; k++) {
      double a = -Math.PI / 2 + Math.PI * k / 5;
      double r = k % 2 == 0 ? outer : inner;
      xy[2 * k] = r * Math.cos(a);
      xy[2 * k + 1] = r * Math.sin(a);
    }
    return polygon(xy);
  }
}
