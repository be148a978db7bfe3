package dev.parallax.analysis.quantity;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numbers and dates of the five seed articles, read as the claim stage needs them. Each row is
 * a sentence as the seeds word it, the mention, and what it must be read as (see {@link
 * QuantityExpectations}); dates resolve against 15 August 2022.
 */
class QuantitySeedCasesTest {
  private static final LocalDateTime REF = LocalDateTime.of(2022, 8, 15, 0, 0);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      The number of attacks has increased by 50% this year.           | 50%                  | kind=PERCENT value=50 q=EXACT change=INCREASE reading=49.5..50.5
      Attacks in Pakistan has increased by a record 56% in August.    | 56%                  | kind=PERCENT value=56 q=EXACT change=INCREASE reading=55.5..56.5
      There are about 3.7 million Afghan refugees in Pakistan.         | about 3.7 million    | kind=NUMBER value=3700000 q=APPROXIMATE reading=3515000..3885000
      Of them 1.7 million are registered.                               | 1.7 million          | kind=NUMBER value=1700000 q=EXACT
      It has deported more than 540,000 Afghans.                        | more than 540,000    | kind=NUMBER value=540000 q=MORE_THAN reading=540000..567000
      It plans to expel 800,000 Afghan refugees without documents.      | 800,000              | kind=NUMBER value=800000 q=EXACT
      Pakistan hosts millions of Afghan refugees.                       | millions             | kind=NUMBER low=1000000 high=10000000 q=APPROXIMATE reading=1000000..10000000
      The group is estimated at 35-30 thousand people.                  | 35-30 thousand       | kind=RANGE low=30000 high=35000 q=RANGE reading=30000..35000
      There were more than 170 terrorist attacks.                       | more than 170        | kind=NUMBER value=170 q=MORE_THAN reading=170..180
      The attacks killed dozens of Pakistani soldiers.                  | dozens               | kind=NUMBER low=24 high=100 reading=24..100
      More than 1,500 people were killed.                               | More than 1,500      | kind=NUMBER value=1500 q=MORE_THAN reading=1500..1600
      The country has 33 million people.                                | 33 million           | kind=NUMBER value=33000000 q=EXACT
      The cost reached 300 million.                                     | 300 million          | kind=NUMBER value=300000000
      More than 40 countries took part.                                 | More than 40         | kind=NUMBER value=40 q=MORE_THAN
      They held 4,000 captured fighters.                                | 4,000                | kind=NUMBER value=4000 q=EXACT
      For nearly 20 years, the Afghan Taliban has waged a war.          | nearly 20 years      | kind=DURATION value=20 unit=y q=APPROXIMATE reading=18..20
      It ended the nearly 20-year U.S. war in Afghanistan.              | nearly 20-year       | kind=DURATION value=20 unit=y q=APPROXIMATE reading=18..20
      Leaders have been saying for almost two decades that it is so.    | almost two decades   | kind=DURATION value=20 unit=y q=APPROXIMATE reading=18..20
      The military has carried out two airstrikes inside Afghanistan.   | two                  | kind=NUMBER value=2 q=EXACT
      The armed men kidnapped four police officers in Swat.             | four                 | kind=NUMBER value=4 q=EXACT
      The Taliban took power in August 2021.                            | August 2021          | kind=DATE date=2021-08 end=-
      The ceasefire was agreed on December 29, 2024.                    | December 29, 2024    | kind=DATE date=2024-12-29
      It was a supporter of the Taliban in 2004-2021, but no longer.    | 2004-2021            | kind=DATE date=2004 end=2021
      The line has been the border since 1896 for Pakistan.             | since 1896           | kind=DATE date=1896 q=AT_LEAST
      Pakistan was founded in 1947.                                     | 1947                 | kind=DATE date=1947
      Refugees without documents from June 30, 2024 must leave.         | from June 30, 2024   | kind=DATE date=2024-06-30 q=AT_LEAST
      At the meeting last Wednesday, August 10, MPs spoke.              | last Wednesday, August 10 | kind=DATE date=2022-08-10
      In his speech on September 23, the prime minister spoke.          | September 23         | kind=DATE date=2022-09-23
      The Taliban emerged in the mid-1990s in the south.                | the mid-1990s        | kind=DATE date=1993 end=1996
      Officials announced in Aban 1403 that they want a new chapter.    | Aban 1403            | kind=DATE date=2024-10-22 end=2024-11-20
      Islamabad was receiving millions of dollars from Washington.      | millions of dollars  | kind=MONEY unit=USD low=1000000 high=10000000 q=APPROXIMATE
      """)
  void readsTheSeeds(String sentence, String mention, String expectation) {
    QuantityExpectations.check(sentence, REF, mention, expectation);
  }
}
