package dev.parallax.analysis.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * News wording that public extractors get wrong: scale words after decimals with separators,
 * abbreviated scales after currency symbols, codes before amounts, "per cent", times that look
 * like units, two-day ranges and bounds on years. And words that must stay words.
 */
class QuantityNewsCasesTest {
  private static final LocalDateTime REF = LocalDateTime.of(2016, 11, 7, 0, 0);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Revenue was 1,674.5 million last year.                | 1,674.5 million | kind=NUMBER value=1674500000
      The deal is worth £3.2bn, the company said.           | £3.2bn          | kind=MONEY unit=GBP value=3200000000
      Tickets cost EUR 20 each.                              | EUR 20          | kind=MONEY unit=EUR value=20
      The fund raised USD 22.5 million.                      | USD 22.5 million | kind=MONEY unit=USD value=22500000
      Support fell to 50 per cent in May.                    | 50 per cent     | kind=PERCENT value=50 unit=% change=DECREASE
      Polls close at 6pm on Friday.                          | 6pm on Friday   | kind=TIME
      The summit is on November 19-20.                       | November 19-20  | kind=DATE date=2016-11-19 end=2016-11-20
      Rating where year is greater than 2015                 | greater than 2015 | kind=DATE date=2016 q=AT_LEAST
      The startup raised $48.2m in its first round.          | $48.2m          | kind=MONEY unit=USD value=48200000
      It sold 5k copies.                                     | 5k              | kind=NUMBER value=5000
      Unemployment rose 0.4 percentage points to 5.1%.       | 0.4 percentage points | kind=QUANTITY unit=pp value=0.4 change=INCREASE
      Unemployment rose 0.4 percentage points to 5.1%.       | 5.1%            | kind=PERCENT value=5.1 change=INCREASE
      Between 30,000 and 35,000 people marched.              | Between 30,000 and 35,000 | kind=RANGE low=30000 high=35000 q=RANGE
      The storm caused 18,000 to 20,000 deaths.              | 18,000 to 20,000 | kind=RANGE low=18000 high=20000
      Tens of thousands fled the city.                       | Tens of thousands | kind=NUMBER low=20000 high=100000
      Hundreds were arrested.                                | Hundreds        | kind=NUMBER low=200 high=1000
      Prices fell from 12 to 9 dollars.                      | 9 dollars       | kind=MONEY change=DECREASE
      Exports doubled in a year.                             | doubled         | kind=PERCENT value=100 change=INCREASE
      The budget was halved.                                 | halved          | kind=PERCENT value=50 change=DECREASE
      Up to 700 people may have died.                        | Up to 700       | kind=NUMBER value=700 q=AT_MOST reading=630..700
      At least 200 people were injured.                      | At least 200    | kind=NUMBER value=200 q=AT_LEAST reading=199..201
      Fewer than 15 were found.                              | Fewer than 15   | kind=NUMBER value=15 q=LESS_THAN
      He served one hundred and five days.                   | one hundred and five days | kind=DURATION value=105 unit=d
      They bought a dozen eggs.                              | a dozen         | kind=NUMBER value=12
      Half a million people voted.                           | Half a million  | kind=NUMBER value=500000
      Temperatures reached -5 degrees.                       | -5              | value=-5
      Two thirds of voters agreed.                           | Two thirds      | kind=NUMBER value=0.6666666666666666
      She finished third in the race.                        | third           | kind=ORDINAL value=3
      The road is 12 km long.                                | 12 km           | kind=QUANTITY unit=km value=12
      They carried 40 tonnes of aid.                         | 40 tonnes       | kind=QUANTITY unit=t value=40
      Inflation hit 7.5% last week.                          | last week       | kind=DATE date=2016-10-31 end=2016-11-06
      Sales grew this year.                                  | this year       | kind=DATE date=2016
      It happened in July.                                   | July            | kind=DATE date=2016-07
      The talks ran between September and May 2022.          | between September and May 2022 | kind=DATE date=2021-09 end=2022-05
      Oil fell $2.50 to $78.40 a barrel.                     | $78.40          | kind=MONEY value=78.4 change=DECREASE
      Prices rose 10 to 12% this year.                       | 10 to 12%       | kind=RANGE low=10 high=12 change=INCREASE
      He was jailed in 2019 and released 3 years later.      | 3 years         | kind=DURATION value=3 unit=y
      Much has changed in a year.                            | a year          | kind=DURATION value=1 unit=y
      The 1,900-km pipeline opened.                          | 1,900-km        | kind=QUANTITY value=1900 unit=km
      They met on Sun., Jan. 5.                              | Sun., Jan. 5    | kind=DATE date=2016-01-05
      """)
  void readsNewsWording(String sentence, String mention, String expectation) {
    QuantityExpectations.check(sentence, REF, mention, expectation);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was a last resort for the family.          | NUMBER
      She wore a gel in her hair and was mad at him. | MONEY
      The meeting ends at 6pm sharp.                 | QUANTITY
      Call me at 11pm tonight.                       | QUANTITY
      I have 2 in april and 3 in may.                | QUANTITY
      The scp-173m file was leaked.                  | QUANTITY
      They may or may not come.                      | DATE
      Support fell to 50 per cent.                   | MONEY
      He is the one who knows.                       | NUMBER
      The COVID-19 pandemic spread.                  | NUMBER
      Article 370 was revoked under Resolution 2254. | NUMBER
      Call 555-123-4567 for details.                 | NUMBER
      It cost $78.40 a barrel.                       | QUANTITY
      The group now has a new leader.                | TIME
      One of the few who stayed.                     | NUMBER
      Around the clock coverage ran 24 hours.        | TIME
      """)
  void leavesWordsAlone(String sentence, QuantityKind kind) {
    List<QuantityMention> ms = QuantityExpectations.EXTRACTOR.extract(sentence, REF);
    assertTrue(ms.stream().noneMatch(m -> m.kind() == kind),
        () -> "no " + kind + " expected in '" + sentence + "', got " + QuantityExpectations.describe(ms));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      They met last week.                 | last week
      The vote is on Friday.              | Friday
      It happened on September 23.        | September 23
      Sales grew this year.               | this year
      It happened three days ago.         | three days ago
      """)
  void relativeDatesStayUnresolvedWithoutReference(String sentence, String mention) {
    QuantityMention m = QuantityExpectations.check(sentence, null, mention, "kind=DATE date=- end=-");
    assertTrue(m.kind() == QuantityKind.DATE);
  }
}
