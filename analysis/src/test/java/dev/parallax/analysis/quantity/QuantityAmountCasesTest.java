package dev.parallax.analysis.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, money, units, percentages and ranges, with their readings (see {@link QuantityExpectations}). */
class QuantityAmountCasesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      He counted one hundred and five sheep.       | one hundred and five   | kind=NUMBER value=105
      It took twenty-one days.                     | twenty-one days        | kind=DURATION value=21 unit=d
      The fee is 1,234,567 dollars.                | 1,234,567 dollars      | kind=MONEY value=1234567 unit=USD
      India has 12,34,567 voters here.             | 12,34,567              | kind=NUMBER value=1234567
      The score was 3.75 points.                   | 3.75                   | value=3.75
      It fell to -12.5 degrees.                    | -12.5                  | value=-12.5
      Three quarters of them left.                 | Three quarters         | kind=NUMBER value=0.75
      About 2 1/4 cups of flour.                   | About 2 1/4 cups       | kind=QUANTITY value=2.25 unit=cup q=APPROXIMATE
      The budget is $48.2m this year.              | $48.2m                 | kind=MONEY value=48200000 unit=USD
      The deal is worth €2.5 billion.              | €2.5 billion           | kind=MONEY value=2500000000 unit=EUR
      He was fined 500 pounds.                     | 500 pounds             | kind=MONEY value=500 unit=GBP
      The bag weighs 500 pounds.                   | 500 pounds             | kind=QUANTITY value=500 unit=lb
      It costs 75 cents.                           | 75 cents               | kind=MONEY value=0.75 unit=USD
      The ticket costs Rs 500.                     | Rs 500                 | kind=MONEY value=500 unit=INR
      The loan is 20 billion rupees.               | 20 billion rupees      | kind=MONEY value=20000000000 unit=INR
      Fighters crossed the 2,640 km border.        | 2,640 km               | kind=QUANTITY value=2640 unit=km
      The ship carries 40,000 tonnes.              | 40,000 tonnes          | kind=QUANTITY value=40000 unit=t
      Winds reached 120 km/h.                      | 120 km/h               | kind=QUANTITY value=120 unit=km/h
      The farm covers 300 hectares.                | 300 hectares           | kind=QUANTITY value=300 unit=ha
      Rates rose 25 basis points.                  | 25 basis points        | kind=QUANTITY value=25 unit=bp change=INCREASE
      Turnout was 56 per cent.                     | 56 per cent            | kind=PERCENT value=56 unit=%
      Support reached fifty percent.               | fifty percent          | kind=PERCENT value=50
      Support was between 40% and 45%.             | between 40% and 45%    | kind=RANGE low=40 high=45 unit=%
      Prices rose 10 to 12%.                       | 10 to 12%              | kind=RANGE low=10 high=12 unit=% change=INCREASE
      It cost $10-$20 each.                        | $10-$20                | kind=RANGE low=10 high=20 unit=USD
      Some 3,000 people marched.                   | Some 3,000             | q=APPROXIMATE reading=2850..3150
      Nearly 20 people died.                       | Nearly 20              | q=APPROXIMATE reading=18..20
      Almost 500 homes burned.                     | Almost 500             | q=APPROXIMATE reading=450..500
      Over 1,000 were arrested.                    | Over 1,000             | q=MORE_THAN reading=1000..1100
      No fewer than 30 died.                       | No fewer than 30       | q=AT_LEAST
      As many as 70 were hurt.                     | As many as 70          | q=AT_MOST
      Around 40-plus boats sank.                   | 40-plus                | q=AT_LEAST
      Thousands of people fled.                    | Thousands              | low=2000 high=10000
      Hundreds of thousands fled.                  | Hundreds of thousands  | low=200000 high=1000000
      A few hundred soldiers stayed.               | A few hundred          | low=200 high=500
      Several dozen boats sank.                    | Several dozen          | low=36 high=108
      Exports fell 3.2% in March.                  | 3.2%                   | change=DECREASE
      Output posted a 56% increase.                | 56%                    | change=INCREASE
      Profits tripled.                             | tripled                | kind=PERCENT value=200 change=INCREASE
      It ranked 21st in the list.                  | 21st                   | kind=ORDINAL value=21
      The index rose 2.3 points to 5,100.          | 5,100                  | change=INCREASE
      """)
  void readsAmounts(String sentence, String mention, String expectation) {
    QuantityExpectations.check(sentence, null, mention, expectation);
  }
}
