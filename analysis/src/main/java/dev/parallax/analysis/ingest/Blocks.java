package dev.parallax.analysis.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into blocks (paragraphs, headings, list items): one block per line, except that
 * hard-wrapped text (most lines close to one width) has the lines of each paragraph joined.
 */
final class Blocks {
  private Blocks() {}

  /** Blocks of {@code text}, each trimmed with inner runs of spaces collapsed; blank lines dropped. */
  static List<String> ofPlainText(String text, boolean joinWrappedLines) {
    String[] lines = text.split("\n", -1);
    boolean wrapped = joinWrappedLines || hardWrapped(lines);
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = collapse(raw);
      if (line.isEmpty()) {
        flush(blocks, current);
        continue;
      }
      if (!wrapped || startsNewBlock(line)) {
        flush(blocks, current);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      if (!wrapped) {
        flush(blocks, current);
      }
    }
    flush(blocks, current);
    return blocks;
  }

  /** A list item or a Markdown heading or quote starts a block even inside wrapped text. */
  private static boolean startsNewBlock(String line) {
    return line.startsWith("#") || line.startsWith("- ") || line.startsWith("* ") || line.startsWith("> ")
        || line.matches("\\d{1,3}[.)] .*");
  }

  /**
   * True when the text looks hard-wrapped: at least five lines, and four in five non-blank lines
   * that are not the last of their paragraph are within 30% of the longest line, itself at most 100
   * characters.
   */
  static boolean hardWrapped(String[] lines) {
    int[] lengths = Arrays.stream(lines).map(String::strip).mapToInt(String::length).filter(n -> n > 0).toArray();
    if (lengths.length < 5) {
      return false;
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    int width = sorted[(int) Math.floor(sorted.length * 0.9) - (sorted.length >= 10 ? 0 : 1)];
    if (width > 100 || width < 30) {
      return false;
    }
    int inner = 0;
    int near = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || lines[i + 1].isBlank()) {
        continue;
      }
      inner++;
      if (line.length() >= width * 0.7) {
        near++;
      }
    }
    return inner >= 4 && near * 5 >= inner * 4;
  }

  static String collapse(String s) {
    return s.strip().replaceAll(" {2,}", " ");
  }

  private static void flush(List<String> blocks, StringBuilder current) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }
}
