package dev.parallax.analysis.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.FindingKind;
import dev.parallax.model.FindingValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NumericRule} over hand-built claims: which figures it sets against each other as a
 * discrepancy (and which it holds as one value), and the look-alikes it must leave alone.
 *
 * <p>Each row is a situation, up to three claims (in articles a, b and c, each written as
 * {@link HandStory#says}), the rest of the story ({@link HandStory#setup}) and what the rule finds:
 * {@code discrepancy V1 vs V2} lists the figures of each value in the order of their value numbers
 * ({@link FindingValue#value()}), figures of one value joined by {@code +}; {@code agreement F + F} the
 * figures one value holds; {@code none} when the rule finds nothing.
 */
class NumericRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // what it must find
    "two counts of one toll"
        + " | Wire: 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths"
        + " | Post: The/DET toll/NOUN rose/VERB/rise to/ADP 96/NUM ./PUNCT :: \"96\" 96 deaths"
        + " | | | discrepancy 93 vs 96",
    "one toll told twice"
        + " | Wire: 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths"
        + " | Post: The/DET toll/NOUN rose/VERB/rise to/ADP 93/NUM ./PUNCT :: \"93\" 93 deaths"
        + " | | | agreement 93 + 93",
    "'at least N' is the count N"
        + " | Wire: At/ADP least/ADJ 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"At least 93\" 93 AT_LEAST deaths"
        + " | Post: The/DET toll/NOUN rose/VERB/rise to/ADP 96/NUM ./PUNCT :: \"96\" 96 deaths"
        + " | | | discrepancy At least 93 vs 96",
    "'51 percent' against '52%': written precision does not stretch"
        + " | Wire: Turnout/NOUN/turnout was/AUX/be 51/NUM percent/NOUN ./PUNCT :: \"51 percent\" 51 turnout"
        + " | Post: Turnout/NOUN/turnout reached/VERB/reach 52%/NUM ./PUNCT :: \"52%\" 52 turnout"
        + " | | a.c1~b.c1 0.70 0.70 0.50 | discrepancy 51 percent vs 52%",
    "'about 2,000' against 2,500"
        + " | Wire: About/ADV 2,000/NUM people/NOUN are/AUX/be missing/ADJ ./PUNCT :: \"About 2,000\" 2000 APPROXIMATE missing"
        + " | Post: 2,500/NUM people/NOUN are/AUX/be missing/ADJ ./PUNCT :: \"2,500\" 2500 missing"
        + " | | | discrepancy 2,500 vs About 2,000",
    "'more than 2,000' does not describe 10,100 of the same measure"
        + " | Wire: More/ADJ/more than/ADP 2,000/NUM people/NOUN died/VERB/die ./PUNCT :: \"More than 2,000\" 2000 MORE_THAN deaths"
        + " | Post: 10,100/NUM people/NOUN died/VERB/die ./PUNCT :: \"10,100\" 10100 deaths"
        + " | | | discrepancy 10,100 vs More than 2,000",
    "compatible figures join one value: 2,207 and 'more than 2,200' against 2,100"
        + " | Wire: 2,207/NUM people/NOUN died/VERB/die ./PUNCT :: \"2,207\" 2207 deaths"
        + " | Post: More/ADJ/more than/ADP 2,200/NUM died/VERB/die ./PUNCT :: \"More than 2,200\" 2200 MORE_THAN deaths"
        + " | Times: The/DET toll/NOUN stood/VERB/stand at/ADP 2,100/NUM ./PUNCT :: \"2,100\" 2100 deaths"
        + " | | discrepancy 2,100 vs 2,207 + More than 2,200; agreement 2,207 + More than 2,200",
    "a bound that fits every value joins none of them"
        + " | Wire: 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths"
        + " | Post: 96/NUM people/NOUN died/VERB/die ./PUNCT :: \"96\" 96 deaths"
        + " | Times: More/ADJ/more than/ADP 90/NUM died/VERB/die ./PUNCT :: \"More than 90\" 90 MORE_THAN deaths"
        + " | | discrepancy 93 vs 96",
    "an undated figure joins the day two outlets give"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP Sunday/PROPN ./PUNCT :: \"93\" 93 deaths time=on_Sunday timeKey=day:sunday"
        + " | Post: On/ADP Sunday/PROPN ,/PUNCT 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths time=on_Sunday timeKey=day:sunday"
        + " | Times: 96/NUM people/NOUN died/VERB/die ./PUNCT :: \"96\" 96 deaths"
        + " | | discrepancy 93 + 93 vs 96; agreement 93 + 93",
    "one day written as a date and as a weekday"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP August/PROPN 8/NUM ./PUNCT :: \"93\" 93 deaths time=on_August_8 timeKey=day:2023-08-08"
        + " | Post: 96/NUM people/NOUN died/VERB/die on/ADP Tuesday/PROPN ./PUNCT :: \"96\" 96 deaths time=on_Tuesday timeKey=day:tuesday"
        + " | | | discrepancy 93 vs 96",
    "two running totals"
        + " | Wire: 93/NUM people/NOUN have/AUX/have died/VERB/die since/ADP July/PROPN ./PUNCT :: \"93\" 93 deaths time=since_July timeKey=since:2023-07"
        + " | Post: 96/NUM people/NOUN have/AUX/have died/VERB/die so/ADV far/ADV ./PUNCT :: \"96\" 96 deaths time=so_far timeKey=since"
        + " | | | discrepancy 93 vs 96",
    "'51 percent' and '51.2%' are one value"
        + " | Wire: Turnout/NOUN/turnout was/AUX/be 51/NUM percent/NOUN ./PUNCT :: \"51 percent\" 51 turnout"
        + " | Post: Turnout/NOUN/turnout reached/VERB/reach 51.2%/NUM ./PUNCT :: \"51.2%\" 51.2 turnout"
        + " | | a.c1~b.c1 0.70 0.70 0.50 | agreement 51 percent + 51.2%",
    "'about 2,000' and 2,050 are one value"
        + " | Wire: About/ADV 2,000/NUM people/NOUN are/AUX/be missing/ADJ ./PUNCT :: \"About 2,000\" 2000 APPROXIMATE missing"
        + " | Post: 2,050/NUM people/NOUN are/AUX/be missing/ADJ ./PUNCT :: \"2,050\" 2050 missing"
        + " | | | agreement About 2,000 + 2,050",
    "'more than 2,200' and 2,207 are one value"
        + " | Wire: 2,207/NUM people/NOUN died/VERB/die ./PUNCT :: \"2,207\" 2207 deaths"
        + " | Post: More/ADJ/more than/ADP 2,200/NUM died/VERB/die ./PUNCT :: \"More than 2,200\" 2200 MORE_THAN deaths"
        + " | | | agreement 2,207 + More than 2,200",
    "a figure given with fewer digits: '2.75 million' and 2,759,256"
        + " | Wire: 2.75/NUM million/NUM people/NOUN were/AUX/be displaced/VERB/displace ./PUNCT :: \"2.75 million\" 2750000 displaced"
        + " | Post: 2,759,256/NUM people/NOUN were/AUX/be displaced/VERB/displace ./PUNCT :: \"2,759,256\" 2759256 displaced"
        + " | | | agreement 2.75 million + 2,759,256",
    "'dozens' holds 93"
        + " | Wire: Dozens/NOUN/dozen of/ADP people/NOUN died/VERB/die ./PUNCT :: \"Dozens\" - APPROXIMATE deaths range=24..100"
        + " | Post: 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths"
        + " | | | agreement Dozens + 93",
    "'tens of thousands' far from 'about 5,000'"
        + " | Wire: Tens_of_thousands/NUM/tens_of_thousands fled/VERB/flee ./PUNCT :: \"Tens of thousands\" - APPROXIMATE displaced range=20000..100000"
        + " | Post: About/ADV 5,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"About 5,000\" 5000 APPROXIMATE displaced"
        + " | | | discrepancy About 5,000 vs Tens of thousands",
    "'tens of thousands' holds 30,000"
        + " | Wire: Tens_of_thousands/NUM/tens_of_thousands fled/VERB/flee ./PUNCT :: \"Tens of thousands\" - APPROXIMATE displaced range=20000..100000"
        + " | Post: 30,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"30,000\" 30000 displaced"
        + " | | | agreement Tens of thousands + 30,000",
    "a range holds a figure inside it"
        + " | Wire: Between/ADP 30,000/NUM and/CCONJ 35,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 30,000 and 35,000\" - RANGE displaced kind=RANGE range=30000..35000"
        + " | Post: 32,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"32,000\" 32000 displaced"
        + " | | | agreement Between 30,000 and 35,000 + 32,000",
    "a place every headline names is the whole story"
        + " | Wire: 93/NUM people/NOUN died/VERB/die in/ADP Maui/PROPN ./PUNCT :: \"93\" 93 deaths place=Maui"
        + " | Post: 96/NUM people/NOUN died/VERB/die ./PUNCT :: \"96\" 96 deaths"
        + " | | place=maui | discrepancy 93 vs 96",
    "one subgroup, two counts"
        + " | Wire: 11/NUM police/NOUN officers/NOUN/officer were/AUX/be killed/VERB/kill ./PUNCT :: \"11\" 11 deaths subgroup=police_officer"
        + " | Post: 14/NUM police/NOUN officers/NOUN/officer were/AUX/be killed/VERB/kill ./PUNCT :: \"14\" 14 deaths subgroup=police_officer"
        + " | | | discrepancy 11 vs 14",
    "a counted noun, with claims the aligner pairs"
        + " | Wire: 300/NUM houses/NOUN/house burned/VERB/burn ./PUNCT :: \"300\" 300 house"
        + " | Post: The/DET fire/NOUN burned/VERB/burn 350/NUM houses/NOUN/house ./PUNCT :: \"350\" 350 house"
        + " | | a.c1~b.c1 0.60 0.60 0.40 | discrepancy 300 vs 350",
    "verbs that meet: 'destroyed' and 'damaged or destroyed'"
        + " | Wire: 300/NUM structures/NOUN/structure were/AUX/be destroyed/VERB/destroy ./PUNCT :: \"300\" 300 structure:_destroy"
        + " | Post: 350/NUM structures/NOUN/structure were/AUX/be damaged/VERB/damage or/CCONJ destroyed/VERB/destroy ./PUNCT :: \"350\" 350 structure:_damage/destroy"
        + " | | | discrepancy 300 vs 350",
    "measured nouns that are synonyms"
        + " | Wire: 300/NUM buildings/NOUN/building were/AUX/be destroyed/VERB/destroy ./PUNCT :: \"300\" 300 building:_destroy"
        + " | Post: 350/NUM structures/NOUN/structure were/AUX/be destroyed/VERB/destroy ./PUNCT :: \"350\" 350 structure:_destroy"
        + " | | synonyms=building_structure | discrepancy 300 vs 350",
    "a county's toll and the toll across the state, told by two outlets each"
        + " | Wire: 14/NUM people/NOUN died/VERB/die in/ADP Alder/PROPN County/PROPN ./PUNCT :: \"14\" 14 deaths place=Alder_County"
        + " | Post: 48/NUM people/NOUN died/VERB/die across/ADP the/DET state/NOUN ./PUNCT :: \"48\" 48 deaths place=the_state"
        + " | Times: 61/NUM people/NOUN died/VERB/die across/ADP the/DET state/NOUN ./PUNCT :: \"61\" 61 deaths place=the_state"
        + " | | discrepancy 48 vs 61",
    "two loose figures that overlap are one value beside a precise one"
        + " | Wire: Twelve/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"Twelve\" 12 arrests"
        + " | Post: Nearly/ADV 40/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"Nearly 40\" 40 APPROXIMATE arrests"
        + " | Times: About/ADV 40/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"About 40\" 40 APPROXIMATE arrests"
        + " | | discrepancy Twelve vs Nearly 40 + About 40; agreement Nearly 40 + About 40",
    "two loose figures that do not overlap stay two values beside a precise one"
        + " | Wire: Twelve/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"Twelve\" 12 arrests"
        + " | Post: About/ADV 40/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"About 40\" 40 APPROXIMATE arrests"
        + " | Times: About/ADV 90/NUM people/NOUN were/AUX/be arrested/VERB/arrest ./PUNCT :: \"About 90\" 90 APPROXIMATE arrests"
        + " | | discrepancy Twelve vs About 40 vs About 90",
    "a site of the kind every headline names is the story's own: a figure given for it meets one with no place"
        + " | Wire: 471/NUM people/NOUN were/AUX/be killed/VERB/kill ./PUNCT :: \"471\" 471 deaths"
        + " | Post: 300/NUM people/NOUN were/AUX/be killed/VERB/kill at/ADP the/DET Eastmoor/PROPN hospital/NOUN ./PUNCT :: \"300\" 300 deaths place=Eastmoor_hospital"
        + " | Times: 500/NUM people/NOUN were/AUX/be killed/VERB/kill ./PUNCT :: \"500\" 500 deaths"
        + " | title=a:Blast_at_hospital_kills_471; title=b:Hospital_strike; title=c:Strike_on_hospital"
        + " | discrepancy 300 vs 471 vs 500",
    "claims of one year"
        + " | Wire: In/ADP 2023/NUM ,/PUNCT 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"2023\" date=2023 ;; \"93\" 93 deaths"
        + " | Post: 96/NUM people/NOUN died/VERB/die in/ADP 2023/NUM ./PUNCT :: \"2023\" date=2023 ;; \"96\" 96 deaths"
        + " | | | discrepancy 93 vs 96",

    // look-alikes it must leave alone
    "'more than 2,000' dead and 10,100 missing: different measures"
        + " | Wire: More/ADJ/more than/ADP 2,000/NUM people/NOUN died/VERB/die ./PUNCT :: \"More than 2,000\" 2000 MORE_THAN deaths"
        + " | Post: 10,100/NUM people/NOUN are/AUX/be missing/ADJ ./PUNCT :: \"10,100\" 10100 missing"
        + " | | | none",
    "a projection is not a count"
        + " | Wire/hedged: The/DET toll/NOUN could/AUX/could reach/VERB/reach 20,000/NUM ./PUNCT :: \"20,000\" 20000 deaths status=PROJECTION"
        + " | Post: 2,000/NUM people/NOUN died/VERB/die ./PUNCT :: \"2,000\" 2000 deaths"
        + " | | | none",
    "a threshold is not a measurement"
        + " | Wire: No/DET quake/NOUN stronger/ADJ/strong than/ADP 6.0/NUM hit/VERB/hit the/DET region/NOUN ./PUNCT :: \"6.0\" 6.0 magnitude status=THRESHOLD"
        + " | Post: The/DET quake/NOUN measured/VERB/measure 6.8/NUM ./PUNCT :: \"6.8\" 6.8 magnitude"
        + " | | | none",
    "a county's deaths and the whole toll"
        + " | Wire: 93/NUM people/NOUN died/VERB/die in/ADP Lahaina/PROPN ./PUNCT :: \"93\" 93 deaths place=Lahaina"
        + " | Post: 96/NUM people/NOUN died/VERB/die ./PUNCT :: \"96\" 96 deaths"
        + " | | | none",
    "a named county's deaths and the toll across the state"
        + " | Wire: 14/NUM people/NOUN died/VERB/die in/ADP Alder/PROPN County/PROPN ./PUNCT :: \"14\" 14 deaths place=Alder_County"
        + " | Post: 61/NUM people/NOUN died/VERB/die across/ADP the/DET state/NOUN ./PUNCT :: \"61\" 61 deaths place=the_state"
        + " | | | none",
    "a site of a kind the headlines do not name keeps its figures apart"
        + " | Wire: 471/NUM people/NOUN were/AUX/be killed/VERB/kill ./PUNCT :: \"471\" 471 deaths"
        + " | Post: 30/NUM people/NOUN died/VERB/die at/ADP the/DET Eastmoor/PROPN hospital/NOUN ./PUNCT :: \"30\" 30 deaths place=Eastmoor_hospital"
        + " | | title=a:Quake_kills_471; title=b:Quake_toll_rises | none",
    "a subgroup and the whole toll"
        + " | Wire: 11/NUM police/NOUN officers/NOUN/officer were/AUX/be killed/VERB/kill ./PUNCT :: \"11\" 11 deaths subgroup=police_officer"
        + " | Post: 94/NUM people/NOUN were/AUX/be killed/VERB/kill ./PUNCT :: \"94\" 94 deaths"
        + " | | | none",
    "different days count different events"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP Tuesday/PROPN ./PUNCT :: \"93\" 93 deaths time=on_Tuesday timeKey=day:2023-08-08"
        + " | Post: 96/NUM people/NOUN died/VERB/die on/ADP Wednesday/PROPN ./PUNCT :: \"96\" 96 deaths time=on_Wednesday timeKey=day:2023-08-09"
        + " | | | none",
    "a day and a running total"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP Tuesday/PROPN ./PUNCT :: \"93\" 93 deaths time=on_Tuesday timeKey=day:tuesday"
        + " | Post: 960/NUM people/NOUN have/AUX/have died/VERB/die since/ADP July/PROPN ./PUNCT :: \"960\" 960 deaths time=since_July timeKey=since:2023-07"
        + " | | | none",
    "a day and a month"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP Tuesday/PROPN ./PUNCT :: \"93\" 93 deaths time=on_Tuesday timeKey=day:2023-08-08"
        + " | Post: 960/NUM people/NOUN died/VERB/die in/ADP August/PROPN ./PUNCT :: \"960\" 960 deaths time=in_August timeKey=period:2023-08"
        + " | | | none",
    "an undated figure does not join one outlet's day"
        + " | Wire: 93/NUM people/NOUN died/VERB/die on/ADP Sunday/PROPN ./PUNCT :: \"93\" 93 deaths time=on_Sunday timeKey=day:sunday"
        + " | Post: 96/NUM people/NOUN died/VERB/die ./PUNCT :: \"96\" 96 deaths"
        + " | | | none",
    "claims of different years speak of different events"
        + " | Wire: The/DET 1960/NUM tsunami/NOUN killed/VERB/kill 61/NUM people/NOUN ./PUNCT :: \"1960\" date=1960 ;; \"61\" 61 deaths"
        + " | Post: In/ADP 2023/NUM ,/PUNCT 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"2023\" date=2023 ;; \"93\" 93 deaths"
        + " | | | none",
    "values from one outlet only"
        + " | Wire: 93/NUM people/NOUN died/VERB/die ./PUNCT :: \"93\" 93 deaths"
        + " | Wire: The/DET toll/NOUN rose/VERB/rise to/ADP 96/NUM ./PUNCT :: \"96\" 96 deaths"
        + " | | | none",
    "two vague amounts"
        + " | Wire: Dozens/NOUN/dozen of/ADP people/NOUN died/VERB/die ./PUNCT :: \"Dozens\" - APPROXIMATE deaths range=24..100"
        + " | Post: Hundreds/NOUN/hundred of/ADP people/NOUN died/VERB/die ./PUNCT :: \"Hundreds\" - APPROXIMATE deaths range=200..1000"
        + " | | | none",
    "a share and a count are not compared"
        + " | Wire: 51%/NUM of/ADP voters/NOUN/voter turned/VERB/turn out/ADP ./PUNCT :: \"51%\" 51 votes"
        + " | Post: 51/NUM voters/NOUN/voter turned/VERB/turn out/ADP ./PUNCT :: \"51\" 51 votes"
        + " | | | none",
    "'51 percent' and '52%' of a counted noun the aligner does not pair"
        + " | Wire: Turnout/NOUN/turnout was/AUX/be 51/NUM percent/NOUN ./PUNCT :: \"51 percent\" 51 turnout"
        + " | Post: Turnout/NOUN/turnout reached/VERB/reach 52%/NUM ./PUNCT :: \"52%\" 52 turnout"
        + " | | | none",
    "verbs that do not meet: 'destroyed' and 'damaged'"
        + " | Wire: 300/NUM structures/NOUN/structure were/AUX/be destroyed/VERB/destroy ./PUNCT :: \"300\" 300 structure:_destroy"
        + " | Post: 350/NUM structures/NOUN/structure were/AUX/be damaged/VERB/damage ./PUNCT :: \"350\" 350 structure:_damage"
        + " | | | none",
  })
  void findsDiscrepanciesOfOneMeasuredThing(
      String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, findings(a, b, c, setup), situation);
  }

  /**
   * A range with two stated ends is bounded by them, not a vague amount like "dozens": it is compared
   * by its interval as an exact figure is, so "between 30,000 and 35,000" against 40,000 is a
   * discrepancy, as "about 32,500" against 40,000 is.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a range that misses another outlet's figure"
        + " | Wire: Between/ADP 30,000/NUM and/CCONJ 35,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 30,000 and 35,000\" - RANGE displaced kind=RANGE range=30000..35000"
        + " | Post: 40,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"40,000\" 40000 displaced"
        + " | | | discrepancy 40,000 vs Between 30,000 and 35,000",
    "ranges that do not meet"
        + " | Wire: Between/ADP 30,000/NUM and/CCONJ 35,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 30,000 and 35,000\" - RANGE displaced kind=RANGE range=30000..35000"
        + " | Post: Between/ADP 40,000/NUM and/CCONJ 45,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 40,000 and 45,000\" - RANGE displaced kind=RANGE range=40000..45000"
        + " | | | discrepancy Between 30,000 and 35,000 vs Between 40,000 and 45,000",
    "ranges that overlap"
        + " | Wire: Between/ADP 30,000/NUM and/CCONJ 35,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 30,000 and 35,000\" - RANGE displaced kind=RANGE range=30000..35000"
        + " | Post: Between/ADP 33,000/NUM and/CCONJ 38,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 33,000 and 38,000\" - RANGE displaced kind=RANGE range=33000..38000"
        + " | | | agreement Between 30,000 and 35,000 + Between 33,000 and 38,000",
    "a range and a vague amount that holds it"
        + " | Wire: Between/ADP 30,000/NUM and/CCONJ 35,000/NUM people/NOUN fled/VERB/flee ./PUNCT :: \"Between 30,000 and 35,000\" - RANGE displaced kind=RANGE range=30000..35000"
        + " | Post: Tens_of_thousands/NUM/tens_of_thousands fled/VERB/flee ./PUNCT :: \"Tens of thousands\" - APPROXIMATE displaced range=20000..100000"
        + " | | | agreement Between 30,000 and 35,000 + Tens of thousands",
  })
  void setsRangesAgainstFiguresOutsideThem(
      String situation, String a, String b, String c, String setup, String expected) {
    assertEquals(expected, findings(a, b, c, setup), situation);
  }

  private static String findings(String a, String b, String c, String setup) {
    HandStory story = new HandStory();
    story.says("a", a);
    story.says("b", b);
    if (c != null) {
      story.says("c", c);
    }
    story.setup(setup);
    return summary(new NumericRule().apply(story.context()));
  }

  /** The findings as the table writes them. */
  static String summary(List<Draft> drafts) {
    List<String> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.kind() == FindingKind.NUMERIC_DISCREPANCY) {
        Map<Integer, List<FindingValue>> byValue = new TreeMap<>();
        for (FindingValue v : d.values()) {
          byValue.computeIfAbsent(v.value(), k -> new ArrayList<>()).add(v);
        }
        List<String> values = new ArrayList<>();
        for (List<FindingValue> v : byValue.values()) {
          v.sort(Comparator.comparing(FindingValue::claimId));
          values.add(String.join(" + ", v.stream().map(x -> x.quantity().text()).toList()));
        }
        out.add("discrepancy " + String.join(" vs ", values));
      } else {
        out.add(d.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
            + String.join(" + ", d.cues().stream().map(e -> e.text()).toList()));
      }
    }
    return out.isEmpty() ? "none" : String.join("; ", out);
  }
}
