package dev.parallax.analysis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture: blocks that belong to the page, not the article. Comment forms, cookie and
 * privacy notices, "See also" / "You may also like" / "Read more" links, share, follow and subscribe
 * prompts of any network, image captions and credits. Patterns are our own and deliberately narrow: a block is dropped only when
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

  /**
   * Networks and channels a page asks readers to share on, follow or subscribe through. Some are
   * ordinary words too ("x", "line", "signal", "threads"), so a name counts only inside a prompt.
   */
  private static final String NETWORK =
      "(?:facebook|fb|messenger|twitter|x|instagram|linkedin|whats ?app|telegram|signal|viber|line|wechat|weibo|vk|"
          + "youtube|tiktok|snapchat|reddit|pinterest|tumblr|threads|bluesky|mastodon|flipboard|google news|"
          + "apple news|apple podcasts|spotify|rss|e-?mail|sms)\\b";

  /** Several networks: "Facebook, Twitter and YouTube", "Facebook | X | Telegram". */
  private static final String NETWORKS =
      NETWORK + "(?:\\s*(?:,|/|\\||•|·|&|and|or)?\\s*" + NETWORK + ")*+";

  /** What a share prompt shares: "this article", "the story", "it", or nothing. */
  private static final String SHARED =
      "(?:(?:this|the|it|our)\\s*)?(?:article|story|post|page|video|link|report|piece|photo|gallery|news|item)?";

  /** Whom a follow prompt names: "us", "@Reuters", or up to four capitalized words ("Al Jazeera English"). */
  private static final String ACCOUNT =
      "(?:us|me|@[\\w.]+|(?-i:\\p{Lu}[\\w'’.&-]*(?: \\p{Lu}[\\w'’.&-]*){0,3}))";

  /** What a subscribe prompt offers. */
  private static final String CHANNEL =
      "(?:newsletters?|channel|podcast|feed|alerts?|updates|notifications|bulletin|briefing|digest|e-?mails?|page|"
          + "account|group|community)";

  /** What a prompt promises after the network: "for the latest updates", "to stay informed". */
  private static final String PROMISE =
      "(?:\\s*[-–—,]?\\s*(?:for|to get|and get|to stay|and stay|to keep|to receive|and never miss)\\b[^.!?]{0,60})?";

  /**
   * One share, follow or subscribe prompt. The group is atomic and the lists of networks possessive:
   * a row of names could otherwise be split into prompts in exponentially many ways before a block
   * that is not furniture fails to match.
   */
  private static final String PROMPT =
      "(?>(?:(?:click|tap)(?: here)? to |please )?(?:"
          // "Share this article on Facebook", "Share via email", "Post this on X"
          + "(?:share|send|e-?mail|post|tweet|pin|forward|repost)\\s*" + SHARED
          + "\\s*(?:with (?:your )?friends\\s*)?(?:on|via|with|to|through|using|in|:)\\s*" + NETWORKS
          // "Tweet this", "Email it"
          + "|(?:tweet|pin|share|e-?mail|forward) (?:this|it)"
          // "Follow us on Instagram", "Follow Al Jazeera English on X", "Like us on Facebook"
          + "|(?:follow|like|find|join|connect with|add|watch|listen to|catch|chat with|message) (?:" + ACCOUNT + " )?"
          + "(?:on|via|at|in|through) (?:our |the )?" + NETWORKS + "(?: " + CHANNEL + ")?"
          // "Join our WhatsApp channel"
          + "|(?:join|follow|add) (?:our|the) " + NETWORKS + " " + CHANNEL
          // "Subscribe to our newsletter", "Sign up for our daily newsletter", "Get breaking news alerts on WhatsApp"
          + "|(?:subscribe|sign up|register|get|receive)(?: (?:to|for|on))? (?:our |the )?"
          + "(?:(?:free|daily|weekly|morning|evening|breaking|news|e-?mail|" + NETWORK + ") )*" + CHANNEL
          + "(?: (?:on|via) " + NETWORKS + ")?"
          // "Subscribe to Dawn on Google News"
          + "|subscribe (?:to " + ACCOUNT + " )?(?:on|via) " + NETWORKS
          // "Share: Facebook Twitter", and a bare row of two or more buttons
          + "|(?:share|follow us)(?: on| via)?\\s*:?\\s*" + NETWORKS
          + "|" + NETWORK + "(?:\\s*(?:,|/|\\||•|·)?\\s*" + NETWORK + ")++"
          + ")" + PROMISE + ")";

  /**
   * A block that is nothing but share, follow and subscribe prompts, for any network: one prompt, or
   * a row of buttons read as one block ("Share on Facebook Share on X Share via email"). A sentence
   * that only mentions a network ("The video was shared on Facebook 10,000 times") does not match:
   * a prompt starts the block with its verb and the block ends with the prompt.
   */
  private static final Pattern SOCIAL_PROMPTS =
      Pattern.compile("(?i)" + PROMPT + "(?:\\s*[.!:|•·]?\\s*" + PROMPT + ")*\\s*[.!:]?");

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
    // a link set in brackets: "(MORE: How the Dam Was Built)", "[Read more: ...]"
    if (b.length() > 2 && (b.charAt(0) == '(' && b.endsWith(")") || b.charAt(0) == '[' && b.endsWith("]"))
        && b.indexOf(b.charAt(0), 1) < 0 && isFurniture(b.substring(1, b.length() - 1))) {
      return true;
    }
    for (Pattern pattern : WHOLE_BLOCK) {
      if (pattern.matcher(b).matches()) {
        return true;
      }
    }
    if (SOCIAL_PROMPTS.matcher(b).matches()) {
      return true;
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
