package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.analysis.lexicon.WordNetLexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedWordRepairerTest {
  private static final GluedWordRepairer REPAIRER = new GluedWordRepairer(WordNetLexicon.shared());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "the number of attacks hasincreasedby a record 56% | the number of attacks has increased by a record 56%",
    "In anaddressto the assembly | In an address to the assembly",
    "the resumption of aid and theresumptionof trade | the resumption of aid and the resumption of trade",
    "It is published byEast Asia Forum | It is published by East Asia Forum",
    "the Taliban in government isnot the sameTaliban | the Taliban in government is not the same Taliban",
    "support fortrainingAfghan troops | support for training Afghan troops",
    "a foreign policyindependent of the United States | a foreign policy independent of the United States",
    "Image: Screengrab / NTVUntil the end | Image: Screengrab / NTV Until the end",
    "Thisarticle was first published | This article was first published",
    // Real words and names stay whole.
    "Pakistani airstrikes in Waziristan and Khyber Pakhtunkhwa | Pakistani airstrikes in Waziristan and Khyber Pakhtunkhwa",
    "McDonald and YouTube and iPhone | McDonald and YouTube and iPhone",
    "counterinsurgency operations in Balochistan | counterinsurgency operations in Balochistan",
    "Governor Amina Rask declared a state of emergency | Governor Amina Rask declared a state of emergency",
    "Sheikh Hasina said | Sheikh Hasina said",
    "Marina Isandro and Hamid Andrea spoke | Marina Isandro and Hamid Andrea spoke",
    "Thegovernment said | The government said",
    "Police chief Odile Marchand dismissed the reports | Police chief Odile Marchand dismissed the reports",
    "Odile theCrawford spoke | Odile the Crawford spoke",
  })
  void splitsOnlyUnambiguousGlue(String input, String expected) {
    assertEquals(List.of(expected), REPAIRER.repair(List.of(input)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Tanveer is a photographer and Tanveer works in Kabul", "Quetta and Peshawar"})
  void aWordUsedTwiceIsNeverSplit(String input) {
    assertEquals(List.of(input), REPAIRER.repair(List.of(input)));
  }
}
