package dev.parallax.analysis.claim;

import dev.parallax.model.Claim;
import dev.parallax.model.EntityMention;
import dev.parallax.model.EntityType;
import dev.parallax.model.QuantityFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * One name spelled two ways by different outlets ("Veltranoville" and "Veltranovile", "Al-Brack"
 * and "Al Brack") becomes one entity across the story, so that claims about it meet. Two entities are
 * taken as one spelling when they are of one type, begin with the same letter, are at most one edit
 * apart (two for names of ten letters or more; Commons Text's Levenshtein distance), no article
 * uses both (one writer who writes both means two things), and at most one of them is in the
 * gazetteer (two known entities are known to differ). The rarer spelling takes the commoner one's id
 * and name (mentions first, then articles, then the alphabet), and so does a number's place written
 * with it.
 */
public final class EntityVariants {
  /** Names shorter than this are too short to tell a misspelling from another name. */
  static final int MIN_LETTERS = 6;

  private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

  private final EntityGazetteer gazetteer;

  public EntityVariants(EntityGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  private static final class Seen {
    final String id;
    final EntityType type;
    final String name;
    int mentions;
    final Set<String> articles = new HashSet<>();

    Seen(String id, EntityType type, String name) {
      this.id = id;
      this.type = type;
      this.name = name;
    }
  }

  /** The claims with each variant spelling's mentions moved to the entity it spells. */
  public List<Claim> unify(List<Claim> claims) {
    Map<String, Seen> seen = new TreeMap<>();
    for (Claim c : claims) {
      for (EntityMention e : c.entities()) {
        Seen s = seen.computeIfAbsent(e.entityId(), k -> new Seen(k, e.type(), e.name()));
        s.mentions++;
        s.articles.add(c.articleId());
      }
    }
    Map<String, Seen> target = new HashMap<>();
    List<Seen> all = new ArrayList<>(seen.values());
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Seen a = all.get(i);
        Seen b = all.get(j);
        if (variants(a, b)) {
          Seen keep = commoner(a, b) ? a : b;
          Seen drop = keep == a ? b : a;
          if (!target.containsKey(drop.id) && !target.containsKey(keep.id)) {
            target.put(drop.id, keep);
          }
        }
      }
    }
    if (target.isEmpty()) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      boolean changed = false;
      List<EntityMention> entities = new ArrayList<>(c.entities().size());
      Map<String, String> respelled = new HashMap<>();
      for (EntityMention e : c.entities()) {
        Seen to = target.get(e.entityId());
        if (to == null) {
          entities.add(e);
        } else {
          entities.add(new EntityMention(e.text(), e.start(), e.end(), to.id, to.name, e.type()));
          respelled.put(e.text(), to.name);
          changed = true;
        }
      }
      if (!changed) {
        out.add(c);
        continue;
      }
      // a number's place written with the variant spelling takes the entity's name, so places meet too
      List<QuantityFrame> frames = new ArrayList<>(c.frames().size());
      for (QuantityFrame f : c.frames()) {
        String place = f.place() == null ? null : respelled.getOrDefault(f.place(), f.place());
        frames.add(place == f.place() ? f : new QuantityFrame(f.start(), f.measure(), f.phrase(), f.subgroup(), place,
            f.time(), f.timeKey(), f.asOf(), f.source(), f.status(), f.partOf()));
      }
      out.add(new Claim(c.id(), c.articleId(), c.text(), c.start(), c.end(), c.sentence(), c.polarity(),
          c.modality(), c.attribution(), c.quantities(), entities, c.proposition(), frames));
    }
    return out;
  }

  private boolean variants(Seen a, Seen b) {
    if (a.type != b.type || a.id.charAt(0) != b.id.charAt(0)) {
      return false;
    }
    int letters = Math.min(letters(a.id), letters(b.id));
    if (letters < MIN_LETTERS) {
      return false;
    }
    if (gazetteer.entry(a.id).isPresent() && gazetteer.entry(b.id).isPresent()) {
      return false;
    }
    if (!java.util.Collections.disjoint(a.articles, b.articles)) {
      return false;
    }
    String x = a.id.replace('-', ' ');
    String y = b.id.replace('-', ' ');
    if (x.replace(" ", "").equals(y.replace(" ", ""))) {
      return true;
    }
    int d = (letters >= 10 ? TWO : ONE).apply(x, y);
    return d >= 0;
  }

  private static boolean commoner(Seen a, Seen b) {
    if (a.mentions != b.mentions) {
      return a.mentions > b.mentions;
    }
    if (a.articles.size() != b.articles.size()) {
      return a.articles.size() > b.articles.size();
    }
    return a.id.compareTo(b.id) < 0;
  }

  private static int letters(String id) {
    int n = 0;
    for (int i = 0; i < id.length(); i++) {
      if (Character.isLetter(id.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
