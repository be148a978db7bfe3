package dev.parallax.analysis.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text: honours a byte-order mark (UTF-8, UTF-16), reads UTF-8 strictly,
 * falls back to Windows-1252 with a warning when the bytes are not valid UTF-8, and recognizes
 * binary files (images, PDFs, archives, anything with NUL bytes that is not UTF-16).
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The decoded text.
   *
   * @param text the characters, without a byte-order mark
   * @param encoding the encoding used
   * @param warning a sentence about a degraded reading, or null
   */
  record Decoded(String text, String encoding, String warning) {}

  private TextDecoder() {}

  /** What kind of binary file the bytes are, if they are one: "a PDF file", "binary data". */
  static Optional<String> binaryKind(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return Optional.of("a PDF file");
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return Optional.of("a PNG image");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("a JPEG image");
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return Optional.of("a GIF image");
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of("a ZIP archive (or an Office document)");
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("a gzip archive");
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return Optional.of("an executable");
    }
    if (bom(b) != null || utf16Guess(b) != null) {
      return Optional.empty();
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return Optional.of("binary data");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 10 > n ? Optional.of("binary data") : Optional.empty();
  }

  static Decoded decode(byte[] b) {
    Charset bom = bom(b);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(b, skip, b.length - skip, bom), bom.name(), null);
    }
    Charset utf16 = utf16Guess(b);
    if (utf16 != null) {
      return new Decoded(new String(b, utf16), utf16.name(),
          "the file has no byte-order mark; it was read as " + utf16.name() + " because of its NUL bytes");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return new Decoded(text, "UTF-8", null);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(b, WINDOWS_1252), "windows-1252",
          "the file is not valid UTF-8; it was read as Windows-1252, so some characters may be wrong");
    }
  }

  private static Charset bom(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes are NUL in ASCII-heavy text. */
  private static Charset utf16Guess(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenNul++;
      }
      if (b[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul * 10 >= pairs * 7 && evenNul * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 10 >= pairs * 7 && oddNul * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
