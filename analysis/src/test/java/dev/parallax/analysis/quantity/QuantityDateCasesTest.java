package dev.parallax.analysis.quantity;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates, times and periods resolved against Monday 7 November 2016, 16:12. Each row is a sentence,
 * the mention, and what it must read as (see {@link QuantityExpectations}).
 */
class QuantityDateCasesTest {
  private static final LocalDateTime REF = LocalDateTime.of(2016, 11, 7, 16, 12);

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      It was signed on 29 December 2015.                  | 29 December 2015        | kind=DATE date=2015-12-29
      It was signed on 2015-12-29.                        | 2015-12-29              | kind=DATE date=2015-12-29
      It was signed on 12/29/2015.                        | 12/29/2015              | kind=DATE date=2015-12-29
      It was signed on 29.12.2015.                        | 29.12.2015              | kind=DATE date=2015-12-29
      It was signed on Dec. 29, 2015, in Paris.           | Dec. 29, 2015           | kind=DATE date=2015-12-29
      It was signed on the 5th of May 2015.               | the 5th of May 2015     | kind=DATE date=2015-05-05
      The war began in March.                             | March                   | kind=DATE date=2016-03
      The vote is on December 3.                          | December 3              | kind=DATE date=2016-12-03
      The vote will be held on March 30.                  | March 30                | kind=DATE date=2017-03-30
      They met on Friday.                                 | Friday                  | kind=DATE date=2016-11-04
      They will meet on Friday.                           | Friday                  | kind=DATE date=2016-11-11
      They met last Friday.                               | last Friday             | kind=DATE date=2016-11-04
      They meet next Monday.                              | next Monday             | kind=DATE date=2016-11-14
      It happened yesterday.                              | yesterday               | kind=DATE date=2016-11-06
      It happens tomorrow evening.                        | tomorrow evening        | kind=DATE date=2016-11-08T16:00:00 end=2016-11-08T20:00:00
      Polls close at 8pm tomorrow.                        | 8pm tomorrow            | kind=TIME date=2016-11-08T20:00:00
      The talks start at 10:30 on Tuesday.                | 10:30 on Tuesday        | kind=TIME date=2016-11-01T10:30:00
      The office is open from 9am to 5pm.                 | from 9am to 5pm         | kind=TIME date=T09:00:00 end=T17:00:00
      The shop opens between 5 and 6pm.                   | between 5 and 6pm       | kind=TIME date=T17:00:00 end=T18:00:00
      Prices rose last month.                             | last month              | kind=DATE date=2016-10
      Prices rose last year.                              | last year               | kind=DATE date=2015
      Prices rose over the past three years.              | the past three years    | kind=DATE date=2013-11-07 end=2016-11-06
      It happened three days ago.                         | three days ago          | kind=DATE date=2016-11-04
      They will decide in two weeks.                      | in two weeks            | kind=DATE date=2016-11-21
      The law passed in 2015.                             | 2015                    | kind=DATE date=2015
      The fighting lasted from 2004 to 2021.              | from 2004 to 2021       | kind=DATE date=2004 end=2021
      It grew in the 1990s.                               | the 1990s               | kind=DATE date=1990 end=1999
      It grew in the early 2000s.                         | the early 2000s         | kind=DATE date=2000 end=2003
      The plan ends at the end of 2017.                   | the end of 2017         | kind=DATE date=2017-07 end=2017-12
      The plan ends by the end of 2017.                   | by the end of 2017      | kind=DATE end=2018-01-01 q=LESS_THAN
      Sales grew in the third quarter of 2016.            | the third quarter of 2016 | kind=DATE date=2016-07 end=2016-09
      Sales grew in Q3 2016.                              | Q3 2016                 | kind=DATE date=2016-07 end=2016-09
      The camp has been open since 2012.                  | since 2012              | kind=DATE date=2012 q=AT_LEAST
      The rule applies after 2016.                        | after 2016              | kind=DATE date=2017 q=AT_LEAST
      The rule applied before 2018.                       | before 2018             | kind=DATE end=2018 q=LESS_THAN
      It runs until April 27.                             | until April 27          | kind=DATE end=2016-04-27 q=AT_MOST
      It happened on Christmas Day 2015.                  | Christmas Day 2015      | kind=DATE date=2015-12-25
      It was announced on 15 Aban 1403.                   | 15 Aban 1403            | kind=DATE date=2024-11-05
      Nowruz falls on 1 Farvardin 1403.                   | 1 Farvardin 1403        | kind=DATE date=2024-03-20
      The plant runs every day.                           | every day               | kind=DATE date=-
      The report is published weekly.                     | weekly                  | kind=DATE date=-
      The deadline is Feb 30.                             | Feb 30                  | kind=DATE date=-
      It is 7:56:30 pm now.                               | 7:56:30 pm              | kind=TIME date=T19:56:30
      Meet me at half past seven.                         | half past seven         | kind=TIME date=T07:30:00
      The train leaves at noon.                           | noon                    | kind=TIME date=T12:00:00
      """)
  void readsDates(String sentence, String mention, String expectation) {
    QuantityExpectations.check(sentence, REF, mention, expectation);
  }
}
