package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ContradictionRule} over hand-built claims: opposite polarity on one clause's predicate,
 * antonyms, and the look-alikes it must leave alone (a negation in another clause, other subjects or
 * objects, hedges, denials, light verbs).
 *
 * <p>Each row is a situation, up to three claims (in articles a, b and c unless a claim names its
 * article, each written as {@link HandStory#says}), the aligner's pairs and the rest of the story
 * ({@link HandStory#setup}: synonyms and antonyms the stub thesaurus knows) and what the rule finds:
 * {@code contradiction} and the ids of its claims, or {@code none}. The polarity the rule reads is
 * that of each predicate's own clause, from the tokens; a claim's own polarity does not enter.
 */
class ContradictionRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // what it must find
    "one predicate, asserted and negated, of the same subject and object"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Police/NOUN/police did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | contradiction a.c1 b.c1",
    "a negation in the predicate's own clause"
        + " | Wire: The/DET protest/NOUN did/AUX/do not/PART end/VERB/end peacefully/ADV on/ADP Sunday/PROPN ,/PUNCT and/CCONJ police/NOUN/police made/VERB/make arrests/NOUN/arrest ./PUNCT"
        + " | Post: The/DET protest/NOUN ended/VERB/end peacefully/ADV on/ADP Sunday/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | contradiction a.c1 b.c1",
    "WordNet synonyms are one predicate"
        + " | Wire: Morocco/PROPN rejected/VERB/reject offers/NOUN/offer of/ADP aid/NOUN ./PUNCT"
        + " | Post: Morocco/PROPN has/AUX/have not/PART refused/VERB/refuse any/DET support/NOUN or/CCONJ offer/NOUN ./PUNCT"
        + " | | synonyms=reject_refuse | contradiction a.c1 b.c1",
    "a predicate in a clause after the main one"
        + " | Wire: This/PRON comes/VERB/come after/SCONJ Morocco/PROPN rejected/VERB/reject offers/NOUN/offer of/ADP aid/NOUN ./PUNCT"
        + " | Post: Morocco/PROPN did/AUX/do not/PART reject/VERB/reject offers/NOUN/offer of/ADP aid/NOUN ./PUNCT"
        + " | | | contradiction a.c1 b.c1",
    "aligned claims that share the object"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest dozens/NOUN/dozen of/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post: Officers/NOUN/officer did/AUX/do not/PART arrest/VERB/arrest any/DET protesters/NOUN/protester ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.70 0.40 | contradiction a.c1 b.c1",
    "a vague subject with the same actors around both"
        + " | Wire: Much/ADJ/much has/AUX/have changed/VERB/change in/ADP Kabul/PROPN ./PUNCT"
        + " | Post: Policy/NOUN/policy in/ADP Kabul/PROPN has/AUX/have not/PART changed/VERB/change ./PUNCT"
        + " | | | contradiction a.c1 b.c1",
    "one opposition told by three outlets is one finding"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Police/NOUN/police did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Times: Police/NOUN/police never/ADV arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | contradiction a.c1 b.c1 c.c1",
    "antonyms of aligned claims with one subject"
        + " | Wire: Prices/NOUN/price rose/VERB/rise in/ADP May/PROPN ./PUNCT"
        + " | Post: Prices/NOUN/price fell/VERB/fall in/ADP May/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40; antonyms=rise_fall | contradiction a.c1 b.c1",

    // look-alikes it must leave alone
    "a negation in another clause"
        + " | Wire: The/DET protest/NOUN ended/VERB/end peacefully/ADV on/ADP Sunday/PROPN ,/PUNCT and/CCONJ there/PRON were/VERB/be no/DET arrests/NOUN/arrest ./PUNCT"
        + " | Post: The/DET protest/NOUN ended/VERB/end peacefully/ADV on/ADP Sunday/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.80 0.90 0.60 | none",
    "the same predicate, asserted by both"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Police/NOUN/police arrested/VERB/arrest dozens/NOUN/dozen of/ADP protesters/NOUN/protester ./PUNCT"
        + " | | a.c1~b.c1 0.80 0.80 0.60 | none",
    "different predicates that the thesaurus does not join"
        + " | Wire: Morocco/PROPN rejected/VERB/reject offers/NOUN/offer of/ADP aid/NOUN ./PUNCT"
        + " | Post: Morocco/PROPN has/AUX/have not/PART refused/VERB/refuse any/DET support/NOUN or/CCONJ offer/NOUN ./PUNCT"
        + " | | | none",
    "different subjects, claims not aligned"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Soldiers/NOUN/soldier did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | none",
    "different objects, claims aligned but not closely"
        + " | Wire: Kabul/PROPN accepted/VERB/accept Pakistani/ADJ support/NOUN ./PUNCT"
        + " | Post: Kabul/PROPN has/AUX/have not/PART accepted/VERB/accept the/DET border/NOUN line/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.30 | none",
    "two claims of one article"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | a@Wire: Police/NOUN/police did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | none",
    "a reprint of another article's copy"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Police/NOUN/police did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | reprint=b<a | none",
    "a hedged claim"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post/hedged: Police/NOUN/police may/AUX/may not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | none",
    "a prescriptive claim"
        + " | Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post/prescriptive: Police/NOUN/police must/AUX/must not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | none",
    "a denial is the dispute rule's"
        + " | Wire: Israel/PROPN struck/VERB/strike the/DET hospital/NOUN ./PUNCT"
        + " | Post: Israel/PROPN did/AUX/do not/PART strike/VERB/strike the/DET hospital/NOUN ,/PUNCT and/CCONJ rejected/VERB/reject the/DET accusation/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | none",
    "'not only' does not negate"
        + " | Wire: Police/NOUN/police not/PART only/ADV arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | Post: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT"
        + " | | | none",
    "a light verb says too little"
        + " | Wire: The/DET city/NOUN has/VERB/have power/NOUN ./PUNCT"
        + " | Post: The/DET city/NOUN does/AUX/do not/PART have/VERB/have power/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.80 0.80 0.60 | none",
    "a vague subject without shared actors"
        + " | Wire: Much/ADJ/much has/AUX/have changed/VERB/change ./PUNCT"
        + " | Post: Policy/NOUN/policy has/AUX/have not/PART changed/VERB/change ./PUNCT"
        + " | | | none",
    "antonyms of different subjects"
        + " | Wire: Prices/NOUN/price rose/VERB/rise in/ADP May/PROPN ./PUNCT"
        + " | Post: Wages/NOUN/wage fell/VERB/fall in/ADP May/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40; antonyms=rise_fall | none",
    "antonyms in claims the aligner keeps apart"
        + " | Wire: Prices/NOUN/price rose/VERB/rise in/ADP May/PROPN ./PUNCT"
        + " | Post: Prices/NOUN/price fell/VERB/fall in/ADP May/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.40 0.40 0.40; antonyms=rise_fall | none",
    "an antonym negated says the same"
        + " | Wire: Prices/NOUN/price rose/VERB/rise in/ADP May/PROPN ./PUNCT"
        + " | Post: Prices/NOUN/price did/AUX/do not/PART fall/VERB/fall in/ADP May/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40; antonyms=rise_fall | none",
    "words the thesaurus does not know as antonyms"
        + " | Wire: Prices/NOUN/price rose/VERB/rise in/ADP May/PROPN ./PUNCT"
        + " | Post: Prices/NOUN/price fell/VERB/fall in/ADP May/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | none",
    // calm and disorder
    "an event that passed without incident and the same event ended in clashes"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP major/ADJ incident/NOUN on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | Post: The/DET march/NOUN ended/VERB/end in/ADP clashes/NOUN/clash with/ADP police/NOUN/police on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | | | contradiction a.c1 b.c1",
    "an event that ended peacefully and the same event descended into violence"
        + " | Wire: The/DET rally/NOUN ended/VERB/end peacefully/ADV ./PUNCT"
        + " | Post: The/DET rally/NOUN descended/VERB/descend into/ADP violence/NOUN ./PUNCT"
        + " | | | contradiction a.c1 b.c1",
    // calm and disorder: look-alikes
    "calm and disorder of two events"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP major/ADJ incident/NOUN ./PUNCT"
        + " | Post: The/DET rally/NOUN ended/VERB/end in/ADP clashes/NOUN/clash ./PUNCT"
        + " | | | none",
    "calm and disorder on two days"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP major/ADJ incident/NOUN on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | Post: The/DET march/NOUN ended/VERB/end in/ADP clashes/NOUN/clash on/ADP Monday/PROPN ./PUNCT :: \"Monday\" date=2025-11-10"
        + " | | | none",
    "disorder denied says the same"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP major/ADJ incident/NOUN ./PUNCT"
        + " | Post: The/DET march/NOUN did/AUX/do not/PART end/VERB/end in/ADP clashes/NOUN/clash ./PUNCT"
        + " | | | none",
    "without something that is not trouble"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP a/DET permit/NOUN ./PUNCT"
        + " | Post: The/DET march/NOUN ended/VERB/end in/ADP clashes/NOUN/clash ./PUNCT"
        + " | | | none",
    "calm and disorder told by one outlet"
        + " | Wire: The/DET march/NOUN passed/VERB/pass without/ADP major/ADJ incident/NOUN ./PUNCT"
        + " | Wire: The/DET march/NOUN ended/VERB/end in/ADP clashes/NOUN/clash ./PUNCT"
        + " | | | none",
  })
  void findsOppositeStatementsOfOneThing(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, contradictions(a, b, c, setup), situation);
  }

  /**
   * Objects written as proper nouns: "the Durand Line" is an object as much as "Pakistani support" is,
   * so claims aligned but not closely that share the subject but not the object do not contradict.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "different objects, one a proper noun, claims aligned but not closely"
        + " | Wire: Kabul/PROPN accepted/VERB/accept Pakistani/ADJ support/NOUN ./PUNCT"
        + " | Post: Kabul/PROPN has/AUX/have not/PART accepted/VERB/accept the/DET Durand/PROPN Line/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.30 | none",
  })
  void leavesProperNounObjectsApart(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, contradictions(a, b, c, setup), situation);
  }

  @Test
  void itsCuesAreBothPredicatesAndTheWordThatNegatesOne() {
    HandStory story = new HandStory();
    story.says("a", "Wire: Police/NOUN/police arrested/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT");
    story.says("b", "Post: Police/NOUN/police did/AUX/do not/PART arrest/VERB/arrest the/DET protesters/NOUN/protester ./PUNCT");
    story.setup(null);
    List<Draft> drafts = new ContradictionRule().apply(story.context());
    assertEquals(1, drafts.size());
    assertEquals(List.of("a arrested predicate", "b arrest negated predicate", "b not negation"),
        drafts.get(0).cues().stream().map(e -> e.articleId() + " " + e.text() + " " + e.label()).toList());
  }

  private static String contradictions(String a, String b, String c, String setup) {
    HandStory story = new HandStory()
        .entity("Morocco", "morocco", EntityType.PLACE)
        .entity("Kabul", "kabul", EntityType.PLACE)
        .entity("Israel", "israel", EntityType.PLACE);
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    story.setup(setup);
    return AgreementRuleTest.summary(new ContradictionRule().apply(story.context()));
  }
}
