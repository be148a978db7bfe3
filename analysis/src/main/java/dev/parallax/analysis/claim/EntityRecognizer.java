package dev.parallax.analysis.claim;

import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named entities in a sentence: aliases from the {@link EntityGazetteer} first (so "Pakistani
 * Taliban" is the TTP, not Pakistan), then runs of proper nouns the gazetteer does not know, typed
 * by their last word ("... Institute" is an organisation, "... Province" a place, two or three
 * capitalized names a person). A lone surname that matches a person named earlier in the same
 * article takes that person's id. Thread-safe.
 */
public final class EntityRecognizer {
  private static final Pattern ORG_WORD =
      Pattern.compile("(?i)(institute|institution|university|council|party|ministry|army|group|movement|"
          + "organi[sz]ation|agency|cent(er|re)|forum|bank|committee|association|front|league|commission|"
          + "office|department|corporation|company|foundation|network|alliance|assembly|parliament|court|"
          + "police|forces|force|guard|brigade|union|school|college|times|news|post|press)");
  private static final Pattern PLACE_WORD =
      Pattern.compile("(?i)(province|district|valley|mountains?|river|city|port|region|line|state|county|"
          + "island|islands|sea|ocean|desert|border|crossing|pass|square|street|airport|base|camp)");
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "this", "that", "mr", "mrs", "ms", "dr", "prime", "minister", "president", "general");
  /** Calendar words are dates, not entities. */
  private static final Set<String> CALENDAR =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private final EntityGazetteer gazetteer;

  public EntityRecognizer(EntityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Entities in {@code sentence}, offsets into {@code text}.
   *
   * @param people surname (lower case) to person id, of persons named earlier in the same article;
   *     this call adds the persons it names
   */
  public List<EntityMention> recognize(String text, Sentence sentence, Map<String, String[]> people) {
    List<EntityMention> out = new ArrayList<>();
    boolean[] covered = new boolean[sentence.end() - sentence.start()];
    for (EntityGazetteer.Match m : gazetteer.find(sentence.text())) {
      int start = sentence.start() + m.start();
      int end = sentence.start() + m.end();
      EntityGazetteer.Entry e = m.entry();
      out.add(new EntityMention(text.substring(start, end), start, end, e.id(), e.name(), e.type()));
      java.util.Arrays.fill(covered, m.start(), m.end(), true);
      if (e.type() == EntityType.PERSON) {
        String[] parts = e.name().split(" ");
        people.put(parts[parts.length - 1].toLowerCase(Locale.ROOT), new String[] {e.id(), e.name()});
      }
    }
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!properNoun(tokens.get(i)) || covered[tokens.get(i).start() - sentence.start()]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && properNoun(tokens.get(j + 1))
          && !covered[tokens.get(j + 1).start() - sentence.start()]) {
        j++;
      }
      // Drop leading titles such as "Prime Minister" from the name but keep them in the span.
      int start = tokens.get(i).start();
      int end = tokens.get(j).end();
      String name = text.substring(start, end);
      if (!NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        out.add(unknown(text, start, end, name, j - i + 1, people));
      }
      i = j + 1;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean properNoun(Token t) {
    return t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0)) && t.text().length() > 1
        && !CALENDAR.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static EntityMention unknown(String text, int start, int end, String name, int words, Map<String, String[]> people) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (words == 1) {
      String[] person = people.get(last.toLowerCase(Locale.ROOT));
      if (person != null) {
        return new EntityMention(name, start, end, person[0], person[1], EntityType.PERSON);
      }
    }
    EntityType type;
    if (ORG_WORD.matcher(last).matches()) {
      type = EntityType.ORGANIZATION;
    } else if (PLACE_WORD.matcher(last).matches()) {
      type = EntityType.PLACE;
    } else if (words >= 2 && words <= 4) {
      type = EntityType.PERSON;
    } else {
      type = EntityType.OTHER;
    }
    String id = EntityGazetteer.keyOf(name);
    if (type == EntityType.PERSON) {
      people.put(last.toLowerCase(Locale.ROOT), new String[] {id, name});
    }
    return new EntityMention(name, start, end, id, name, type);
  }
}
