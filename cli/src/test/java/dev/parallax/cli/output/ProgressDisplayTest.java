package dev.parallax.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress display against a clock the test moves by hand. */
class ProgressDisplayTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong(1_000);

  private ProgressDisplay display(boolean enabled) {
    return new ProgressDisplay(new PrintWriter(err), now::get, enabled);
  }

  private void advance(long millis) {
    now.addAndGet(millis * 1_000_000L);
  }

  @Test
  void aShortRunShowsNothing() {
    try (ProgressDisplay d = display(true)) {
      d.progress("read", 1, 5);
      advance(1_900);
      d.progress("analyse", 3, 5);
    }
    assertEquals("", err.toString());
  }

  @Test
  void aLongRunShowsTheStageAndErasesItWhenDone() {
    ProgressDisplay d = display(true);
    advance(2_500);
    d.progress("analyse", 3, 12);
    assertEquals("\r\u001b[Kparallax: analysing sentences [######..................] 3/12", err.toString());
    d.close();
    assertTrue(err.toString().endsWith("\r\u001b[K"), "erased");
  }

  @Test
  void redrawsAtMostTenTimesASecondExceptForANewStageOrTheEnd() {
    ProgressDisplay d = display(true);
    advance(3_000);
    d.progress("encode", 1, 100);
    d.progress("encode", 2, 100);
    advance(50);
    d.progress("encode", 3, 100);
    assertEquals(1, draws(), "throttled");
    advance(60);
    d.progress("encode", 4, 100);
    assertEquals(2, draws());
    d.progress("encode", 100, 100);
    d.progress("claims", 10, 10);
    assertEquals(4, draws(), "the end of a stage and a new stage always show");
  }

  @Test
  void offTheTerminalItStaysSilent() {
    try (ProgressDisplay d = display(false)) {
      advance(10_000);
      d.progress("read", 1, 1);
    }
    assertEquals("", err.toString());
  }

  @Test
  void lineForUnknownStagesAndTotals() {
    assertEquals("parallax: something …", ProgressDisplay.line("something", 0, 0));
    assertEquals("parallax: aligning claims [########################] 1/1", ProgressDisplay.line("align", 1, 1));
  }

  private int draws() {
    return err.toString().split("\r\u001b\\[K", -1).length - 1;
  }
}
