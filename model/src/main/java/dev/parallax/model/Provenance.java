package dev.parallax.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a report was made: which tool and version, which models, which settings, which inputs.
 *
 * @param tool the tool's name, {@code parallax}
 * @param version the tool's version
 * @param generatedAt when the report was made, or null when the run asked for a reproducible
 *     report without a timestamp
 * @param models the models and data files used, sorted by name
 * @param settings the settings that change results, keys sorted
 * @param inputs every input file, analysed or not, in the order given
 */
public record Provenance(
    String tool,
    String version,
    Instant generatedAt,
    List<ModelInfo> models,
    Map<String, String> settings,
    List<InputFile> inputs) {

  public Provenance {
    Checks.nonBlank(tool, "tool");
    Checks.nonBlank(version, "version");
    models = Checks.list(models, "models");
    settings = Checks.sortedMap(settings, "settings");
    inputs = Checks.list(inputs, "inputs");
  }
}
