package dev.parallax.cli.output;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.Report;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Lookups and formatting shared by the writers. */
final class Text {
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  Text(Report report) {
    for (Article a : report.articles()) {
      articles.put(a.id(), a);
    }
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
  }

  Article article(String id) {
    return articles.get(id);
  }

  Claim claim(String id) {
    return claims.get(id);
  }

  String outletOf(Claim c) {
    return articles.get(c.articleId()).outletOrUnknown();
  }

  static String percent(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  static String confidence(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text safe inside a Markdown table cell or paragraph: pipes and markup characters escaped. */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
        .replace("`", "\\`").replace("<", "&lt;").replace("\n", " ");
  }

  /** "1 dispute", "3 numeric discrepancies". */
  static String count(dev.parallax.model.FindingKind kind, long n) {
    String one = kindLabel(kind).toLowerCase(Locale.ROOT);
    String many = kind == dev.parallax.model.FindingKind.NUMERIC_DISCREPANCY ? "numeric discrepancies" : one + "s";
    return n + " " + (n == 1 ? one : many);
  }

  static String kindLabel(dev.parallax.model.FindingKind kind) {
    return switch (kind) {
      case NUMERIC_DISCREPANCY -> "Numeric discrepancy";
      case CONTRADICTION -> "Contradiction";
      case DISPUTE -> "Dispute";
      case AGREEMENT -> "Agreement";
    };
  }
}
