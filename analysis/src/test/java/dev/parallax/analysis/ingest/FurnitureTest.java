package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class FurnitureTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "Leave a Reply",
    "Leave a Comment",
    "Your email address will not be published. Required fields are marked *",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More",
    "Privacy & Cookies Policy",
    "See also Apple, that's why you need to update your iPhone right away",
    "SEE ALSO: Residents of Tribal Areas Deplore Airstrikes' Civilian Toll",
    "You may also like",
    "Read more: The reverse flight from Pakistan",
    "Share this article",
    "Follow us on Twitter for the latest news",
    "(Al Jazeera)",
    "Hakim Allah Mehsud, founder of the Pakistani Taliban (Al Jazeera)",
    "A Pakistani soldier (left) and Afghan Taliban fighters stand guard at a crossing in Torkham. (file photo)",
    "Advertisement",
  })
  void recognizesFurniture(String block) {
    assertTrue(Furniture.isFurniture(block), block);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Popular support for the government has collapsed since the floods.",
    "Related talks between the two sides stalled in May.",
    "Most of these attacks have been carried out by the Tehreek-e-Taliban Pakistan (TTP).",
    "The site uses cookies, the minister joked, but the ministry's own servers were down for a week after the attack and nobody could say why the outage lasted so long or who was responsible for it in the end.",
    "Leave a reply to the government's letter, the opposition demanded, within ten days of its publication.",
  })
  void keepsArticleText(String block) {
    assertFalse(Furniture.isFurniture(block), block);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Fighters stand on an armored vehicle in Kandahar on September 1, 2021. Photo: AFP / Javed Tanveer Taliban support for the port is another example. | Taliban support for the port is another example.",
    "Sharif needs better relations with Afghanistan. Image: Screengrab / NTV Until Pakistan's politics settle, nothing moves. | Until Pakistan's politics settle, nothing moves.",
    "No caption here, just a sentence about a photo: a picture of calm. | No caption here, just a sentence about a photo: a picture of calm.",
  })
  void cutsACaptionGluedToTheNextParagraph(String block, String expected) {
    assertEquals(expected, Furniture.stripLeadingCaption(block));
  }
}
