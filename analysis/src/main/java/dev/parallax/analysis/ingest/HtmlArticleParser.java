package dev.parallax.analysis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page with jsoup: metadata from JSON-LD ({@code NewsArticle} and kin), OpenGraph,
 * {@code <meta>} tags and the {@code <title>}; the body from {@code <article>} (or the main content
 * element), without scripts, styles, navigation, forms, comment sections, share bars and asides,
 * one block per paragraph, heading or list item.
 */
final class HtmlArticleParser {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table", "figure", "figcaption", "dd", "dt", "hr",
          "address", "aside", "nav", "form");

  private static final String JUNK_SELECTOR =
      "script, style, noscript, template, iframe, svg, canvas, nav, form, button, input, select, textarea, "
          + "aside, footer, figure, figcaption, [aria-hidden=true], [hidden]";

  private static final Pattern JUNK_CLASS =
      Pattern.compile("(?i)(^|[\\s_-])(comments?|comment-respond|cookie|consent|gdpr|share|sharing|social|"
          + "related|newsletter|subscribe|subscription|advert|ads?|adslot|promo|sponsor|breadcrumbs?|sidebar|"
          + "widget|popup|modal|banner|paywall|author-bio|tags?|byline-share|recommend(ed|ations)?|"
          + "read-more|more-stories|jp-relatedposts|sharedaddy)($|[\\s_-])");

  private HtmlArticleParser() {}

  /** The page's body blocks; metadata is recorded in {@code meta}. */
  static List<String> parse(String html, Metadata meta) {
    Document doc = Jsoup.parse(html);
    jsonLd(doc, meta);
    metaTags(doc, meta);
    doc.select(JUNK_SELECTOR).remove();
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    for (Element e : doc.select("[class], [id]")) {
      if (e.parent() != null && (JUNK_CLASS.matcher(e.className()).find() || JUNK_CLASS.matcher(e.id()).find())
          && !e.tagName().equals("body") && !e.tagName().equals("html") && !e.tagName().equals("article")) {
        e.remove();
      }
    }
    Element root = doc.selectFirst("article [itemprop=articleBody]");
    if (root == null) {
      root = doc.selectFirst("[itemprop=articleBody]");
    }
    if (root == null) {
      root = doc.selectFirst("article");
    }
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    List<String> blocks = new ArrayList<>();
    if (root != null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null) {
        meta.offer(Field.TITLE, h1.text(), "the page's <h1>", Priority.MARKUP);
      }
      blocks.addAll(blocks(root));
    }
    // The headline is metadata, not body.
    String title = meta.text(Field.TITLE);
    if (title != null && !blocks.isEmpty() && squash(blocks.get(0)).equals(squash(title))) {
      blocks.remove(0);
    }
    return blocks;
  }

  private static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              current.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(out, current);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(out, current);
            }
          }
        });
    flush(out, current);
    return out;
  }

  private static void flush(List<String> out, StringBuilder current) {
    String s = current.toString().replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    current.setLength(0);
  }

  private static void jsonLd(Document doc, Metadata meta) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        visitLd(node, meta);
      } catch (java.io.IOException | RuntimeException e) {
        // Malformed JSON-LD is common; the other metadata sources still apply.
      }
    }
  }

  private static void visitLd(JsonNode node, Metadata meta) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> visitLd(n, meta));
      return;
    }
    if (node.has("@graph")) {
      visitLd(node.get("@graph"), meta);
    }
    String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("") : node.path("@type").asText("");
    if (!type.toLowerCase(Locale.ROOT).matches(".*(article|posting|report|newsarticle).*")) {
      return;
    }
    meta.offer(Field.TITLE, text(node.get("headline")), "JSON-LD headline", Priority.MARKUP);
    meta.offer(Field.AUTHOR, name(node.get("author")), "JSON-LD author", Priority.MARKUP);
    meta.offer(Field.OUTLET, name(node.get("publisher")), "JSON-LD publisher", Priority.MARKUP);
    DateText.parse(text(node.get("datePublished")))
        .ifPresent(d -> meta.offer(Field.PUBLISHED, d, "JSON-LD datePublished", Priority.MARKUP));
    String url = text(node.get("url"));
    if (url == null && node.has("mainEntityOfPage")) {
      JsonNode page = node.get("mainEntityOfPage");
      url = page.isTextual() ? page.asText() : text(page.get("@id"));
    }
    meta.offer(Field.URL, url, "JSON-LD url", Priority.MARKUP);
  }

  private static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      n.forEach(x -> {
        String s = name(x);
        if (s != null) {
          names.add(s);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return text(n.get("name"));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }

  private static void metaTags(Document doc, Metadata meta) {
    meta.offer(Field.TITLE, content(doc, "meta[property=og:title]"), "OpenGraph og:title", Priority.MARKUP);
    meta.offer(Field.OUTLET, content(doc, "meta[property=og:site_name]"), "OpenGraph og:site_name", Priority.MARKUP);
    meta.offer(Field.URL, content(doc, "meta[property=og:url]"), "OpenGraph og:url", Priority.MARKUP);
    meta.offer(Field.AUTHOR, content(doc, "meta[name=author]"), "the author meta tag", Priority.MARKUP);
    meta.offer(Field.AUTHOR, content(doc, "meta[property=article:author]"), "OpenGraph article:author",
        Priority.MARKUP);
    for (String selector :
        List.of("meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]",
            "meta[name=publish-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[itemprop=datePublished]")) {
      DateText.parse(content(doc, selector))
          .ifPresent(d -> meta.offer(Field.PUBLISHED, d, "the " + selector.replaceAll("meta\\[|\\]", "") + " meta tag",
              Priority.MARKUP));
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      DateText.parse(time.attr("datetime"))
          .ifPresent(d -> meta.offer(Field.PUBLISHED, d, "a <time> element", Priority.MARKUP));
    }
    Element link = doc.selectFirst("link[rel=canonical]");
    if (link != null) {
      meta.offer(Field.URL, link.attr("href"), "the canonical link", Priority.MARKUP);
    }
    String title = doc.title();
    if (!title.isBlank()) {
      meta.offer(Field.TITLE, title, "the page's <title>", Priority.CONVENTION);
    }
  }

  private static String content(Document doc, String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : e.attr("content");
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
  }
}
