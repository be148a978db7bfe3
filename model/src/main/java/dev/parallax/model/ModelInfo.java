package dev.parallax.model;

/**
 * A model or data file the analysis used.
 *
 * @param name the file's name, such as {@code opennlp-en-ud-ewt-pos-1.3-2.5.4.bin}
 * @param artifact where it comes from, such as a Maven coordinate or a path in the repository
 * @param sha256 hex SHA-256 of its bytes, or null when not computed
 */
public record ModelInfo(String name, String artifact, String sha256) {

  public ModelInfo {
    Checks.nonBlank(name, "name");
    Checks.nonBlank(artifact, "artifact");
  }
}
