package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wordings of a denial {@link Denial} reads, and look-alikes it must leave alone. */
class DenialTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN was/AUX/be involved/VERB/involve ./PUNCT | INVOLVEMENT | denied",
    "Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET men/NOUN/man ./PUNCT | CLAIM | denied",
    "Israel/PROPN denied/VERB/deny attacking/VERB/attack the/DET hospital/NOUN ./PUNCT | INVOLVEMENT | denied",
    "The/DET military/NOUN has/AUX/have denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT | INVOLVEMENT | denied",
    "Israel/PROPN has/AUX/have denied/VERB/deny it/PRON was/AUX/be responsible/ADJ for/ADP the/DET blast/NOUN ./PUNCT | INVOLVEMENT | denied",
    "The/DET Taliban/PROPN strongly/ADV rejected/VERB/reject Pakistan's/PROPN claims/NOUN/claim ./PUNCT | ACCUSATION | rejected",
    "Morocco/PROPN ,/PUNCT however/ADV ,/PUNCT denied/VERB/deny the/DET accusations/NOUN/accusation ./PUNCT | ACCUSATION | denied",
    "Ruto/PROPN dismissed/VERB/dismiss reports/NOUN/report that/SCONJ over/ADP 20/NUM people/NOUN had/AUX/have died/VERB/die ./PUNCT | FIGURE | dismissed",
    "A/DET spokesperson/NOUN said/VERB/say the/DET casualty/NOUN numbers/NOUN/number were/AUX/be inflated/VERB/inflate ./PUNCT | FIGURE | inflated",
    "A/DET spokesman/NOUN said/VERB/say this/PRON is/AUX/be completely/ADV incorrect/ADJ ./PUNCT | PREVIOUS | incorrect",
    "There/PRON is/VERB/be no/DET evidence/NOUN that/SCONJ Ukraine/PROPN was/AUX/be involved/VERB/involve ./PUNCT | CLAIM | no evidence",
    "Kiev/PROPN has/VERB/have nothing/PRON to/PART do/VERB with/ADP the/DET attack/NOUN ./PUNCT | INVOLVEMENT | nothing",
    "However/ADV ,/PUNCT Israel/PROPN denied/VERB/deny attacking/ADP/attacking the/DET hospital/NOUN ./PUNCT | INVOLVEMENT | denied",
  })
  void readsDenials(String tagged, Denial.Kind kind, String cue) {
    HandStory story = new HandStory().entity("Ukraine", "ukraine", EntityType.PLACE);
    var b = story.claim("a", "Wire", tagged);
    var claim = story.context().claims().get(0);
    Denial d = Denial.of(claim);
    assertEquals(kind, d.kind(), b.text());
    assertEquals(cue, d.cue().text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Morocco/PROPN rejected/VERB/reject offers/NOUN/offer of/ADP aid/NOUN from/ADP France/PROPN ./PUNCT",
    "The/DET court/NOUN dismissed/VERB/dismiss the/DET case/NOUN ./PUNCT",
    "The/DET border/NOUN was/AUX/be not/PART open/ADJ ./PUNCT",
  })
  void leavesOtherSentencesAlone(String tagged) {
    HandStory story = new HandStory();
    story.claim("a", "Wire", tagged);
    assertNull(Denial.of(story.context().claims().get(0)));
  }

  /**
   * "No one did it", said by someone: a denial of a deed (and what it denies starts at the verb); not the
   * outlet's own "no one ...", a passive ("no one was hurt"), "no one said", or "no one of those ...".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Wire/said=a_spokesman: No/DET one/PRON used/VERB/use such/DET a/DET device/NOUN ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT | No one used",
    "Wire/said=police: Nobody/PRON fired/VERB/fire on/ADP the/DET crowd/NOUN ,/PUNCT police/NOUN/police said/VERB/say ./PUNCT | Nobody fired",
    "Wire: No/DET one/PRON used/VERB/use such/DET a/DET device/NOUN ./PUNCT | none",
    "Wire/said=police: No/DET one/PRON was/AUX/be injured/VERB/injure ,/PUNCT police/NOUN/police said/VERB/say ./PUNCT | none",
    "Wire/said=police: No/DET one/PRON said/VERB/say no/INTJ ,/PUNCT police/NOUN/police said/VERB/say ./PUNCT | none",
    "Wire/said=police: No/DET one/PRON of/ADP those/PRON arrested/VERB/arrest is/AUX/be a/DET student/NOUN ,/PUNCT police/NOUN/police said/VERB/say ./PUNCT | none",
    "Wire/said=police: No/DET one/PRON will/AUX/will be/AUX/be able/ADJ to/PART stop/VERB/stop us/PRON ,/PUNCT police/NOUN/police said/VERB/say ./PUNCT | none",
  })
  void readsThatNoOneDidIt(String spec, String expected) {
    HandStory story = new HandStory();
    story.says("a", spec);
    Denial d = Denial.of(story.context().claims().get(0));
    assertEquals(expected, d == null ? "none" : d.cue().text() + " " + d.content().get(0).text());
  }
}
