package dev.parallax.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.model.Claim;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import dev.parallax.model.FrameStatus;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityKind;
import dev.parallax.model.QuantityMention;
import dev.parallax.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which spellings of a name {@link EntityVariants} takes for one entity, and which it keeps apart. */
class EntityVariantsTest {
  private static final EntityVariants VARIANTS = new EntityVariants(EntityGazetteer.builtIn());

  @ParameterizedTest(name = "{0} / {1} -> {3}")
  @CsvSource(delimiter = '|', value = {
      // a letter dropped, a hyphen, two edits in a long name: one place
      "Munshiganj | Munsiganj | PLACE | true",
      "Al-Harith | Al Harith | PERSON | true",
      "Vellanikkara | Vellanikara | PLACE | true",
      "Kovalenkov | Kovalenkiv | PERSON | true",
      // two edits in a short name, another first letter, another type: different things
      "Bogura | Magura | PLACE | false",
      "Darrowby | Barrowby | PLACE | false",
      "Morland | Marlend | PERSON | false",
      "Telavin | Telovan | PLACE | false",
      // too short to tell
      "Ojeda | Ojela | PERSON | false",
  })
  void spellings(String first, String second, EntityType type, boolean same) {
    List<Claim> claims = List.of(claim("a.c1", "a", first, type, null), claim("b.c1", "b", second, type, null),
        claim("c.c1", "c", first, type, null));
    List<Claim> out = VARIANTS.unify(claims);
    boolean met = out.get(0).entities().get(0).entityId().equals(out.get(1).entities().get(0).entityId());
    assertEquals(same, met);
    if (same) {
      assertEquals(id(first), out.get(1).entities().get(0).entityId(), "the commoner spelling is kept");
      assertEquals(second, out.get(1).entities().get(0).text(), "the text is what the article wrote");
    }
  }

  @org.junit.jupiter.api.Test
  void oneArticleWritingBothKeepsThemApart() {
    List<Claim> claims = List.of(claim("a.c1", "a", "Munshiganj", EntityType.PLACE, null),
        claim("a.c2", "a", "Munsiganj", EntityType.PLACE, null));
    List<Claim> out = VARIANTS.unify(claims);
    assertEquals("munsiganj", out.get(1).entities().get(0).entityId());
  }

  @org.junit.jupiter.api.Test
  void aNumbersPlaceTakesTheName() {
    List<Claim> claims = List.of(claim("a.c1", "a", "Munshiganj", EntityType.PLACE, "Munshiganj"),
        claim("b.c1", "b", "Munsiganj", EntityType.PLACE, "Munsiganj"),
        claim("c.c1", "c", "Munshiganj", EntityType.PLACE, null));
    List<Claim> out = VARIANTS.unify(claims);
    assertEquals("Munshiganj", out.get(1).frames().get(0).place());
  }

  private static String id(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  private static Claim claim(String id, String article, String name, EntityType type, String place) {
    String text = "Two people died in " + name + ".";
    int at = text.indexOf(name);
    List<QuantityFrame> frames = new ArrayList<>();
    List<QuantityMention> quantities = new ArrayList<>();
    if (place != null) {
      quantities.add(new QuantityMention("Two", 0, 3, QuantityKind.NUMBER, 2.0, null, null, null, Qualifier.EXACT, null,
          null, null, null));
      frames.add(new QuantityFrame(0, "deaths", null, null, place, null, null, null, null, FrameStatus.COUNT, -1));
    }
    return new Claim(id, article, text, 0, text.length(), 0, Polarity.AFFIRMATIVE, Modality.ASSERTED, null, quantities,
        List.of(new EntityMention(name, at, at + name.length(), id(name), name, type)), null, frames);
  }
}
