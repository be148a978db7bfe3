package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.analysis.quantity.QuantityExtractor;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.json.ReportCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The JSON-lines protocol of {@code parallax quantities --jsonl} (see
 * {@code shared/eval/quantities/README.md}): one request per input line, {@code {"id", "text",
 * "referenceDate"?}}, and exactly one answer line per request, in the same order, {@code {"id",
 * "mentions": [...]}}, flushed at once.
 *
 * <p>Mentions carry the field names of {@link QuantityMention}; their offsets are counted in
 * Unicode code points of the request's text, as the protocol says (the extractor itself counts
 * UTF-16 units). A line that cannot be read still gets an answer, with no mentions, and one
 * message on the error stream; nothing but answers is written to the output.
 */
final class QuantitiesProtocol {
  private final QuantityExtractor extractor;
  private final ReportCodec codec = new ReportCodec();
  private final ObjectMapper json = new ObjectMapper();

  QuantitiesProtocol(QuantityExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Answers every line of {@code in} on {@code out} until the input ends.
   *
   * @return the number of lines that could not be read
   */
  int run(BufferedReader in, PrintWriter out, PrintWriter err) throws IOException {
    int bad = 0;
    int n = 0;
    String line;
    while ((line = in.readLine()) != null) {
      n++;
      Answer a = answer(line);
      if (a.problem != null) {
        bad++;
        err.println("parallax quantities: line " + n + ": " + a.problem);
        err.flush();
      }
      out.println(a.line);
      out.flush();
    }
    return bad;
  }

  /** An answer line, and what was wrong with the request (null when nothing was). */
  record Answer(String line, String problem) {}

  /** The answer to one request line. */
  Answer answer(String line) {
    JsonNode request;
    try {
      request = json.readTree(line);
    } catch (JsonProcessingException e) {
      return new Answer(empty(NullNode.getInstance()), "not JSON: " + e.getOriginalMessage());
    }
    if (request == null || !request.isObject()) {
      return new Answer(empty(NullNode.getInstance()), "not a JSON object");
    }
    JsonNode id = request.has("id") ? request.get("id") : NullNode.getInstance();
    JsonNode text = request.get("text");
    if (text == null || !text.isTextual()) {
      return new Answer(empty(id), "no \"text\" string");
    }
    LocalDateTime reference;
    try {
      reference = reference(request.get("referenceDate"));
    } catch (DateTimeParseException e) {
      return new Answer(empty(id), "referenceDate is not an ISO date or date-time: " + request.get("referenceDate"));
    }
    List<QuantityMention> mentions;
    try {
      mentions = extractor.extract(text.asText(), reference);
    } catch (RuntimeException e) {
      return new Answer(empty(id), "the extractor failed: " + e);
    }
    return new Answer(line(id, text.asText(), mentions), null);
  }

  /** "2016-11-07T16:12:00", "2016-11-07T16:12" or "2016-11-07"; null or absent gives null. */
  static LocalDateTime reference(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String s = node.asText();
    if (s.length() == 10) {
      return LocalDate.parse(s).atStartOfDay();
    }
    return LocalDateTime.parse(s);
  }

  private String line(JsonNode id, String text, List<QuantityMention> mentions) {
    StringBuilder b = new StringBuilder(64 + 200 * mentions.size());
    b.append("{\"id\":").append(write(id)).append(",\"mentions\":[");
    for (int k = 0; k < mentions.size(); k++) {
      QuantityMention m = mentions.get(k);
      ObjectNode node;
      try {
        node = (ObjectNode) json.readTree(codec.writeLine(m));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot re-read a mention as JSON", e);
      }
      int start = text.codePointCount(0, m.start());
      node.put("start", start);
      node.put("end", start + text.codePointCount(m.start(), m.end()));
      if (k > 0) {
        b.append(',');
      }
      b.append(write(node));
    }
    return b.append("]}").toString();
  }

  private String empty(JsonNode id) {
    return "{\"id\":" + write(id) + ",\"mentions\":[]}";
  }

  private String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
