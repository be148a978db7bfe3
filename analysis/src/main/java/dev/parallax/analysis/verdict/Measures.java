package dev.parallax.analysis.verdict;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of the measured things news stories count again and again, so that "2,000 people were
 * killed", "a death toll of 11,300" and "11,300 deaths" are recognised as one measure, and so are
 * "tens of thousands marched", "5,000 people joined the protest" and "a crowd of 5,000". A small table
 * of our own: (head noun, verb) or (modifier + head) to a canonical measure. Everything else keeps its
 * head noun.
 */
final class Measures {
  private Measures() {}

  private static final Map<String, String> BY_VERB =
      Map.ofEntries(
          Map.entry("kill", "deaths"), Map.entry("die", "deaths"), Map.entry("dead", "deaths"),
          Map.entry("injure", "injured"), Map.entry("wound", "injured"), Map.entry("hurt", "injured"),
          Map.entry("displace", "displaced"), Map.entry("evacuate", "displaced"), Map.entry("flee", "displaced"),
          Map.entry("arrest", "arrests"), Map.entry("detain", "arrests"), Map.entry("missing", "missing"),
          Map.entry("homeless", "displaced"), Map.entry("injured", "injured"), Map.entry("wounded", "injured"),
          Map.entry("march", "crowd"), Map.entry("rally", "crowd"), Map.entry("gather", "crowd"),
          Map.entry("protest", "crowd"), Map.entry("demonstrate", "crowd"), Map.entry("attend", "crowd"),
          Map.entry("join", "crowd"), Map.entry("turn", "crowd"), Map.entry("take", "crowd"));

  private static final Map<String, String> BY_HEAD =
      Map.ofEntries(
          Map.entry("death", "deaths"), Map.entry("fatality", "deaths"), Map.entry("dead", "deaths"),
          Map.entry("casualty", "casualties"), Map.entry("injury", "injured"), Map.entry("injured", "injured"),
          Map.entry("wounded", "injured"), Map.entry("arrest", "arrests"), Map.entry("evacuee", "displaced"),
          Map.entry("displaced", "displaced"), Map.entry("crowd", "crowd"), Map.entry("protester", "crowd"),
          Map.entry("demonstrator", "crowd"), Map.entry("marcher", "crowd"), Map.entry("participant", "crowd"),
          Map.entry("attendee", "crowd"));

  private static final Set<String> PEOPLE = Set.of("people", "person", "civilian", "resident", "victim", "villager");

  /** The canonical measure of a measured thing; its head noun when no entry applies. */
  static String canonical(MeasuredThing m) {
    if (m.head() == null) {
      return null;
    }
    String head = m.head().toLowerCase(Locale.ROOT);
    String phrase = m.phrase() == null ? "" : m.phrase().toLowerCase(Locale.ROOT);
    if (head.equals("toll")) {
      return phrase.contains("injur") ? "injured" : "deaths";
    }
    String byHead = BY_HEAD.get(head);
    if (byHead != null) {
      return byHead;
    }
    if (PEOPLE.contains(head) && m.verb() != null) {
      String byVerb = BY_VERB.get(m.verb());
      if (byVerb != null) {
        return byVerb;
      }
    }
    return head;
  }

  /** True when the measure is one of the canonical casualty-style measures, which name their own verb. */
  static boolean canonicalMeasure(String measure) {
    return BY_VERB.containsValue(measure) || BY_HEAD.containsValue(measure);
  }
}
