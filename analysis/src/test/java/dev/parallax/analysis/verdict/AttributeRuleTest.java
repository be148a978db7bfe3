package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AttributeRule} over hand-built claims: one thing told with attributes that exclude each
 * other (ranks over one span of time, one figure dated to different days, a closed list against a
 * longer one, "X, not Y"), and the look-alikes it must leave alone.
 *
 * <p>Each row is a situation, up to three claims (in articles a, b and c unless a claim names its
 * article, each written as {@link HandStory#says}), the rest of the story ({@link HandStory#setup}:
 * publication dates, which set the year spans like "in a century" count back from) and what the rule
 * finds: each contradiction's topic and the ids of its claims, or {@code none}.
 */
class AttributeRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // ranks
    "second-deadliest and deadliest over the same span"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP the/DET last/ADJ 100/NUM years/NOUN/year ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP more/ADJ/more than/ADP a/DET century/NOUN ./PUNCT"
        + " | | published=a:2023-08-12; published=b:2023-08-12 | rank: deadliest fire (a.c1 b.c1)",
    "a rank written as two words"
        + " | Wire: It/PRON was/AUX/be the/DET third/ADJ deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | rank: deadliest fire (a.c1 b.c1)",
    "the first since a year against the first over a span that reaches before it"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN since/SCONJ 2004/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN in/ADP more/ADJ/more than/ADP 60/NUM years/NOUN/year ./PUNCT"
        + " | | published=a:2023-09-10; published=b:2023-09-10 | rank: deadliest earthquake (a.c1 b.c1)",
    "second-deadliest and deadliest in one year"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP 2023/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP 2023/NUM ./PUNCT"
        + " | | | rank: deadliest fire (a.c1 b.c1)",
    // ranks: look-alikes
    "'one of the deadliest' gives no rank"
        + " | Wire: It/PRON was/AUX/be one/NUM of/ADP the/DET deadliest/ADJ/deadly fires/NOUN/fire in/ADP history/NOUN ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | none",
    "the same rank"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN on/ADP record/NOUN ./PUNCT"
        + " | | | none",
    "ranks of different things"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | none",
    "ranks in different places"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP California/PROPN ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP Oregon/PROPN ./PUNCT"
        + " | | | none",
    "ranks over different spans"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP ten/NUM years/NOUN/year ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP a/DET century/NOUN ./PUNCT"
        + " | | published=a:2023-08-12; published=b:2023-08-12 | none",
    "the first since a year and the first over a shorter span"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN since/SCONJ 2004/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN in/ADP ten/NUM years/NOUN/year ./PUNCT"
        + " | | published=a:2023-09-10; published=b:2023-09-10 | none",
    "a rank in one year and a rank in history"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP 2023/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN ever/ADV ./PUNCT"
        + " | | published=a:2023-08-12; published=b:2023-08-12 | none",
    "ranks in different years"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP 2022/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP 2023/NUM ./PUNCT"
        + " | | | none",
    "the first since a year and the first in an earlier year"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN since/SCONJ 2004/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN in/ADP 1990/NUM ./PUNCT"
        + " | | published=a:2023-09-10; published=b:2023-09-10 | none",
    "ranks of one outlet"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | none",
    "a negated rank"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | Post/negated: It/PRON was/AUX/be not/PART the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | none",

    // days
    "one figure dated to different days"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Monday timeKey=day:2023-10-16"
        + " | Post: On/ADP Tuesday/PROPN night/NOUN ,/PUNCT a/DET blast/NOUN killed/VERB/kill 500/NUM people/NOUN ./PUNCT :: \"500\" 500 deaths time=on_Tuesday_night timeKey=day:tuesday"
        + " | | | day of deaths, on Monday (a.c1 b.c1)",
    "one figure dated to dates a few days apart"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP October/PROPN 16/NUM ./PUNCT :: \"500\" 500 deaths time=on_October_16 timeKey=day:2023-10-16"
        + " | Post: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP October/PROPN 17/NUM ./PUNCT :: \"500\" 500 deaths time=on_October_17 timeKey=day:2023-10-17"
        + " | | | day of deaths, on October 16 (a.c1 b.c1)",
    // days: look-alikes
    "one figure of one day, as a date and as a weekday"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP October/PROPN 16/NUM ./PUNCT :: \"500\" 500 deaths time=on_October_16 timeKey=day:2023-10-16"
        + " | Post: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Monday timeKey=day:monday"
        + " | | | none",
    "different figures of different days"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Monday timeKey=day:2023-10-16"
        + " | Post: 40/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Tuesday/PROPN ./PUNCT :: \"40\" 40 deaths time=on_Tuesday timeKey=day:2023-10-17"
        + " | | | none",
    "days weeks apart"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP October/PROPN 16/NUM ./PUNCT :: \"500\" 500 deaths time=on_October_16 timeKey=day:2023-10-16"
        + " | Post: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP November/PROPN 6/NUM ./PUNCT :: \"500\" 500 deaths time=on_November_6 timeKey=day:2023-11-06"
        + " | | | none",
    "a day and an undated figure"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Monday timeKey=day:2023-10-16"
        + " | Post: 500/NUM people/NOUN were/AUX/be killed/VERB/kill ./PUNCT :: \"500\" 500 deaths"
        + " | | | none",
    "days of one outlet"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Monday timeKey=day:2023-10-16"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill on/ADP Tuesday/PROPN ./PUNCT :: \"500\" 500 deaths time=on_Tuesday timeKey=day:tuesday"
        + " | | | none",
    "one figure of different places on different days"
        + " | Wire: 500/NUM people/NOUN were/AUX/be killed/VERB/kill in/ADP Gaza/PROPN on/ADP Monday/PROPN ./PUNCT :: \"500\" 500 deaths place=Gaza time=on_Monday timeKey=day:2023-10-16"
        + " | Post: 500/NUM people/NOUN were/AUX/be killed/VERB/kill in/ADP Israel/PROPN on/ADP Tuesday/PROPN ./PUNCT :: \"500\" 500 deaths place=Israel time=on_Tuesday timeKey=day:2023-10-17"
        + " | | | none",

    // closed lists
    "a list closed by 'only' against a longer one"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP Spain/PROPN ,/PUNCT the/DET United_Kingdom/PROPN ,/PUNCT Qatar/PROPN and/CCONJ the/DET United_Arab_Emirates/PROPN only/ADV ./PUNCT"
        + " | Post: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP China/PROPN ,/PUNCT Spain/PROPN ,/PUNCT the/DET United_Kingdom/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | | | who: accept (a.c1 b.c1)",
    "'only' before the list, and a synonym of its verb"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP only/ADV Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN received/VERB/receive aid/NOUN from/ADP Spain/PROPN ,/PUNCT Qatar/PROPN and/CCONJ China/PROPN ./PUNCT"
        + " | | synonyms=accept_receive | who: accept (a.c1 b.c1)",
    // closed lists: look-alikes
    "two open lists"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP Spain/PROPN ,/PUNCT the/DET United_Kingdom/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP China/PROPN ,/PUNCT Spain/PROPN ,/PUNCT the/DET United_Kingdom/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | | | none",
    "'not only' does not close a list"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN not/PART only/ADV from/ADP Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP Spain/PROPN ,/PUNCT Qatar/PROPN and/CCONJ China/PROPN ./PUNCT"
        + " | | | none",
    "a closed list and a shorter one"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP Spain/PROPN ,/PUNCT Qatar/PROPN and/CCONJ China/PROPN only/ADV ./PUNCT"
        + " | Post: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | | | none",
    "lists after different verbs"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP only/ADV Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN refused/VERB/refuse aid/NOUN from/ADP Spain/PROPN ,/PUNCT Qatar/PROPN and/CCONJ China/PROPN ./PUNCT"
        + " | | | none",
    "lists that share one name"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP only/ADV Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP Spain/PROPN and/CCONJ China/PROPN ./PUNCT"
        + " | | | none",
    "lists of one outlet"
        + " | Wire: Morocco/PROPN accepted/VERB/accept help/NOUN from/ADP only/ADV Spain/PROPN and/CCONJ Qatar/PROPN ./PUNCT"
        + " | Wire: Morocco/PROPN accepted/VERB/accept aid/NOUN from/ADP Spain/PROPN ,/PUNCT Qatar/PROPN and/CCONJ China/PROPN ./PUNCT"
        + " | | | none",

    // not this one
    "'X, not Y' against another outlet's 'towards Y'"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head to/ADP Belarus/PROPN ,/PUNCT not/PART Ukraine/PROPN ./PUNCT"
        + " | Post: The/DET fighters/NOUN/fighter moved/VERB/move towards/ADP Ukraine/PROPN ./PUNCT"
        + " | | | where: Belarus or Ukraine (a.c1 b.c1)",
    // not this one: look-alikes
    "the other outlet names Y without a direction"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head to/ADP Belarus/PROPN ,/PUNCT not/PART Ukraine/PROPN ./PUNCT"
        + " | Post: The/DET fighters/NOUN/fighter were/AUX/be seen/VERB/see in/ADP Ukraine/PROPN ./PUNCT"
        + " | | | none",
    "the other outlet gives X as well"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head to/ADP Belarus/PROPN ,/PUNCT not/PART Ukraine/PROPN ./PUNCT"
        + " | Post: The/DET fighters/NOUN/fighter moved/VERB/move towards/ADP Belarus/PROPN ./PUNCT"
        + " | | | none",
    "the other outlet denies the direction"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head to/ADP Belarus/PROPN ,/PUNCT not/PART Ukraine/PROPN ./PUNCT"
        + " | Post/negated: The/DET fighters/NOUN/fighter did/AUX/do not/PART move/VERB/move towards/ADP Ukraine/PROPN ./PUNCT"
        + " | | | none",
    "'not' without the comma"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head not/PART Ukraine/PROPN but/CCONJ Belarus/PROPN ./PUNCT"
        + " | Post: The/DET fighters/NOUN/fighter moved/VERB/move towards/ADP Ukraine/PROPN ./PUNCT"
        + " | | | none",
    "'X, not Y' and 'towards Y' in one outlet"
        + " | Wire: Wagner/PROPN fighters/NOUN/fighter headed/VERB/head to/ADP Belarus/PROPN ,/PUNCT not/PART Ukraine/PROPN ./PUNCT"
        + " | Wire: The/DET fighters/NOUN/fighter moved/VERB/move towards/ADP Ukraine/PROPN ./PUNCT"
        + " | | | none",
  })
  void findsConflictingAttributesOfOneThing(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, contradictions(a, b, c, setup), situation);
  }

  /**
   * Ranks when no article has a publication date: a span in years ("in ten years", "in a century")
   * needs the year to count back from, so without it the span has a length but no start. It is not
   * all of history, nor a span that reaches before 2004; only another span counted back, of about the
   * same length, is the same span. The rows with dates are in the table above.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "ranks over different spans, articles undated"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP ten/NUM years/NOUN/year ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP a/DET century/NOUN ./PUNCT"
        + " | | | none",
    "the first since a year and the first over a shorter span, articles undated"
        + " | Wire: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN since/SCONJ 2004/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly earthquake/NOUN in/ADP ten/NUM years/NOUN/year ./PUNCT"
        + " | | | none",
    "a rank over a span counted back and a rank in history, articles undated"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP ten/NUM years/NOUN/year ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP history/NOUN ./PUNCT"
        + " | | | none",
    "a rank in one year and a rank in history, articles undated"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP 2023/NUM ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN ever/ADV ./PUNCT"
        + " | | | none",
    "second-deadliest and deadliest over spans of one length, articles undated"
        + " | Wire: It/PRON was/AUX/be the/DET second-deadliest/ADJ/second-deadliest fire/NOUN in/ADP the/DET last/ADJ 100/NUM years/NOUN/year ./PUNCT"
        + " | Post: It/PRON was/AUX/be the/DET deadliest/ADJ/deadly fire/NOUN in/ADP more/ADJ/more than/ADP a/DET century/NOUN ./PUNCT"
        + " | | | rank: deadliest fire (a.c1 b.c1)",
  })
  void readsSpansWithoutAPublicationYear(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, contradictions(a, b, c, setup), situation);
  }

  /**
   * People, winners, venues and days of one event: one person named with an office and with the
   * deputy's office, two people who won one definite thing, one event held at two places of one owner or
   * told as a whole on two days; and the look-alikes (an office with a place before it, a name without an
   * office, a prize won by one person, "won a prize", two owners, a phase of the event, an indefinite
   * subject, one day written two ways).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // titles
    "one person with an office and with the deputy's office"
        + " | Wire: Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | Post: Deputy/PROPN Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | | | title of Ana Lind (a.c1 b.c1)",
    "an office with a place before it"
        + " | Wire: Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | Post: State/PROPN Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | | | none",
    "a name without an office"
        + " | Wire: Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | Post: Deputy/PROPN Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | | | none",
    "the office and the deputy's office of two people"
        + " | Wire: Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | Post: Deputy/PROPN Governor/PROPN Marek/PROPN Sohn/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | | | none",
    "both offices in one outlet"
        + " | Wire: Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | Wire: Deputy/PROPN Governor/PROPN Ana/PROPN Lind/PROPN opened/VERB/open the/DET fair/NOUN ./PUNCT"
        + " | | | none",
    // winners
    "two people who won the same prize"
        + " | Wire: Ana/PROPN Lind/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | Post: Marek/PROPN Sohn/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | | | who won the prize for the best film (a.c1 b.c1)",
    "one person who won the prize, in two outlets"
        + " | Wire: Ana/PROPN Lind/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | Post: Governor/PROPN Ana/PROPN Lind/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | | | none",
    "two people who each won a prize"
        + " | Wire: Ana/PROPN Lind/PROPN won/VERB/win a/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | Post: Marek/PROPN Sohn/PROPN won/VERB/win a/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | | | none",
    "two people who won different prizes"
        + " | Wire: Ana/PROPN Lind/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good film/NOUN ./PUNCT"
        + " | Post: Marek/PROPN Sohn/PROPN won/VERB/win the/DET prize/NOUN for/ADP the/DET best/ADJ/good song/NOUN ./PUNCT"
        + " | | | none",
    "two people who won the seats"
        + " | Wire: Ana/PROPN Lind/PROPN won/VERB/win the/DET seats/NOUN/seat ./PUNCT"
        + " | Post: Marek/PROPN Sohn/PROPN won/VERB/win the/DET seats/NOUN/seat ./PUNCT"
        + " | | | none",
    // venues
    "one event held at two places of one town"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN old/ADJ market/NOUN square/NOUN ./PUNCT"
        + " | Post: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden/PROPN 's/PART riverside/ADJ park/NOUN ./PUNCT"
        + " | | | where: fair (a.c1 b.c1)",
    "one place in more words and fewer"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN old/ADJ market/NOUN square/NOUN ./PUNCT"
        + " | Post: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN market/NOUN square/NOUN ./PUNCT"
        + " | | | none",
    "places of two towns"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN old/ADJ market/NOUN square/NOUN ./PUNCT"
        + " | Post: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Bree's/PROPN riverside/ADJ park/NOUN ./PUNCT"
        + " | | | none",
    "two events at two places"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN old/ADJ market/NOUN square/NOUN ./PUNCT"
        + " | Post: The/DET concert/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN riverside/ADJ park/NOUN ./PUNCT"
        + " | | | none",
    "an indefinite subject"
        + " | Wire: A/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN old/ADJ market/NOUN square/NOUN ./PUNCT"
        + " | Post: The/DET fair/NOUN was/AUX/be held/VERB/hold in/ADP Arden's/PROPN riverside/ADJ park/NOUN ./PUNCT"
        + " | | | none",
    // days of one event
    "one event told as a whole on two days"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP Saturday/PROPN ./PUNCT :: \"Saturday\" date=2025-11-08"
        + " | Post: The/DET fair/NOUN took/VERB/take place/NOUN on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | | | day of the fair (a.c1 b.c1)",
    "the end of the event on another day"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP Saturday/PROPN ./PUNCT :: \"Saturday\" date=2025-11-08"
        + " | Post: The/DET fair/NOUN ended/VERB/end on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | | | none",
    "one day as a weekday and as a date"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP Saturday/PROPN ./PUNCT :: \"Saturday\" date=2025-11-08"
        + " | Post: The/DET fair/NOUN took/VERB/take place/NOUN on/ADP November/PROPN 8/NUM ./PUNCT :: \"November 8\" date=2025-11-08"
        + " | | | none",
    "days weeks apart"
        + " | Wire: The/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP November/PROPN 8/NUM ./PUNCT :: \"November 8\" date=2025-11-08"
        + " | Post: The/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP December/PROPN 6/NUM ./PUNCT :: \"December 6\" date=2025-12-06"
        + " | | | none",
    "an event of a kind held on two days"
        + " | Wire: A/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP Saturday/PROPN ./PUNCT :: \"Saturday\" date=2025-11-08"
        + " | Post: A/DET fair/NOUN was/AUX/be held/VERB/hold on/ADP Sunday/PROPN ./PUNCT :: \"Sunday\" date=2025-11-09"
        + " | | | none",
  })
  void findsConflictingPeoplePlacesAndDaysOfOneEvent(String situation, String a, String b, String c, String setup,
      String expected) {
    HandStory story = new HandStory()
        .entity("Ana Lind", "ana lind", EntityType.PERSON)
        .entity("Governor Ana Lind", "governor ana lind", EntityType.PERSON)
        .entity("Deputy Governor Ana Lind", "deputy governor ana lind", EntityType.PERSON)
        .entity("State Governor Ana Lind", "state governor ana lind", EntityType.PERSON)
        .entity("Marek Sohn", "marek sohn", EntityType.PERSON)
        .entity("Deputy Governor Marek Sohn", "deputy governor marek sohn", EntityType.PERSON)
        .entity("Arden", "arden", EntityType.PLACE);
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    story.setup(setup);
    assertEquals(expected, summary(new AttributeRule().apply(story.context())), situation);
  }

  private static String contradictions(String a, String b, String c, String setup) {
    HandStory story = new HandStory()
        .entity("California", "california", EntityType.PLACE)
        .entity("Oregon", "oregon", EntityType.PLACE)
        .entity("Gaza", "gaza", EntityType.PLACE)
        .entity("Israel", "israel", EntityType.PLACE)
        .entity("Morocco", "morocco", EntityType.PLACE)
        .entity("Spain", "spain", EntityType.PLACE)
        .entity("United Kingdom", "united-kingdom", EntityType.PLACE)
        .entity("Qatar", "qatar", EntityType.PLACE)
        .entity("United Arab Emirates", "uae", EntityType.PLACE)
        .entity("China", "china", EntityType.PLACE)
        .entity("Wagner", "wagner", EntityType.ORGANIZATION)
        .entity("Belarus", "belarus", EntityType.PLACE)
        .entity("Ukraine", "ukraine", EntityType.PLACE);
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    story.setup(setup);
    return summary(new AttributeRule().apply(story.context()));
  }

  /** Each finding as its topic and its claims' ids, sorted. */
  static String summary(List<Draft> drafts) {
    List<String> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<String> ids = new ArrayList<>();
      for (AlignableClaim c : d.claims()) {
        ids.add(c.id());
      }
      ids.sort(null);
      out.add(d.topic() + " (" + String.join(" ", ids) + ")");
    }
    return out.isEmpty() ? "none" : String.join("; ", out);
  }
}
