package dev.parallax.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenNlpLanguageDetectorTest {
  private static final LanguageDetector DETECTOR = new OpenNlpLanguageDetector();

  @Test
  void theSeedsAreEnglish() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../seeds"))) {
      for (Path f : files.sorted().toList()) {
        Language l = DETECTOR.detect(Files.readString(f, StandardCharsets.UTF_8));
        assertTrue(l.english(), f + ": " + l);
        assertTrue(l.confidence() > 0.9, f + ": " + l);
      }
    }
  }

  /** Short English texts, some full of names that make the model guess Malay or Romanian. */
  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "   ",
    "Floods killed 300 people.",
    "Xi Jinping met Vladimir Putin in Moscow.",
    "Maulana Fazlur Rehman of Jamiat Ulema-e-Islam met Mullah Abdul Ghani Baradar and Sirajuddin Haqqani in Kabul.",
    "Tehreek-e-Taliban Pakistan (TTP) chief Noor Wali Mehsud said Pakistan's army attacked Paktika; Zabihullah Mujahid denied it.",
    "KABUL, Dec 25 (Reuters) - Pakistani air strikes killed 46 people in Paktika province, the Taliban said.",
    "2024-12-29 12:00 UTC",
    "Story number 12"
  })
  void shortEnglishTextsStayEnglish(String text) {
    assertEquals(Language.ENGLISH, DETECTOR.detect(text).code(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "de|German|Die Regierung hat am Montag neue Maßnahmen gegen die Inflation beschlossen, wie ein Sprecher mitteilte. "
        + "Die Opposition kritisierte das Paket als zu klein.",
    "fr|French|Le gouvernement a annoncé lundi de nouvelles mesures contre l'inflation, a indiqué un porte-parole. "
        + "Selon le ministère, le paquet est plus important que celui de l'an dernier.",
    "es|Spanish|El gobierno anunció el lunes nuevas medidas contra la inflación, dijo un portavoz. Según el "
        + "ministerio, el paquete es mayor que el del año pasado.",
    "ur|Urdu|پاکستان اور افغانستان کے درمیان سرحد پر فائرنگ کا تبادلہ ہوا، حکام نے بتایا کہ کئی افراد زخمی ہوئے۔"
  })
  void recognizesOtherLanguages(String code, String name, String text) {
    Language l = DETECTOR.detect(text);
    assertEquals(code, l.code(), l.toString());
    assertEquals(name, l.name());
  }

  @Test
  void readsOnlyTheBeginningOfAHugeText() {
    String english = "The officials said the talks at the border would continue next week. ";
    String text = english.repeat(200) + "Die Regierung hat neue Maßnahmen beschlossen. ".repeat(200_000);
    assertTrue(DETECTOR.detect(text).english());
  }

  @Test
  void measuresEnglishFunctionWords() {
    assertEquals(0.6, OpenNlpLanguageDetector.englishFunctionWordShare("the cat and the dog"), 1e-9);
    assertEquals(0.0, OpenNlpLanguageDetector.englishFunctionWordShare("Regierung Maßnahmen 2024"), 1e-9);
    assertEquals(0.0, OpenNlpLanguageDetector.englishFunctionWordShare(""), 1e-9);
  }
}
