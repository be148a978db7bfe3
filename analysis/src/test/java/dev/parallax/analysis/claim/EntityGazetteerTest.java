package dev.parallax.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityGazetteerTest {
  private static final EntityGazetteer GAZETTEER = EntityGazetteer.builtIn();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "attacks by the Tehreek-e-Taliban Pakistan rose | Tehreek-e-Taliban Pakistan | ttp",
    "the Tehrik-e Taliban Pakistan (TTP) | Tehrik-e Taliban Pakistan,TTP | ttp,ttp",
    "the so-called Pakistani Taliban said | Pakistani Taliban | ttp",
    "Islamabad has denied involvement | Islamabad | pakistan",
    "the Islamic Emirate of Afghanistan | Islamic Emirate of Afghanistan | taliban",
    "officials in the U.S. and the UN | U.S.,UN | united states,un",
    "they said it was us who paid | '' | ''",
    "ISIS-K and al-Qaeda fighters | ISIS-K,al-Qaeda | iskp,al-qaeda",
  })
  void resolvesAliases(String text, String names, String ids) {
    List<EntityGazetteer.Match> found = GAZETTEER.find(text);
    assertEquals(names.isEmpty() ? List.of() : List.of(names.split(",")),
        found.stream().map(m -> text.substring(m.start(), m.end())).toList());
    assertEquals(ids.isEmpty() ? List.of() : List.of(ids.split(",")), found.stream().map(m -> m.entry().id()).toList());
  }
}
