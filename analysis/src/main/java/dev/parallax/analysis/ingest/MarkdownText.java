package dev.parallax.analysis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text from Markdown blocks: headings, list markers, quote markers, emphasis, code marks,
 * images and link targets are removed; link texts stay.
 */
final class MarkdownText {
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
  private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>]+)>");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private MarkdownText() {}

  static List<String> strip(List<String> blocks) {
    List<String> out = new ArrayList<>();
    boolean fence = false;
    for (String b : blocks) {
      if (b.startsWith("```") || b.startsWith("~~~")) {
        fence = !fence;
        continue;
      }
      if (fence || b.matches("\\[[^\\]]+\\]:\\s*\\S+.*") || b.matches("[-*_]{3,}") || b.startsWith("<!--")) {
        continue;
      }
      String s = b.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "");
      s = s.replaceFirst("^(>\\s*)+", "").replaceFirst("^([-*+]|\\d{1,3}[.)])\\s+", "");
      s = IMAGE.matcher(s).replaceAll("");
      s = LINK.matcher(s).replaceAll("$1");
      s = REF_LINK.matcher(s).replaceAll("$1");
      s = AUTOLINK.matcher(s).replaceAll("$1");
      s = CODE.matcher(s).replaceAll("$1");
      for (int i = 0; i < 2; i++) {
        s = EMPHASIS.matcher(s).replaceAll("$2");
      }
      s = s.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
