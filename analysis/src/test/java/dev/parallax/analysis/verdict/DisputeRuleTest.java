package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DisputeRule} over hand-built claims: a denial ({@link Denial}) and the claims it answers, in
 * one article or in other outlets, and the look-alikes it must leave alone (a denial with nothing to
 * answer, the denier's own claim, a place named where an actor is wanted, hedged or negated claims).
 *
 * <p>Each row is a situation, up to three claims (in articles a, b and c unless a claim names its
 * article, each written as {@link HandStory#says}), the aligner's pairs ({@link HandStory#setup}) and
 * what the rule finds: {@code dispute} and the ids of its claims, or {@code none}.
 */
class DisputeRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // accusations
    "an accusation and its denial in one article"
        + " | Wire: Islamabad/PROPN accused/VERB/accuse the/DET Taliban/PROPN of/ADP harboring/VERB/harbor militants/NOUN/militant ./PUNCT"
        + " | a@Wire: The/DET Taliban/PROPN strongly/ADV rejected/VERB/reject Pakistan's/PROPN claims/NOUN/claim ./PUNCT"
        + " | | | dispute a.c1 a.c2",
    "an accusation and its denial in two outlets"
        + " | Wire: Islamabad/PROPN accused/VERB/accuse the/DET Taliban/PROPN of/ADP harboring/VERB/harbor militants/NOUN/militant ./PUNCT"
        + " | Post: The/DET Taliban/PROPN strongly/ADV rejected/VERB/reject Pakistan's/PROPN claims/NOUN/claim ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    "a denial of the accusations without naming the accuser"
        + " | Wire: Algeria/PROPN accused/VERB/accuse Morocco/PROPN of/ADP hostile/ADJ acts/NOUN/act ./PUNCT"
        + " | Post: Morocco/PROPN has/AUX/have denied/VERB/deny the/DET accusations/NOUN/accusation ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    // accusations: look-alikes
    "a denial with no claim to answer"
        + " | Wire: The/DET Taliban/PROPN strongly/ADV rejected/VERB/reject Pakistan's/PROPN claims/NOUN/claim ./PUNCT"
        + " | Post: Talks/NOUN/talk between/ADP the/DET two/NUM countries/NOUN/country resumed/VERB/resume ./PUNCT"
        + " | | | none",
    "an accusation and a denial by someone else"
        + " | Wire: Algeria/PROPN accused/VERB/accuse Morocco/PROPN of/ADP hostile/ADJ acts/NOUN/act ./PUNCT"
        + " | Post: Spain/PROPN denied/VERB/deny the/DET accusations/NOUN/accusation ./PUNCT"
        + " | | | none",
    "an accusation and its denial by one outlet, in two articles"
        + " | Wire: Islamabad/PROPN accused/VERB/accuse the/DET Taliban/PROPN of/ADP harboring/VERB/harbor militants/NOUN/militant ./PUNCT"
        + " | Wire: The/DET Taliban/PROPN strongly/ADV rejected/VERB/reject Pakistan's/PROPN claims/NOUN/claim ./PUNCT"
        + " | | | none",
    "a group that claims to fight the denier does not accuse it"
        + " | Wire: The/DET group/NOUN/group claimed/VERB/claim to/PART be/AUX/be fighting/VERB/fight Israel/PROPN ./PUNCT"
        + " | Post: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | | | none",
    "a claim that the denier did it is an accusation"
        + " | Wire: The/DET group/NOUN/group claimed/VERB/claim that/SCONJ Israel/PROPN struck/VERB/strike the/DET hospital/NOUN ./PUNCT"
        + " | Post: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    "a rejected offer is not a denial"
        + " | Wire: France/PROPN offered/VERB/offer aid/NOUN to/ADP Morocco/PROPN ./PUNCT"
        + " | Post: Morocco/PROPN rejected/VERB/reject offers/NOUN/offer of/ADP aid/NOUN from/ADP France/PROPN ./PUNCT"
        + " | | a.c1~b.c1 0.80 0.80 0.60 | none",

    // involvement
    "a denial of involvement and another outlet's claim that names the denier"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Israel/PROPN struck/VERB/strike the/DET hospital/NOUN ,/PUNCT killing/VERB/kill 471/NUM people/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.50 0.50 0.30 | dispute a.c1 b.c1",
    "one denial an outlet repeats word for word is one finding"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Israel/PROPN struck/VERB/strike the/DET hospital/NOUN ,/PUNCT killing/VERB/kill 471/NUM people/NOUN ./PUNCT"
        + " | a@Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | a.c1~b.c1 0.50 0.50 0.30; a.c2~b.c1 0.50 0.50 0.30 | dispute a.c1 b.c1",
    "a denial of involvement and another outlet's accusation"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Hamas/PROPN blamed/VERB/blame Israel/PROPN for/ADP the/DET blast/NOUN at/ADP the/DET hospital/NOUN ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    "a denial that the one named was involved"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN was/AUX/be involved/VERB/involve in/ADP the/DET attack/NOUN ./PUNCT"
        + " | Post: Russia/PROPN blamed/VERB/blame Ukraine/PROPN for/ADP the/DET attack/NOUN ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    // involvement: look-alikes
    "the denier named only as a place"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: A/DET rocket/NOUN fell/VERB/fall in/ADP Israel/PROPN after/ADP the/DET blast/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | none",
    "the denier's own account"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Israel/PROPN said/VERB/say a/DET misfired/ADJ rocket/NOUN hit/VERB/hit the/DET hospital/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | none",
    "a claim the denier is cited for"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post/said=Israeli_officials: A/DET misfired/ADJ rocket/NOUN hit/VERB/hit the/DET hospital/NOUN ,/PUNCT according/VERB/accord to/ADP Israeli/ADJ officials/NOUN/official ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | none",
    "the same claim, not cited to the denier"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: A/DET misfired/ADJ rocket/NOUN hit/VERB/hit the/DET hospital/NOUN ,/PUNCT according/VERB/accord to/ADP Israeli/ADJ officials/NOUN/official ./PUNCT"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | dispute a.c1 b.c1",
    "a claim that names the denier but speaks of something else"
        + " | Wire: Israel/PROPN denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Israel/PROPN closed/VERB/close its/PRON border/NOUN crossings/NOUN/crossing ./PUNCT"
        + " | | a.c1~b.c1 0.15 0.15 0.00 | none",

    // statements
    "a denial that something happened and another outlet that says it did"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post: Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ,/PUNCT officials/NOUN/official said/VERB/say ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | dispute a.c1 b.c1",
    "no evidence, against another outlet's claim"
        + " | Wire: There/PRON is/VERB/be no/DET evidence/NOUN that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post: Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | dispute a.c1 b.c1",
    // statements: look-alikes
    "a close claim about another actor"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post: Russia/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | none",
    "a hedged claim"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post/hedged: Ukraine/PROPN may/AUX/may have/AUX/have sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | none",
    "a negated claim says what the denial says"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post/negated: Ukraine/PROPN did/AUX/do not/PART send/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | | a.c1~b.c1 0.70 0.80 0.50 | none",
    "two denials"
        + " | Wire: Yusov/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | Post: Kyiv/PROPN denied/VERB/deny that/SCONJ Ukraine/PROPN sent/VERB/send the/DET drones/NOUN/drone ./PUNCT"
        + " | | a.c1~b.c1 0.90 0.90 0.80 | none",

    // deeds no one did, and things whose reports are dismissed
    "no one did what another outlet says someone did"
        + " | Wire: Police/NOUN/police fired/VERB/fire live/ADJ rounds/NOUN/round at/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post/said=a_spokesman: No/DET one/PRON fired/VERB/fire live/ADJ rounds/NOUN/round ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    "no one used such a thing, named before in the denying article"
        + " | Wire: Police/NOUN/police used/VERB/use a/DET water/NOUN cannon/NOUN on/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post: Witnesses/NOUN/witness say/VERB/say police/NOUN/police used/VERB/use a/DET water/NOUN cannon/NOUN ./PUNCT"
        + " | b@Post/said=a_spokesman: No/DET one/PRON used/VERB/use such/DET a/DET device/NOUN ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT"
        + " | | dispute a.c1 b.c2",
    "reports of a thing dismissed as fake, and another outlet's claim that has it as its object"
        + " | Wire: Police/NOUN/police used/VERB/use a/DET water/NOUN cannon/NOUN on/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post: The/DET chief/NOUN dismissed/VERB/dismiss the/DET reports/NOUN/report of/ADP a/DET water/NOUN cannon/NOUN as/ADP fake/ADJ ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    // deeds and things: look-alikes
    "no one did something else"
        + " | Wire: Police/NOUN/police fired/VERB/fire tear/NOUN gas/NOUN at/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post/said=a_spokesman: No/DET one/PRON fired/VERB/fire live/ADJ rounds/NOUN/round ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT"
        + " | | | none",
    "no one used such a thing, with nothing named before"
        + " | Wire: Police/NOUN/police used/VERB/use a/DET water/NOUN cannon/NOUN on/ADP protesters/NOUN/protester ./PUNCT"
        + " | Post/said=a_spokesman: No/DET one/PRON used/VERB/use such/DET a/DET device/NOUN ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT"
        + " | | | none",
    "no one did it, and another outlet says it was not done"
        + " | Wire/negated: Police/NOUN/police did/AUX/do not/PART fire/VERB/fire live/ADJ rounds/NOUN/round ./PUNCT"
        + " | Post/said=a_spokesman: No/DET one/PRON fired/VERB/fire live/ADJ rounds/NOUN/round ,/PUNCT a/DET spokesman/NOUN said/VERB/say ./PUNCT"
        + " | | | none",
    "reports of a thing dismissed, and a claim where the thing is not the object"
        + " | Wire: The/DET city/NOUN bought/VERB/buy the/DET parts/NOUN/part of/ADP a/DET water/NOUN cannon/NOUN ./PUNCT"
        + " | Post: The/DET chief/NOUN dismissed/VERB/dismiss the/DET reports/NOUN/report of/ADP a/DET water/NOUN cannon/NOUN as/ADP fake/ADJ ./PUNCT"
        + " | | | none",

    // figures
    "figures called inflated, and another source's figures"
        + " | Wire: A/DET spokesperson/NOUN said/VERB/say the/DET casualty/NOUN numbers/NOUN/number were/AUX/be inflated/VERB/inflate ./PUNCT"
        + " | Post: The/DET ministry/NOUN said/VERB/say 471/NUM people/NOUN died/VERB/die ./PUNCT :: \"471\" 471 deaths"
        + " | | | dispute a.c1 b.c1",
    "reports of a figure dismissed, and a figure that fits it"
        + " | Wire: Ruto/PROPN dismissed/VERB/dismiss reports/NOUN/report that/SCONJ over/ADP 20/NUM people/NOUN had/AUX/have died/VERB/die ./PUNCT :: \"over 20\" 20 MORE_THAN deaths"
        + " | Post: 23/NUM protesters/NOUN/protester died/VERB/die ./PUNCT :: \"23\" 23 deaths"
        + " | | | dispute a.c1 b.c1",
    // figures: look-alikes
    "reports of a figure dismissed, and a figure far from it"
        + " | Wire: Ruto/PROPN dismissed/VERB/dismiss reports/NOUN/report that/SCONJ over/ADP 20/NUM people/NOUN had/AUX/have died/VERB/die ./PUNCT :: \"over 20\" 20 MORE_THAN deaths"
        + " | Post: 200/NUM protesters/NOUN/protester died/VERB/die ./PUNCT :: \"200\" 200 deaths"
        + " | | | none",
    "figures called inflated, and a figure for one place"
        + " | Wire: A/DET spokesperson/NOUN said/VERB/say the/DET casualty/NOUN numbers/NOUN/number were/AUX/be inflated/VERB/inflate ./PUNCT"
        + " | Post: 47/NUM people/NOUN died/VERB/die in/ADP Khan_Younis/PROPN ./PUNCT :: \"47\" 47 deaths place=Khan_Younis"
        + " | | | none",
    "figures called inflated, and a projection"
        + " | Wire: A/DET spokesperson/NOUN said/VERB/say the/DET casualty/NOUN numbers/NOUN/number were/AUX/be inflated/VERB/inflate ./PUNCT"
        + " | Post: The/DET toll/NOUN could/AUX/could reach/VERB/reach 1,000/NUM ./PUNCT :: \"1,000\" 1000 deaths status=PROJECTION"
        + " | | | none",

    // what the sentence before says
    "'this is incorrect' after a sentence another outlet also tells"
        + " | Wire: Reports/NOUN/report said/VERB/say an/DET Israeli/ADJ strike/NOUN hit/VERB/hit the/DET hospital/NOUN ./PUNCT"
        + " | a@Wire: The/DET Israeli/ADJ army/NOUN said/VERB/say this/PRON is/AUX/be completely/ADV incorrect/ADJ ./PUNCT"
        + " | Post: An/DET Israeli/ADJ strike/NOUN hit/VERB/hit the/DET hospital/NOUN ./PUNCT"
        + " | a.c1~c.c1 0.80 0.80 0.60 | dispute a.c2 c.c1",
    "'this is incorrect' with no sentence before it"
        + " | Wire: The/DET Israeli/ADJ army/NOUN said/VERB/say this/PRON is/AUX/be completely/ADV incorrect/ADJ ./PUNCT"
        + " | Post: An/DET Israeli/ADJ strike/NOUN hit/VERB/hit the/DET hospital/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.40 0.40 0.20 | none",
  })
  void findsClaimsAndTheirDenials(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, disputes(a, b, c, setup), situation);
  }

  /**
   * Denials whose denier stands before a parenthetical ("Morocco, however, denied ..."): the denier is
   * the subject before the words set off by commas, not the empty stretch after the last comma.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a denial of the accusations after a parenthetical"
        + " | Wire: Algeria/PROPN accused/VERB/accuse Morocco/PROPN of/ADP hostile/ADJ acts/NOUN/act ./PUNCT"
        + " | Post: Morocco/PROPN ,/PUNCT however/ADV ,/PUNCT denied/VERB/deny the/DET accusations/NOUN/accusation ./PUNCT"
        + " | | | dispute a.c1 b.c1",
    "a denial of involvement after a parenthetical"
        + " | Wire: Israel/PROPN ,/PUNCT however/ADV ,/PUNCT denied/VERB/deny involvement/NOUN in/ADP the/DET blast/NOUN ./PUNCT"
        + " | Post: Israel/PROPN struck/VERB/strike the/DET hospital/NOUN ,/PUNCT killing/VERB/kill 471/NUM people/NOUN ./PUNCT"
        + " | | a.c1~b.c1 0.50 0.50 0.30 | dispute a.c1 b.c1",
  })
  void findsDenialsAfterAParenthetical(String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, disputes(a, b, c, setup), situation);
  }

  private static String disputes(String a, String b, String c, String setup) {
    HandStory story = new HandStory()
        .entity("Islamabad", "pakistan", EntityType.PLACE)
        .entity("Pakistan", "pakistan", EntityType.PLACE)
        .entity("Taliban", "taliban", EntityType.ORGANIZATION)
        .entity("Algeria", "algeria", EntityType.PLACE)
        .entity("Morocco", "morocco", EntityType.PLACE)
        .entity("Spain", "spain", EntityType.PLACE)
        .entity("France", "france", EntityType.PLACE)
        .entity("Israel", "israel", EntityType.PLACE)
        .entity("Israeli", "israel", EntityType.PLACE)
        .entity("Hamas", "hamas", EntityType.ORGANIZATION)
        .entity("Ukraine", "ukraine", EntityType.PLACE)
        .entity("Kyiv", "ukraine", EntityType.PLACE)
        .entity("Russia", "russia", EntityType.PLACE)
        .entity("Yusov", "yusov", EntityType.PERSON)
        .entity("Ruto", "ruto", EntityType.PERSON);
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    story.setup(setup);
    return AgreementRuleTest.summary(new DisputeRule().apply(story.context()));
  }
}
