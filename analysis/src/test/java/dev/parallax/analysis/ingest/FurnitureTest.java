package dev.parallax.analysis.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
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
    "(MORE: How the Valley Dam Was Built)",
    "[Read more: Rescuers reach the lower town]",
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
    "(More than 100 people were still missing on Monday evening.)",
    "(Reporting on the dam and its builders continues.)",
  })
  void keepsArticleText(String block) {
    assertFalse(Furniture.isFurniture(block), block);
  }

  /** Share, follow and subscribe prompts, for any network, alone or in a row of buttons. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Share this article on Facebook",
    "Share this story on WhatsApp",
    "Share This Article On LinkedIn",
    "Share on Telegram",
    "Share via Email",
    "Share this article via e-mail.",
    "Click here to share on Twitter",
    "Tweet this",
    "Post this on X",
    "Pin it on Pinterest",
    "Share with your friends on Messenger",
    "Share: Facebook Twitter WhatsApp Email",
    "Facebook Twitter LinkedIn Email",
    "Facebook | X | Telegram | Reddit",
    "Share this article on Facebook Share on Twitter Share via email",
    "Follow us on Instagram",
    "Follow Us On Twitter",
    "Follow Al Jazeera English on X",
    "Follow @Reuters on Twitter for the latest updates",
    "Follow us on Facebook, Twitter and YouTube",
    "Like us on Facebook",
    "Find us on Telegram",
    "Connect with us on LinkedIn",
    "Join our WhatsApp channel",
    "Join us on Telegram for breaking news",
    "Subscribe to our newsletter",
    "Subscribe to our YouTube channel",
    "Subscribe to Dawn on Google News",
    "Sign up for our daily newsletter",
    "Get breaking news alerts on WhatsApp",
    "Follow us on X. Subscribe to our YouTube channel.",
  })
  void recognizesShareFollowAndSubscribePrompts(String block) {
    assertTrue(Furniture.isFurniture(block), block);
  }

  /** Sentences of articles that name networks or use the same verbs stay. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Facebook shares fell 5% on Tuesday after the company reported weaker advertising sales.",
    "The video was shared on Facebook more than 10,000 times before it was removed.",
    "She urged her followers to share the video on Facebook, police said.",
    "Share prices in Karachi rose 2% on Monday.",
    "Facebook and Twitter removed the accounts within hours.",
    "Like Facebook, Telegram has been blocked in the country since March.",
    "Follow the money, investigators said.",
    "Follow-up talks are planned for next month in Doha.",
    "Many voters subscribe to the view that the vote was rigged.",
    "Subscribers to the newsletter were told the plant would close.",
    "Join the talks, the minister urged the Taliban.",
    "The ministry asked citizens to follow official accounts on X for updates.",
    "Tweets by the spokesman on X were deleted on Monday.",
    "Share this article on Facebook, the message read, and thousands did within the hour.",
    "Telegram, WhatsApp and Signal were slowed in the region during the protests.",
  })
  void keepsSentencesThatMentionNetworks(String block) {
    assertFalse(Furniture.isFurniture(block), block);
  }

  /** A row of network names that turns out not to be furniture is judged at once, not after exponential backtracking. */
  @Test
  void aLongRowOfNamesIsJudgedQuickly() {
    for (String unit : new String[] {"X ", "Facebook ", "Share on X ", "Like us on X "}) {
      String block = unit.repeat(200 / unit.length()) + "went dark for a week";
      assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertFalse(Furniture.isFurniture(block), block));
    }
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
