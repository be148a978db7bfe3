package dev.parallax.analysis.ingest;

import com.google.common.hash.Hashing;
import dev.parallax.analysis.ingest.Metadata.Field;
import dev.parallax.analysis.ingest.Metadata.Priority;
import dev.parallax.analysis.lexicon.WordNetLexicon;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
 *
 * <p>Two limits keep one odd file from stalling a run. A file over {@code maxBytes} is not read at
 * all; a file whose cleaned text has more than {@code maxWords} words is not analysed. The second is
 * the one that matters for time: a saved page can be many megabytes of markup around a short article,
 * but every word of text costs analysis time, and no news article has a hundred thousand words. Both
 * skips say which option raises the limit.
 */
public final class ArticleFileReader implements DocumentReader {
  /** Files larger than this are skipped by default: no news article is this long. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Texts with more words than this are skipped by default: about a hundred long news articles. */
  public static final int DEFAULT_MAX_WORDS = 100_000;

  /** A stretch of this many words without a full stop, question or exclamation mark gets a warning. */
  static final int UNPUNCTUATED_WORDS = 1_000;

  private final OutletRegistry outlets;
  private final GluedWordRepairer glue;
  private final MetadataConventions conventions;
  private final long maxBytes;
  private final int maxWords;

  /**
   * @param maxBytes files larger than this are skipped; positive
   * @param maxWords texts with more words than this are skipped; positive
   */
  public ArticleFileReader(OutletRegistry outlets, WordNetLexicon lexicon, long maxBytes, int maxWords) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    if (maxWords <= 0) {
      throw new IllegalArgumentException("maxWords must be positive, got " + maxWords);
    }
    this.outlets = outlets;
    this.glue = new GluedWordRepairer(lexicon);
    this.conventions = new MetadataConventions(outlets);
    this.maxBytes = maxBytes;
    this.maxWords = maxWords;
  }

  /** A reader with the default word limit. */
  public ArticleFileReader(OutletRegistry outlets, WordNetLexicon lexicon, long maxBytes) {
    this(outlets, lexicon, maxBytes, DEFAULT_MAX_WORDS);
  }

  /** A reader with the built-in outlet registry, the shared lexicon and the default limits. */
  public ArticleFileReader() {
    this(OutletRegistry.builtIn(), WordNetLexicon.shared(), DEFAULT_MAX_BYTES, DEFAULT_MAX_WORDS);
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

  /**
   * {@inheritDoc}
   *
   * <p>Should reading fail for a reason this class did not foresee (a bug), the file is rejected
   * with code {@code read-failed} and the error's message, and the other files are read as usual.
   */
  @Override
  public ReadOutcome read(Path file, String source) {
    try {
      return readOrThrow(file, source);
    } catch (RuntimeException | StackOverflowError e) {
      String m = e.getMessage();
      return new ReadOutcome.Rejected(source, "read-failed", source + " could not be read: "
          + e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m) + " (please report it)", null, -1);
    }
  }

  private ReadOutcome readOrThrow(Path file, String source) {
    byte[] bytes;
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        return new ReadOutcome.Rejected(source, "not-a-file", source + " is " + kind(file, attrs)
            + ", not a regular file; only regular files are read as articles", null, -1);
      }
      long size = attrs.size();
      if (size > maxBytes) {
        return tooLarge(source, size);
      }
      bytes = readAtMost(file, maxBytes);
      if (bytes == null) {
        return tooLarge(source, -1);
      }
    } catch (NoSuchFileException e) {
      return new ReadOutcome.Rejected(source, "missing", source + (Files.isSymbolicLink(file)
          ? " is a link to a file that does not exist" : " does not exist"), null, -1);
    } catch (IOException e) {
      return new ReadOutcome.Rejected(source, "unreadable", source + " cannot be read: " + reason(e), null, -1);
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
    String characters = Characters.normalize(decoded.text());
    if (characters.isBlank()) {
      return new ReadOutcome.Rejected(source, "empty-file", source + " has only white space", sha, bytes.length);
    }
    Metadata meta = new Metadata();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<String> blocks;
    try {
      blocks = parse(name, characters, meta);
    } catch (IllegalArgumentException e) {
      return new ReadOutcome.Rejected(source, "not-an-article", source + ": " + e.getMessage(), sha, bytes.length);
    }
    if (blocks == null) {
      return new ReadOutcome.Rejected(source, "not-an-article",
          source + " is JSON but not an article: it needs an object with a 'text' (or 'body', 'content') field",
          sha, bytes.length);
    }
    boolean oddCharacters = blocks.stream().anyMatch(Characters::hasLoneSurrogate);
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
          source + ": its .meta.json file was ignored: " + (e instanceof IOException io ? reason(io) : e.getMessage())));
    }
    if (oddCharacters || meta.replacedCharacters()) {
      diagnostics.add(new Diagnostic(Severity.WARNING, "bad-characters", source, source + " has characters that are "
          + "not valid Unicode (lone surrogates, such as &#xD800; or \\ud800); each was replaced with U+FFFD"));
    }
    String text = String.join("\n\n", body);
    if (text.isBlank()) {
      return new ReadOutcome.Rejected(source, "no-text",
          source + " has no article text once scripts, styles and page furniture are removed", sha, bytes.length);
    }
    int words = Document.words(text);
    if (words > maxWords) {
      return new ReadOutcome.Rejected(source, "too-long",
          source + " has " + thousands(words) + " words of text; texts over " + thousands(maxWords)
              + " words are not analysed as articles (raise the limit with --max-words)", sha, bytes.length);
    }
    int unpunctuated = longestUnpunctuatedRun(text);
    if (unpunctuated >= UNPUNCTUATED_WORDS) {
      diagnostics.add(new Diagnostic(Severity.WARNING, "no-punctuation", source,
          source + " has a passage of " + thousands(unpunctuated) + " words without a full stop; it is analysed in "
              + "sentence-sized pieces, so claims from it may begin or end mid-sentence"));
    }
    String outlet = meta.text(Field.OUTLET);
    return new ReadOutcome.Accepted(
        new Document(source, sha, bytes.length, meta.text(Field.TITLE), outlet == null ? null : outlets.canonical(outlet),
            meta.text(Field.AUTHOR), meta.date(), meta.text(Field.URL), text, meta.origins(), diagnostics));
  }

  private ReadOutcome tooLarge(String source, long size) {
    return new ReadOutcome.Rejected(source, "too-large",
        source + (size < 0 ? " grew past " + megabytes(maxBytes) + " while it was read" : " is " + megabytes(size))
            + "; files over " + megabytes(maxBytes) + " are not read as articles (raise the limit with --max-file-size)",
        null, size);
  }

  /**
   * The bytes of {@code file}, or null when it holds more than {@code limit}: the size a file system
   * states is not trusted, since a file can grow while it is read.
   */
  static byte[] readAtMost(Path file, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
      return bytes.length > limit ? null : bytes;
    }
  }

  /**
   * What a path that is not a regular file is: "a FIFO (named pipe)", "a device", "a socket". A FIFO
   * would make a read wait for ever, a device such as /dev/zero would never end, so neither is opened.
   */
  static String kind(Path file, BasicFileAttributes attrs) {
    if (attrs.isDirectory()) {
      return "a folder";
    }
    try {
      Object mode = Files.getAttribute(file, "unix:mode");
      if (mode instanceof Integer m) {
        switch (m & 0170000) {
          case 0010000:
            return "a FIFO (named pipe)";
          case 0020000:
            return "a character device";
          case 0060000:
            return "a block device";
          case 0140000:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view: say it in general terms
    }
    return "a device, FIFO or socket";
  }

  /**
   * Why an I/O operation failed, in words, never just the file's name (which is all the message of
   * some exceptions holds).
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (e instanceof NotDirectoryException) {
      return "part of its path is a file, not a folder";
    }
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) {
        return f.getReason();
      }
      return e.getClass().getSimpleName();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
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

  /** The most words in a row without a full stop, question mark or exclamation mark. */
  static int longestUnpunctuatedRun(String text) {
    int longest = 0;
    int run = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean w = Character.isLetterOrDigit(c);
      if (w && !inWord) {
        run++;
        longest = Math.max(longest, run);
      }
      inWord = w;
      if (c == '.' || c == '?' || c == '!' || c == '\u3002') {
        run = 0;
      }
    }
    return longest;
  }

  private static String thousands(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
