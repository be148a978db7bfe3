package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AgreementRule} over hand-built claims and aligner pairs: which pairs state one fact, and the
 * look-alikes (one voice, a claim and its denial, a polarity clash, one figure of two things) it must
 * leave alone.
 *
 * <p>Each row is a situation, up to four claims (in articles a, b, c and d unless a claim names its
 * article, each written as {@link HandStory#says}), the aligner's pairs and the rest of the story
 * ({@link HandStory#setup}) and what the rule finds: {@code agreement} and the ids of its claims, or
 * {@code none}. A pair's score is 0.35 cosine + 0.35 clause + 0.2 words (no who-did-what match).
 */
class AgreementRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // what it must find
    "a close pair from two outlets"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Post: Officials/NOUN/official declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN on/ADP Sunday/PROPN ./PUNCT"
        + " | | | a.c1~b.c1 0.80 0.80 0.50 | agreement a.c1 b.c1",
    "a looser pair, each the other's best match, anchored by shared words"
        + " | Wire: Rescuers/NOUN/rescuer pulled/VERB/pull survivors/NOUN/survivor from/ADP the/DET rubble/NOUN ./PUNCT"
        + " | Post: Survivors/NOUN/survivor were/AUX/be pulled/VERB/pull from/ADP collapsed/ADJ buildings/NOUN/building ./PUNCT"
        + " | | | a.c1~b.c1 0.40 0.40 0.30 | agreement a.c1 b.c1",
    "a looser pair anchored by the same date"
        + " | Wire: Rescuers/NOUN/rescuer reached/VERB/reach the/DET village/NOUN on/ADP August/PROPN 8/NUM ./PUNCT :: \"August 8\" date=2023-08-08"
        + " | Post: Help/NOUN/help arrived/VERB/arrive in/ADP the/DET valley/NOUN on/ADP August/PROPN 8/NUM ./PUNCT :: \"August 8\" date=2023-08-08"
        + " | | | a.c1~b.c1 0.44 0.44 0.20 | agreement a.c1 b.c1",
    "a looser pair anchored by an actor few claims name"
        + " | Wire: Morocco/PROPN thanked/VERB/thank the/DET rescuers/NOUN/rescuer ./PUNCT"
        + " | Post: Morocco/PROPN praised/VERB/praise the/DET volunteers/NOUN/volunteer ./PUNCT"
        + " | | | a.c1~b.c1 0.44 0.44 0.20 | agreement a.c1 b.c1",
    "two claims that both negate, one in a clause of its own"
        + " | Wire/negated: No/DET earthquakes/NOUN/earthquake have/AUX/have been/AUX/be stronger/ADJ/strong ./PUNCT"
        + " | Post: The/DET USGS/PROPN relays/VERB/relay that/SCONJ no/DET earthquakes/NOUN/earthquake have/AUX/have been/AUX/be stronger/ADJ/strong ./PUNCT"
        + " | | | a.c1~b.c1 0.80 0.85 0.60 | agreement a.c1 b.c1",
    "a clause that says the same of the same subject lifts a polarity clash"
        + " | Wire/negated: Hamas/PROPN fired/VERB/fire the/DET rocket/NOUN ,/PUNCT but/CCONJ no/DET one/NOUN was/AUX/be hurt/VERB/hurt ./PUNCT"
        + " | Post: Hamas/PROPN fired/VERB/fire the/DET rocket/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.75 0.90 0.60 | agreement a.c1 b.c1",
    "one figure of one thing"
        + " | Wire: At/ADP least/ADJ 11/NUM people/NOUN were/AUX/be killed/VERB/kill in/ADP the/DET attack/NOUN ./PUNCT :: \"At least 11\" 11 AT_LEAST deaths"
        + " | Post: The/DET attack/NOUN killed/VERB/kill 11/NUM people/NOUN ./PUNCT :: \"11\" 11 deaths"
        + " | | | a.c1~b.c1 0.70 0.70 0.50 | agreement a.c1 b.c1",
    "two denials of one kind by one party"
        + " | Wire: Ukraine/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET attack/NOUN ./PUNCT"
        + " | Post: Ukraine/PROPN has/AUX/have denied/VERB/deny any/DET role/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.30 0.30 0.10 | agreement a.c1 b.c1",
    "a distinctive figure both give, in claims the aligner scores low"
        + " | Wire: The/DET damage/NOUN is/AUX/be put/VERB/put at/ADP $5.6/NUM billion/NUM ./PUNCT :: \"$5.6 billion\" 5600000000 kind=MONEY unit=USD"
        + " | Post: Insurers/NOUN/insurer expect/VERB/expect losses/NOUN/loss of/ADP $5.6/NUM billion/NUM ./PUNCT :: \"$5.6 billion\" 5600000000 kind=MONEY unit=USD"
        + " | | | a.c1~b.c1 0.20 0.20 0.10 | agreement a.c1 b.c1",
    "one figure, a place one outlet leaves out"
        + " | Wire: Some/DET 2,700/NUM buildings/NOUN/building were/AUX/be damaged/VERB/damage in/ADP Lahore/PROPN ./PUNCT :: \"Some 2,700\" 2700 APPROXIMATE building:_damage place=Lahore"
        + " | Post: The/DET fire/NOUN destroyed/VERB/destroy about/ADV 2,700/NUM structures/NOUN/structure ./PUNCT :: \"about 2,700\" 2700 APPROXIMATE structure:_destroy"
        + " | | | a.c1~b.c1 0.20 0.20 0.10 | agreement a.c1 b.c1",
    "a claim with two figures agrees with one outlet on each"
        + " | Wire: The/DET 2,700/NUM buildings/NOUN/building damaged/VERB/damage are/AUX/be worth/ADJ $5.6/NUM billion/NUM ./PUNCT :: \"2,700\" 2700 building:_damage ;; \"$5.6 billion\" 5600000000 - kind=MONEY unit=USD"
        + " | Post: The/DET damage/NOUN is/AUX/be put/VERB/put at/ADP $5.6/NUM billion/NUM ./PUNCT :: \"$5.6 billion\" 5600000000 - kind=MONEY unit=USD"
        + " | Times: The/DET fire/NOUN destroyed/VERB/destroy 2,700/NUM structures/NOUN/structure ./PUNCT :: \"2,700\" 2700 structure:_destroy"
        + " | | a.c1~b.c1 0.24 0.24 0.30; a.c1~c.c1 0.23 0.23 0.12 | agreement a.c1 b.c1; agreement a.c1 c.c1",
    "a denying claim agrees on a clause that is not the denial"
        + " | Wire: Speaking/VERB/speak on/ADP Sunday/PROPN night/NOUN ,/PUNCT Yusov/PROPN dismissed/VERB/dismiss reports/NOUN/report that/SCONJ 20/NUM people/NOUN died/VERB/die ./PUNCT"
        + " | Post: Yusov/PROPN spoke/VERB/speak on/ADP television/NOUN on/ADP Sunday/PROPN night/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.45 0.55 0.20 frame=speak_/_speak | agreement a.c1 b.c1",
    "the same words about one thing named by synonyms"
        + " | Wire: The/DET council/NOUN approved/VERB/approve a/DET budget/NOUN for/ADP school/NOUN repairs/NOUN/repair ./PUNCT"
        + " | Post: The/DET council/NOUN approved/VERB/approve a/DET budget/NOUN for/ADP academy/NOUN repairs/NOUN/repair ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70; synonyms=school_academy | agreement a.c1 b.c1",
    "a claim agrees only with its two best matches in another article"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Post: A/DET state/NOUN of/ADP emergency/NOUN was/AUX/be declared/VERB/declare ./PUNCT"
        + " | b@Post: The/DET emergency/NOUN was/AUX/be declared/VERB/declare nationwide/ADV ./PUNCT"
        + " | b@Post: Officials/NOUN/official declared/VERB/declare a/DET curfew/NOUN ./PUNCT"
        + " | a.c1~b.c1 0.80 0.80 0.50; a.c1~b.c2 0.78 0.78 0.50; a.c1~b.c3 0.76 0.76 0.50 | agreement a.c1 b.c1 b.c2",
    "one fact told by three outlets"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Post: A/DET state/NOUN of/ADP emergency/NOUN was/AUX/be declared/VERB/declare ./PUNCT"
        + " | Times: Officials/NOUN/official declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.80 0.80 0.50; a.c1~c.c1 0.80 0.80 0.50; b.c1~c.c1 0.80 0.80 0.50 | agreement a.c1 b.c1 c.c1",

    // look-alikes it must leave alone
    "two claims of one outlet"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Wire: Officials/NOUN/official declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.80 0.80 0.50 | none",
    "two claims of one article"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | a@Wire: Officials/NOUN/official declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | | | a.c1~a.c2 0.80 0.80 0.50 | none",
    "a reprint of another article's copy"
        + " | Wire: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Post: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.95 0.95 0.90; reprint=b<a | none",
    "a claim and its denial"
        + " | Wire: Ukraine/PROPN was/AUX/be involved/VERB/involve in/ADP the/DET attack/NOUN ./PUNCT"
        + " | Post: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN was/AUX/be involved/VERB/involve in/ADP the/DET attack/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70 | none",
    "a claim and its denial, even when they state the same who-did-what"
        + " | Wire: Ukraine/PROPN was/AUX/be involved/VERB/involve in/ADP the/DET attack/NOUN ./PUNCT"
        + " | Post: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN was/AUX/be involved/VERB/involve in/ADP the/DET attack/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70 frame=involve_/_involve | none",
    "the same words about two different things"
        + " | Wire: The/DET council/NOUN approved/VERB/approve a/DET budget/NOUN for/ADP school/NOUN repairs/NOUN/repair ./PUNCT"
        + " | Post: The/DET council/NOUN approved/VERB/approve a/DET budget/NOUN for/ADP road/NOUN repairs/NOUN/repair ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70 | none",
    "one claim negates what the other asserts"
        + " | Wire: Hamas/PROPN fired/VERB/fire the/DET rocket/NOUN ./PUNCT"
        + " | Post/negated: Hamas/PROPN did/AUX/do not/PART fire/VERB/fire the/DET rocket/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70 | none",
    "a polarity clash without a verb to compare"
        + " | Wire: The/DET border/NOUN was/AUX/be open/ADJ ./PUNCT"
        + " | Post/negated: The/DET border/NOUN was/AUX/be not/PART open/ADJ ./PUNCT"
        + " | | | a.c1~b.c1 0.85 0.90 0.70 | none",
    "what must be done and what was done"
        + " | Wire/prescriptive: The/DET government/NOUN must/AUX/must declare/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | Post: The/DET government/NOUN declared/VERB/declare a/DET state/NOUN of/ADP emergency/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.80 0.80 0.50 | none",
    "the same figure of people in the capital and of policemen"
        + " | Wire: At/ADP least/ADJ 11/NUM people/NOUN were/AUX/be killed/VERB/kill in/ADP the/DET capital/NOUN ./PUNCT :: \"At least 11\" 11 AT_LEAST deaths place=the_capital"
        + " | Post: The/DET attack/NOUN killed/VERB/kill 11/NUM policemen/NOUN/policeman ./PUNCT :: \"11\" 11 deaths subgroup=policeman"
        + " | | | a.c1~b.c1 0.70 0.70 0.50 | none",
    "the same figure of two named measures"
        + " | Wire: 11/NUM people/NOUN were/AUX/be killed/VERB/kill in/ADP the/DET attack/NOUN ./PUNCT :: \"11\" 11 deaths"
        + " | Post: 11/NUM people/NOUN were/AUX/be injured/VERB/injure in/ADP the/DET attack/NOUN ./PUNCT :: \"11\" 11 injured"
        + " | | | a.c1~b.c1 0.70 0.70 0.50 | none",
    "a looser pair with no anchor"
        + " | Wire: Rescuers/NOUN/rescuer reached/VERB/reach the/DET village/NOUN ./PUNCT"
        + " | Post: Help/NOUN/help arrived/VERB/arrive in/ADP the/DET valley/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.44 0.44 0.20 | none",
    "two denials by different parties"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Hamas/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | | | a.c1~b.c1 0.30 0.30 0.10 | none",
    "a year both give is not a distinctive figure"
        + " | Wire: The/DET law/NOUN passed/VERB/pass in/ADP 2021/NUM ./PUNCT :: \"2021\" 2021"
        + " | Post: Elections/NOUN/election were/AUX/be held/VERB/hold in/ADP 2021/NUM ./PUNCT :: \"2021\" 2021"
        + " | | | a.c1~b.c1 0.20 0.20 0.10 | none",
    "a small figure both give is not a distinctive figure"
        + " | Wire: 12/NUM ministers/NOUN/minister resigned/VERB/resign ./PUNCT :: \"12\" 12"
        + " | Post: 12/NUM ships/NOUN/ship docked/VERB/dock ./PUNCT :: \"12\" 12"
        + " | | | a.c1~b.c1 0.20 0.20 0.10 | none",
    "figures more than 2% apart are not one distinctive figure"
        + " | Wire: The/DET fire/NOUN burned/VERB/burn 2,700/NUM acres/NOUN/acre ./PUNCT :: \"2,700\" 2700"
        + " | Post: Crews/NOUN/crew saved/VERB/save 2,800/NUM homes/NOUN/home ./PUNCT :: \"2,800\" 2800"
        + " | | | a.c1~b.c1 0.20 0.20 0.10 | none",
  })
  void findsOneFactInOtherWords(
      String situation, String a, String b, String c, String d, String setup, String expected) {
    HandStory story = story();
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    if (d != null) {
      story.says("d", d);
    }
    story.setup(setup);
    assertEquals(expected, summary(new AgreementRule().apply(story.context())), situation);
  }

  static HandStory story() {
    return new HandStory()
        .entity("Ukraine", "ukraine", EntityType.PLACE)
        .entity("Israel", "israel", EntityType.PLACE)
        .entity("Hamas", "hamas", EntityType.ORGANIZATION)
        .entity("Morocco", "morocco", EntityType.PLACE)
        .entity("USGS", "usgs", EntityType.ORGANIZATION)
        .entity("Yusov", "yusov", EntityType.PERSON);
  }

  /** Each finding as its kind and its claims' ids, sorted. */
  static String summary(List<Draft> drafts) {
    List<String> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<String> ids = new ArrayList<>();
      for (AlignableClaim c : d.claims()) {
        ids.add(c.id());
      }
      ids.sort(null);
      out.add(d.kind().name().toLowerCase(Locale.ROOT) + " " + String.join(" ", ids));
    }
    return out.isEmpty() ? "none" : String.join("; ", out);
  }
}
