package dev.parallax.analysis.text;

import java.util.Objects;

/**
 * The language a text is written in, as a {@link LanguageDetector} judged it.
 *
 * @param code the ISO 639-1 code where the language has one ({@code en}, {@code de}), otherwise
 *     its ISO 639-3 code ({@code ceb})
 * @param name the language's English name ("German"), or the code when it has no known name
 * @param confidence how sure the detector is, in [0, 1]
 */
public record Language(String code, String name, double confidence) {
  /** English, the language Parallax analyses. */
  public static final String ENGLISH = "en";

  public Language {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    Objects.requireNonNull(name, "name");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** True for English. */
  public boolean english() {
    return code.equals(ENGLISH);
  }
}
