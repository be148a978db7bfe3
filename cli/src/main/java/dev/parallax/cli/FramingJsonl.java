package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.analysis.bias.FlaggedWord;
import dev.parallax.analysis.bias.SentenceFraming;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line protocol of {@code parallax framing --jsonl} (see {@code shared/eval/bias/README.md}):
 * one JSON object in per line, {@code {"id", "text", "targets": [{"start", "end"}]}}, one JSON
 * object out per line, in order and flushed, {@code {"id", "loaded", "loadedWords": [{"start",
 * "end", "text"}], "targets": [{"start", "end", "sentiment"}]}}. A line that cannot be read gets
 * {@code {}} (with its id when one could be read) and a message on standard error; nothing else
 * is printed on standard output.
 */
final class FramingJsonl {
  private final ObjectMapper json = new ObjectMapper();
  private final SentenceFraming framing;

  FramingJsonl(SentenceFraming framing) {
    this.framing = framing;
  }

  /** Answers every line of {@code in}; returns how many lines could not be read. */
  int run(BufferedReader in, PrintWriter out, PrintWriter err) throws IOException {
    int bad = 0;
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String answer;
      try {
        answer = answer(line);
      } catch (IllegalArgumentException | IOException e) {
        bad++;
        err.println("parallax framing: line " + number + ": " + e.getMessage());
        err.flush();
        answer = empty(line);
      }
      out.println(answer);
      out.flush();
    }
    return bad;
  }

  private String answer(String line) throws IOException {
    JsonNode in = json.readTree(line);
    if (in == null || !in.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode text = in.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("no \"text\" string");
    }
    List<SentenceFraming.Target> targets = new ArrayList<>();
    JsonNode ts = in.get("targets");
    if (ts != null && ts.isArray()) {
      for (JsonNode t : ts) {
        if (!t.path("start").isInt() || !t.path("end").isInt()) {
          throw new IllegalArgumentException("a target needs integer \"start\" and \"end\"");
        }
        targets.add(new SentenceFraming.Target(t.get("start").asInt(), t.get("end").asInt()));
      }
    }
    SentenceFraming.Result r = framing.assess(text.asText(), targets);
    ObjectNode out = json.createObjectNode();
    copyId(in, out);
    out.put("loaded", r.loaded());
    out.put("probability", Math.round(r.probability() * 1000) / 1000.0);
    ArrayNode words = out.putArray("loadedWords");
    for (FlaggedWord w : r.words()) {
      words.addObject().put("start", w.start()).put("end", w.end()).put("text", w.text()).put("category", w.category());
    }
    ArrayNode tout = out.putArray("targets");
    for (int i = 0; i < targets.size(); i++) {
      tout.addObject().put("start", targets.get(i).start()).put("end", targets.get(i).end())
          .put("sentiment", r.sentiments().get(i).name());
    }
    return json.writeValueAsString(out);
  }

  private String empty(String line) {
    ObjectNode out = json.createObjectNode();
    try {
      JsonNode in = json.readTree(line);
      if (in != null && in.isObject()) {
        copyId(in, out);
      }
    } catch (IOException e) {
      // The line is not JSON at all: the answer stays empty.
    }
    try {
      return json.writeValueAsString(out);
    } catch (IOException e) {
      return "{}";
    }
  }

  private static void copyId(JsonNode in, ObjectNode out) {
    JsonNode id = in.get("id");
    if (id != null && !id.isNull()) {
      out.set("id", id);
    }
  }
}
