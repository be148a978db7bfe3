package dev.parallax.analysis.ingest;

import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds metadata in the text's own conventions and removes the lines that carried it from the body:
 *
 * <ul>
 *   <li>the headline: the first short line without a final full stop, without a site's breadcrumb
 *       ("Home World ...") and a {@code | Outlet} suffix, which names the outlet; repeats of it below
 *       are dropped;
 *   <li>a byline ("By Jane Doe"; CMS placeholders such as "admin" are not authors);
 *   <li>a date line ("Last Updated on December 29, 2024 6:49 am", "Published: 2024-12-29");
 *   <li>a dateline opening the first paragraph ("Mehr News, International Group:", "KABUL (Reuters) -");
 *   <li>a source line ("Source: Al-Jazeera") and a republication note ("first published by East Asia Forum");
 *   <li>an author's signature or biography closing the article ("Jane Doe is a professor at ...").
 * </ul>
 *
 * Outlet names are made canonical with the {@link OutletRegistry}.
 */
final class MetadataConventions {
  private static final int HEAD = 8;
  /** A block that ends as a sentence does: a full stop, also inside closing quotes ('... he said."'). */
  private static final Pattern SENTENCE_END = Pattern.compile("\\.[\"'\u201d\u2019)]*$");
  /**
   * A sentence that ends inside the block: a word all in lower case, of two letters or more, then a full
   * stop, question or exclamation mark (closing quotes allowed), then a capital. A headline is one line;
   * "U.S. Drone", "St. Louis", "Gen. Munir" and "Mrs. Khan" do not count, as the word before the stop is
   * not all lower case, and neither do the lower-case abbreviations "vs.", "etc." and "approx.".
   */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile(
      "(?<!\\p{L})(?!(?:vs|etc|approx)\\.)\\p{Ll}{2,}[.!?][\"'\u201d\u2019)]*\\s+[\"'\u201c\u2018]?\\p{Lu}");

  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+([\\p{L}][\\p{L} .,'&-]{1,80})$");
  private static final Set<String> PLACEHOLDER_AUTHORS =
      Set.of("admin", "administrator", "editor", "editors", "staff", "web desk", "webdesk", "news desk",
          "desk", "team", "guest", "author", "newsroom", "online desk", "web editor", "correspondent");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)^(last updated(?: on)?|updated(?: on)?|published(?: on)?|posted(?: on)?|first published(?: on)?|date)"
              + "\\s*:?\\s*(.{6,60})$");

  private static final Pattern SOURCE_LINE =
      Pattern.compile("(?i)^(source|sources|courtesy(?: of)?|via|originally published (?:by|in|at)|"
          + "first published (?:by|in|at)|this article (?:first|originally) appeared (?:in|on|at))\\s*:?\\s*"
          + "([\\p{L}][\\p{L}\\d .&'/-]{1,60}?)\\.?$");

  private static final Pattern REPUBLISHED =
      Pattern.compile("(?:first|originally) (?:published|appeared) (?:by|in|on|at) (?:the )?"
          + "((?:[A-Z][\\p{L}&'-]*|of|and|the)(?: (?:[A-Z][\\p{L}&'-]*|of|and|the)){0,5})");

  private static final Pattern OUTLET_DATELINE =
      Pattern.compile("^([A-Z][\\p{L}.&'-]*(?: [A-Z][\\p{L}.&'-]*){0,4})(,\\s*[A-Z][\\p{L} ]{1,40})?\\s*:\\s+(?=\\S)");

  private static final Pattern WIRE_DATELINE =
      Pattern.compile("^[A-Z][A-Z .,'-]{1,40}(?:,\\s*[A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*\\(([^)]{2,40})\\)\\s*[-:]+\\s*");

  private static final Pattern NEWS_WORD =
      Pattern.compile("(?i).*\\b(news|agency|times|press|post|herald|tribune|journal|daily|tv|radio|gazette|"
          + "observer|telegraph|chronicle|mail|wire|network)$");

  private static final Pattern ROLE_WORD =
      Pattern.compile("(?i).*\\b(professor|director|researcher|journalist|analyst|correspondent|editor|fellow|"
          + "writer|author|reporter|lecturer|scholar|student|ambassador|consultant|founder|member|expert|"
          + "columnist|contributor|chair|head|officer|diplomat|specialist|commentator)s?\\b.*");

  private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){1,3}");

  private final OutletRegistry outlets;

  MetadataConventions(OutletRegistry outlets) {
    this.outlets = outlets;
  }

  /** Finds metadata in {@code blocks}, records it in {@code meta}, and returns the blocks left for the body. */
  List<String> apply(List<String> blocks, Metadata meta) {
    List<String> body = new ArrayList<>(blocks);
    title(body, meta);
    head(body, meta);
    dateline(body, meta);
    sourceLines(body, meta);
    signature(body, meta);
    return body;
  }

  private void title(List<String> body, Metadata meta) {
    // A source, date or 'By' line above the headline is left to the passes that read those lines.
    int at = 0;
    while (at < Math.min(3, body.size() - 1) && metadataLine(body.get(at))) {
      at++;
    }
    if (body.isEmpty() || metadataLine(body.get(at))) {
      return;
    }
    String first = body.get(at);
    boolean headline = first.length() <= 250 && wordCount(first) <= 40 && wordCount(first) >= 2
        && !SENTENCE_END.matcher(first).find() && !SENTENCE_INSIDE.matcher(first).find();
    String title = meta.text(Field.TITLE);
    if (headline) {
      String cleaned = withoutBreadcrumb(titleSegments(first, meta));
      if (meta.offer(Field.TITLE, cleaned, "the first line", Priority.CONVENTION)) {
        title = cleaned;
      }
      body.remove(at);
    } else if (title != null) {
      titleSegments(title, meta);
    }
    if (title == null) {
      return;
    }
    // Drop repeats of the headline near the top (scraped pages often print it two or three times).
    String key = squash(title);
    for (int i = 0; i < Math.min(HEAD, body.size()); i++) {
      String candidate = squash(withoutBreadcrumb(stripSuffixes(body.get(i))));
      if (!key.isEmpty() && candidate.equals(key)) {
        body.remove(i);
        i--;
      }
    }
  }

  private static boolean metadataLine(String block) {
    return SOURCE_LINE.matcher(block).matches() && wordCount(block) <= 14 || BYLINE.matcher(block).matches()
        || DATE_LINE.matcher(block).matches() && DateText.find(block).isPresent();
  }

  /** The headline without "| Section | Outlet" segments; a segment naming a known outlet is recorded. */
  private String titleSegments(String line, Metadata meta) {
    String[] segments = line.split("\\s+[|]\\s+");
    if (segments.length == 1) {
      return line;
    }
    String best = segments[0];
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i].strip();
      Optional<dev.parallax.model.OutletProfile> known = outlets.find(s);
      if (known.isPresent()) {
        meta.offer(Field.OUTLET, known.get().name(), "the title's '| " + s + "' suffix", Priority.CONVENTION);
      } else if (i == segments.length - 1 && wordCount(s) <= 4 && !meta.has(Field.OUTLET)) {
        meta.offer(Field.OUTLET, s, "the title's '| " + s + "' suffix", Priority.CONVENTION);
      }
      if (s.length() > best.length() && outlets.find(s).isEmpty() && wordCount(s) > 5) {
        best = s;
      }
    }
    return best.strip();
  }

  private static String stripSuffixes(String line) {
    String[] segments = line.split("\\s+[|]\\s+");
    return segments[0];
  }

  /** "Home World After a year ..." gives "After a year ...". */
  private static String withoutBreadcrumb(String title) {
    Matcher m = Pattern.compile("^Home(?: [A-Z][\\p{L}-]*){1,2}? (?=[A-Z])").matcher(title);
    if (m.find() && wordCount(title.substring(m.end())) >= 3) {
      return title.substring(m.end());
    }
    return title;
  }

  private void head(List<String> body, Metadata meta) {
    for (int i = 0; i < Math.min(HEAD, body.size()); i++) {
      String b = body.get(i);
      Matcher by = BYLINE.matcher(b);
      if (by.matches()) {
        String name = by.group(1).strip();
        if (!PLACEHOLDER_AUTHORS.contains(name.toLowerCase(Locale.ROOT))) {
          meta.offer(Field.AUTHOR, name, "a 'By' line", Priority.CONVENTION);
        }
        body.remove(i--);
        continue;
      }
      Matcher d = DATE_LINE.matcher(b);
      if (d.matches()) {
        Optional<LocalDate> date = DateText.find(d.group(2));
        if (date.isPresent()) {
          String label = d.group(1).strip();
          label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
          meta.offer(Field.PUBLISHED, date.get(), "a '" + label + "' line", Priority.CONVENTION);
          body.remove(i--);
        }
      }
    }
  }

  private void dateline(List<String> body, Metadata meta) {
    if (body.isEmpty()) {
      return;
    }
    for (int i = 0; i < Math.min(3, body.size()); i++) {
      String b = body.get(i);
      if (wordCount(b) < 12) {
        continue; // a heading or a short line, not the first paragraph
      }
      Matcher wire = WIRE_DATELINE.matcher(b);
      if (wire.find()) {
        Optional<dev.parallax.model.OutletProfile> known = outlets.find(wire.group(1));
        if (known.isPresent()) {
          meta.offer(Field.OUTLET, known.get().name(), "the dateline '" + wire.group().strip() + "'",
              Priority.CONVENTION);
          body.set(i, b.substring(wire.end()));
        }
        return;
      }
      Matcher m = OUTLET_DATELINE.matcher(b);
      if (m.find()) {
        String name = m.group(1);
        Optional<dev.parallax.model.OutletProfile> known = outlets.find(name);
        if (known.isPresent() || NEWS_WORD.matcher(name).matches()) {
          String canonical = known.map(dev.parallax.model.OutletProfile::name).orElse(name);
          meta.offer(Field.OUTLET, canonical, "the opening '" + m.group().strip() + "'", Priority.CONVENTION);
          body.set(i, b.substring(m.end()));
        }
      }
      return;
    }
  }

  private void sourceLines(List<String> body, Metadata meta) {
    for (int i = body.size() - 1; i >= 0; i--) {
      String b = body.get(i);
      Matcher s = SOURCE_LINE.matcher(b);
      if (s.matches() && wordCount(b) <= 14) {
        String name = s.group(2).strip();
        meta.offer(Field.OUTLET, outlets.canonical(name), "a '" + b.strip() + "' line", Priority.CONVENTION);
        body.remove(i);
        continue;
      }
      Matcher r = REPUBLISHED.matcher(b);
      if (r.find() && wordCount(b) <= 80 && (b.toLowerCase(Locale.ROOT).contains("republished")
          || b.toLowerCase(Locale.ROOT).startsWith("this article") || i >= body.size() - 3)) {
        String name = trimTrailingLowercase(r.group(1));
        meta.offer(Field.OUTLET, outlets.canonical(name), "the note '" + r.group().strip() + "'", Priority.CONVENTION);
        body.remove(i);
      }
    }
  }

  /** An author's signature or biography among the last three blocks. */
  private void signature(List<String> body, Metadata meta) {
    for (int i = body.size() - 1; i >= Math.max(0, body.size() - 3); i--) {
      String b = body.get(i);
      if (wordCount(b) > 60) {
        continue;
      }
      Matcher name = NAME.matcher(b);
      if (!name.lookingAt()) {
        continue;
      }
      String rest = b.substring(name.end());
      boolean bio = rest.matches("(?s) (is|was) (an? |the )?.*") && ROLE_WORD.matcher(rest).matches();
      boolean signature = rest.matches("(?s)\\s*[;,|-]\\s*.{0,100}") && ROLE_WORD.matcher(rest).matches()
          && !b.endsWith(".");
      if (bio || signature) {
        meta.offer(Field.AUTHOR, name.group(), bio ? "the author's biography" : "the author's signature",
            Priority.CONVENTION);
        body.remove(i);
        return;
      }
    }
  }

  private static String trimTrailingLowercase(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    while (end > 1 && !Character.isUpperCase(words[end - 1].charAt(0))) {
      end--;
    }
    return String.join(" ", java.util.Arrays.copyOf(words, end));
  }

  private static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
  }
}
