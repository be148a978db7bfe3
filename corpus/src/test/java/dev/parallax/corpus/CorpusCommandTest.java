package dev.parallax.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's checks that come before Spark starts. */
class CorpusCommandTest {
  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CorpusCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aWebAddressIsRefusedWithAMessage() {
    Run r = run("https://example.org/archive.jsonl", "-o", temp.resolve("out").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("never goes online"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void anOutputThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(temp.resolve("taken"), "x");
    Run r = run(temp.toString(), "-o", file.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("-o takes a folder"), r.err());
  }

  @Test
  void theOutputFolderIsRequired() {
    Run r = run(temp.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--output"), r.err());
  }
}
