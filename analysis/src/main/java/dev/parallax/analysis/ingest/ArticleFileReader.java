package dev.parallax.analysis.ingest;

import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code .txt}, {@code .md}, {@code .html} and {@code .json} articles.
 *
 * <p>The steps: bytes are checked (size, binary content) and decoded ({@link TextDecoder}); the
 * format's parser gives blocks and metadata (front matter, HTML metadata, JSON fields); characters
 * are normalized; glued words are repaired; the text's own metadata conventions are read and their
 * lines removed ({@link MetadataConventions}); page furniture is removed ({@link Furniture}); a
 * {@code NAME.meta.json} beside the file overrides everything. Thread-safe.
 */
public final class ArticleFileReader implements DocumentReader {
  /** Files larger than this are skipped by default: no news article is this long. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final OutletRegistry outlets;
  private final GluedWordRepairer glue;
  private final MetadataConventions conventions;
  private final long maxBytes;

  public ArticleFileReader(OutletRegistry outlets, WordNetLexicon lexicon, long maxBytes) {
    this.outlets = outlets;
    this.glue = new GluedWordRepairer(lexicon);
    this.conventions = new MetadataConventions(outlets);
    this.maxBytes = maxBytes;
  }

  /** A reader with the built-in outlet registry, the shared lexicon and the default size limit. */
  public ArticleFileReader() {
    this(OutletRegistry.builtIn(), WordNetLexicon.shared(), DEFAULT_MAX_BYTES);
  }

  /** True for the file names this reader reads (by extension), excluding {@code *.meta.json} sidecars. */
  public static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".meta.json")) {
      return false;
    }
    return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md") || name.endsWith(".markdown")
        || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".json");
  }

  @Override
  public ReadOutcome read(Path file, String source) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new ReadOutcome.Rejected(source, "too-large",
            source + " is " + megabytes(size) + "; files over " + megabytes(maxBytes)
                + " are not read as articles (raise the limit with --max-file-size)", null, size);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new ReadOutcome.Rejected(source, "missing", source + " does not exist", null, -1);
    } catch (IOException e) {
      return new ReadOutcome.Rejected(source, "unreadable", source + " cannot be read: " + e.getMessage(), null, -1);
    }
    String sha = sha256(bytes);
    if (bytes.length == 0) {
      return new ReadOutcome.Rejected(source, "empty-file", source + " is empty", sha, 0);
    }
    Optional<String> binary = TextDecoder.binaryKind(bytes);
    if (binary.isPresent()) {
      return new ReadOutcome.Rejected(source, "binary",
          source + " is " + binary.get() + ", not text; save the article as .txt, .md, .html or .json", sha, bytes.length);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (decoded.warning() != null) {
      diagnostics.add(new Diagnostic(Severity.WARNING, "encoding", source, source + ": " + decoded.warning()));
    }
    if (decoded.text().isBlank()) {
      return new ReadOutcome.Rejected(source, "empty-file", source + " has only white space", sha, bytes.length);
    }
    Metadata meta = new Metadata();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<String> blocks;
    try {
      blocks = parse(name, Characters.normalize(decoded.text()), meta);
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Rejected(source, "not-an-article", source + ": " + e.getMessage(), sha, bytes.length);
    }
    if (blocks == null) {
      return new ReadOutcome.Rejected(source, "not-an-article",
          source + " is JSON but not an article: it needs an object with a 'text' (or 'body', 'content') field",
          sha, bytes.length);
    }
    List<String> normalized = new ArrayList<>(blocks.size());
    for (String b : blocks) {
      String n = Blocks.collapse(Characters.normalize(b).replace('\n', ' '));
      if (!n.isEmpty()) {
        normalized.add(n);
      }
    }
    List<String> repaired = glue.repair(normalized);
    List<String> body = Furniture.remove(conventions.apply(Furniture.remove(repaired), meta));
    try {
      SidecarMetadata.read(file, meta, outlets);
    } catch (IllegalArgumentException | IOException e) {
      diagnostics.add(new Diagnostic(Severity.WARNING, "bad-metadata-file", source,
          source + ": its .meta.json file was ignored: " + e.getMessage()));
    }
    String text = String.join("\n\n", body);
    if (text.isBlank()) {
      return new ReadOutcome.Rejected(source, "no-text",
          source + " has no article text once scripts, styles and page furniture are removed", sha, bytes.length);
    }
    String outlet = meta.text(Field.OUTLET);
    return new ReadOutcome.Accepted(
        new Document(source, sha, bytes.length, meta.text(Field.TITLE), outlet == null ? null : outlets.canonical(outlet),
            meta.text(Field.AUTHOR), meta.date(), meta.text(Field.URL), text, meta.origins(), diagnostics));
  }

  /** The blocks of the file's body, or null for JSON that is not an article. */
  private List<String> parse(String name, String text, Metadata meta) {
    if (name.endsWith(".json")) {
      return JsonArticleParser.parse(text, meta).orElse(null);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(text)) {
      return HtmlArticleParser.parse(text, meta);
    }
    String body = FrontMatter.read(text, meta, outlets);
    boolean markdown = name.endsWith(".md") || name.endsWith(".markdown");
    List<String> blocks = Blocks.ofPlainText(body, markdown);
    return markdown ? MarkdownText.strip(blocks) : blocks;
  }

  private static boolean looksLikeHtml(String text) {
    String head = text.stripLeading().substring(0, Math.min(200, text.stripLeading().length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
