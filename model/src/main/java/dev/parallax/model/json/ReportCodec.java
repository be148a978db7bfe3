package dev.parallax.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.parallax.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Writes and reads {@code report.json}.
 *
 * <p>Output is deterministic: the same report gives the same bytes on every machine. Record fields
 * come in the order of the record's components, map keys are sorted, numbers use the JDK's
 * shortest round-trip form, lines end with {@code \n}, the text is UTF-8, and the file ends with
 * a newline. Null fields are written as {@code null}, so every field of the contract is present.
 *
 * <p>Reading ignores fields it does not know, so a reader built against this version can read
 * reports that later versions extend. It refuses a report of another schema version, and any
 * report whose spans do not cover the text they claim to (see {@link Report}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReportCodec {
  /** The classpath location of the JSON Schema of {@code report.json}. */
  public static final String SCHEMA_RESOURCE = "/dev/parallax/model/report.schema.json";

  private final ObjectMapper mapper;
  private final ObjectMapper lineMapper;

  /** A codec with the default settings described above. */
  public ReportCodec() {
    SimpleModule time = new SimpleModule("parallax-time");
    time.addSerializer(LocalDate.class, new ToStringSerializer<>(LocalDate.class));
    time.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class));
    time.addDeserializer(LocalDate.class, new ParsingDeserializer<>(LocalDate.class, LocalDate::parse));
    time.addDeserializer(Instant.class, new ParsingDeserializer<>(Instant.class, Instant::parse));
    this.lineMapper =
        JsonMapper.builder()
            .addModule(time)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.mapper = lineMapper.copy();
    this.mapper.setDefaultPrettyPrinter(printer);
    this.mapper.enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The report as indented JSON text, ending with a newline. */
  public String write(Report report) {
    try {
      return mapper.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes the report to {@code file} as UTF-8, replacing it. */
  public void write(Report report, Path file) throws IOException {
    Files.writeString(file, write(report), StandardCharsets.UTF_8);
  }

  /** Writes the report to {@code out}; the caller closes it. */
  public void write(Report report, Writer out) throws IOException {
    out.write(write(report));
    out.flush();
  }

  /**
   * Any value of this package (a mention, a claim) as one line of compact JSON without a newline,
   * in the same form as inside a report.
   */
  public String writeLine(Object value) {
    try {
      return lineMapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write value as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a value of this package from JSON text, as written by {@link #writeLine}. */
  public <T> T readValue(String json, Class<T> type) {
    try {
      return lineMapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a report from JSON text.
   *
   * @throws IllegalArgumentException when the text is not a report of schema version 1 or the
   *     report breaks one of its rules; the message says which
   */
  public Report read(String json) {
    try {
      return checked(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid report: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a report from a UTF-8 file. */
  public Report read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return checked(mapper.readTree(in));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not a valid report: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a report from a reader; the caller closes it. */
  public Report read(Reader in) throws IOException {
    try {
      return checked(mapper.readTree(in));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid report: " + e.getOriginalMessage(), e);
    }
  }

  /** The JSON Schema of {@code report.json}, as shipped in this jar. */
  public static String schema() {
    try (InputStream in = ReportCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the report schema is missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Report checked(JsonNode tree) throws JsonProcessingException {
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("not a valid report: the JSON text is not an object");
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null || version.isNull()) {
      throw new IllegalArgumentException("not a valid report: schemaVersion is missing");
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt()) {
      String shown = version.toString();
      throw new IllegalArgumentException("not a valid report: schemaVersion is "
          + (shown.length() > 40 ? shown.substring(0, 39) + "…" : shown) + ", not a whole number such as "
          + Report.SCHEMA_VERSION);
    }
    if (version.intValue() != Report.SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "unsupported report schemaVersion " + version.intValue() + "; this reader reads version "
              + Report.SCHEMA_VERSION);
    }
    try {
      return mapper.treeToValue(tree, Report.class);
    } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("not a valid report: " + cause.getMessage(), e);
    }
  }

  private static final class ToStringSerializer<T> extends StdSerializer<T> {
    ToStringSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class ParsingDeserializer<T> extends StdDeserializer<T> {
    private final java.util.function.Function<String, T> parse;

    ParsingDeserializer(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return parse.apply(text);
      } catch (DateTimeParseException e) {
        return ctxt.reportInputMismatch(handledType(), "not an ISO-8601 value: '%s'", text);
      }
    }
  }
}
