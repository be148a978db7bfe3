package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Outlet names as bylines and metadata write them, resolved to the registry's entries. */
class OutletRegistryTest {
  private static final OutletRegistry REGISTRY = OutletRegistry.builtIn();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = ';', value = {
      // aliases and spellings the registry's key already folds
      "Al-Jazeera; Al Jazeera",
      "Al Jazeera English; Al Jazeera",
      "aljazeera.com; Al Jazeera",
      "AL JAZEERA; Al Jazeera",
      // web addresses: the site's own label
      "https://www.aljazeera.net/; Al Jazeera",
      "www.bbc.co.uk; BBC",
      "edition.cnn.com; CNN",
      "https://tribune.com.pk; The Express Tribune",
      // a letter or two away
      "Al Jazeerah; Al Jazeera",
      "Al Jazera; Al Jazeera",
      "Mehr News Agancy; Mehr News Agency",
      "The Washington Postt; The Washington Post",
      "Deutsche Wele; Deutsche Welle",
      "Voice of Amerika; Voice of America",
  })
  void spellingsOfOneOutletAreThatOutlet(String written, String outlet) {
    assertEquals(outlet, REGISTRY.canonical(written));
  }

  @ParameterizedTest(name = "{0} stays apart")
  @ValueSource(strings = {
      "The Washington Times", // not The Washington Post
      "New York Post", // not The New York Times
      "Daily Mirror", // not Daily Mail
      "Gulf Times", // not Global Times
      "Arab Times", // not Asia Times
      "The Times", // not The Times of India
      "France 2", // not France 24: the numbers differ
      "Fox Business", // not Fox News
      "ABC", // short names match only exactly
      "KBS News", // not CBS News: a letter apart, but outlets named by initials differ at the start
      "CBC News", // not CBS News
      "AFR", // not AFP
      "The Nation",
      "Sky News Arabia", // a different channel from Sky News
  })
  void closeButDifferentNamesStayApart(String written) {
    assertTrue(REGISTRY.resolve(written).isEmpty(), () -> written + " became " + REGISTRY.resolve(written));
    assertEquals(written, REGISTRY.canonical("  " + written + " "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"https://www.aljazeera.net/; aljazeera", "news.sky.com; sky", "bbc.co.uk; bbc",
      "aa.com.tr; aa"})
  void theSiteNameOfAWebAddress(String address, String site) {
    assertEquals(site, OutletRegistry.siteName(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Al Jazeera", "Reuters staff", "a.b c", ""})
  void namesThatAreNotWebAddresses(String name) {
    assertNull(OutletRegistry.siteName(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Al Jazeerah", "Deutsche Wele"})
  void findMatchesOnlyExactlyForScanningText(String near) {
    assertTrue(REGISTRY.find(near).isEmpty(), near);
    assertTrue(REGISTRY.resolve(near).isPresent(), near);
  }
}
