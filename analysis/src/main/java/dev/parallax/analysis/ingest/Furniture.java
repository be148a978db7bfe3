package dev.parallax.analysis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: blocks that belong to the page, not the article. Comment forms, cookie and
 * privacy notices, "See also" / "You may also like" / "Read more" links, share prompts, image
 * captions and credits. Patterns are our own and deliberately narrow: a block is dropped only when
 * it is short and matches as a whole, never because a word appears inside a long paragraph.
 */
final class Furniture {
  private Furniture() {}

  private static final int SHORT = 220;

  private static final List<Pattern> WHOLE_BLOCK =
      List.of(
          p("(leave|post|add|write) a (reply|comment|response)( cancel reply)?"),
          p("(\\d+ )?comments?( \\(\\d+\\))?"),
          p("no comments( yet)?"),
          p(".*your email address will not be published.*"),
          p(".*required fields are marked.*"),
          p("(name|email|website|comment)\\s*\\*?"),
          p("save my name, email, and website.*"),
          p(".*this site uses akismet.*"),
          p(".*learn how your comment data is processed.*"),
          p("privacy (&|and) cookies? policy"),
          p("(privacy|cookie) policy"),
          p("terms (of (use|service)|and conditions)"),
          p("(all rights reserved|copyright).*"),
          p("\u00a9.*"),
          p("(see also|read more|read also|also read|related (articles?|stories|posts|news|content|coverage)|"
              + "more on this( story)?|recommended for you|you (may|might) (also )?like|more from\\b|"
              + "most (read|popular|viewed)|editor'?s picks?|don'?t miss|more stories|up next)\\b.*"),
          p("(related|recommended|trending( now)?|popular( posts)?|watch|listen|latest|more)(\\s*:.*)?"),
          p("(share|share this|share this (article|story|post)|share on \\w+|click to share.*|tweet|email|print|"
              + "whatsapp|facebook|twitter|linkedin|telegram|reddit|copy link|share via.*)"),
          p("(follow us|subscribe|sign up|join us|download (our|the) app|get the latest)\\b.*"),
          p("(advertisement|advert|sponsored( content)?|ad|ads|skip to (main )?content|skip advert(isement)?|"
              + "home|menu|search|close|back to top|top|next|previous|loading\\.*)"),
          p("(posted|filed) (in|under):?.*"),
          p("tags?:.*"),
          p("\\([\\w .,'&/-]{2,40}\\)"));

  /** A cookie banner: short, names cookies and a choice or a policy. */
  private static final Pattern COOKIES =
      Pattern.compile("(?i).*\\bcookies?\\b.*\\b(accept|consent|agree|opt[- ]?out|policy|privacy|settings|preferences|we use|uses)\\b.*");

  /** A caption: a block ending with a parenthesized credit, or naming people's positions in a photo. */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?i).*\\((file( photo| image)?|photo|image|afp|ap|reuters|epa|getty( images)?|[\\w .'-]{0,30}"
              + "\\b(media|photo|images?|tv|news|agency)|al[- ]jazeera)\\)\\s*$");

  private static final Pattern POSITION_MARKER =
      Pattern.compile("(?i)\\((left|right|center|centre|top|bottom|front|back|l|r|c|second from (left|right)|"
          + "front row|back row)\\)");

  /**
   * A caption glued to the start of a paragraph and ended by its credit:
   * "Fighters stand guard ... Photo: AFP / Javed Tanveer The article continues".
   */
  private static final Pattern LEADING_CAPTION =
      Pattern.compile("^(.{10,400}?)\\s*\\b(?:Photo|Image|Picture|Photograph|Credit)s?\\s*:\\s*[^/]{1,40}?\\s*/\\s*");

  private static Pattern p(String regex) {
    return Pattern.compile("(?i)" + regex + "[.:!]?");
  }

  /** True when the whole block is furniture. */
  static boolean isFurniture(String block) {
    String b = block.strip();
    if (b.isEmpty()) {
      return true;
    }
    if (b.length() > SHORT) {
      return false;
    }
    for (Pattern pattern : WHOLE_BLOCK) {
      if (pattern.matcher(b).matches()) {
        return true;
      }
    }
    if (b.length() < 400 && COOKIES.matcher(b).matches()) {
      return true;
    }
    return isCaption(b);
  }

  static boolean isCaption(String b) {
    if (b.length() > 400) {
      return false;
    }
    if (POSITION_MARKER.matcher(b).find()) {
      return true;
    }
    return CAPTION_CREDIT.matcher(b).matches() && !b.endsWith(".)");
  }

  /** The block without a caption and credit glued to its start, or the block itself. */
  static String stripLeadingCaption(String block) {
    Matcher m = LEADING_CAPTION.matcher(block);
    if (!m.find()) {
      return block;
    }
    int end = m.end();
    // The photographer: up to two capitalized words that are not function words.
    String rest = block.substring(end);
    String[] words = rest.split(" ", 4);
    int taken = 0;
    int offset = 0;
    while (taken < Math.min(2, words.length - 1)) {
      String w = words[taken];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
          || dev.parallax.analysis.lexicon.FunctionWords.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      offset += w.length() + 1;
      taken++;
    }
    String remainder = rest.substring(Math.min(offset, rest.length())).strip();
    return remainder.isEmpty() ? block : remainder;
  }

  /** The blocks without furniture, with leading captions cut off. */
  static List<String> remove(List<String> blocks) {
    List<String> out = new ArrayList<>();
    for (String b : blocks) {
      if (isFurniture(b)) {
        continue;
      }
      String stripped = stripLeadingCaption(b);
      if (!stripped.isBlank() && !isFurniture(stripped)) {
        out.add(stripped);
      }
    }
    return out;
  }
}
