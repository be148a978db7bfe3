package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.EntityMention;
import dev.parallax.model.Evidence;
import dev.parallax.model.FindingKind;
import dev.parallax.model.FrameStatus;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A claim and an explicit denial of it ({@link Denial}), in one article or across articles. Each
 * denial is one finding, with the claims it answers:
 *
 * <ul>
 *   <li>an accusation ("X accused Y of ...", "alleging that ...") whose target denies it, in the same
 *       article within {@value #WINDOW} sentences or in another article;
 *   <li>for a denial of involvement ("Israel denied involvement in the blast", "this is completely
 *       incorrect" after a sentence that blames the denier), claims of other outlets about the same
 *       event that name the denier;
 *   <li>for a denial of a statement ("denied that Ukraine was involved", "there is no evidence that
 *       ..."), claims of other outlets that state it, by meaning or by the actors and words they share;
 *   <li>for a denial that anyone did something ("No one used such a device"), claims of other outlets
 *       that someone did it: the same verb, with the same thing as its object ("such a device" stands for
 *       what the denying article named before with that verb); for a denial of reports of a thing ("dismissed
 *       the reports of a sound cannon as fake"), claims of other outlets whose object is that thing;
 *   <li>for a denial of figures ("the casualty numbers were inflated", "dismissed reports that over
 *       20 people had died"), the figures of that measure other sources give.
 * </ul>
 *
 * The denier is never the source of the claim it answers. Stateless; thread-safe.
 */
final class DisputeRule implements FindingRule {
  static final int WINDOW = 4;
  /** The most claims one denial is shown answering; figures can be many. */
  private static final int MAX_ANSWERED = 4;
  private static final int MAX_FIGURES = 8;

  @Override
  public List<Draft> apply(VerdictContext context) {
    List<AlignableClaim> claims = context.claims();
    Map<String, Denial> denials = new LinkedHashMap<>();
    // one denial a voice repeats word for word (a lede that restates the headline) is one finding
    Set<String> repeated = new HashSet<>();
    Set<String> told = new HashSet<>();
    for (AlignableClaim c : claims) {
      Denial d = context.denial(c);
      if (d != null) {
        denials.put(c.id(), d);
        if (!told.add(context.voices().voice(c) + "\n" + c.claim().text().strip())) {
          repeated.add(c.id());
        }
      }
    }
    Map<String, List<AlignableClaim>> byArticle = context.byArticle();
    List<Draft> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    // An accusation and its denial in one article.
    for (Denial d : denials.values()) {
      List<AlignableClaim> article = byArticle.get(d.claim().articleId());
      int at = article.indexOf(d.claim());
      for (int j = at - 1; j >= 0; j--) {
        AlignableClaim a = article.get(j);
        if (d.claim().claim().sentence() - a.claim().sentence() > WINDOW) {
          break;
        }
        Speech accusation = Speech.of(a, Speech.ACCUSE);
        if (accusation != null && !denials.containsKey(a.id()) && answers(d, accusation)) {
          out.add(accusationDraft(a, accusation, d, "the denial follows the accusation in the same article", context));
          used.add(d.claim().id());
          break;
        }
      }
    }
    // A denial and what other outlets say.
    for (Denial d : denials.values()) {
      if (used.contains(d.claim().id()) || repeated.contains(d.claim().id())) {
        continue;
      }
      List<Match> matches = matches(d, denials, byArticle, context);
      if (matches.isEmpty()) {
        continue;
      }
      out.add(draft(d, matches, context));
    }
    return out;
  }

  /** A claim a denial answers, how well, and why. */
  private record Match(AlignableClaim claim, double score, String why, Evidence cue) {}

  private List<Match> matches(
      Denial d, Map<String, Denial> denials, Map<String, List<AlignableClaim>> byArticle, VerdictContext context) {
    AlignableClaim dc = d.claim();
    String voice = context.voices().voice(dc);
    AlignableClaim previous = null;
    if (d.kind() == Denial.Kind.PREVIOUS) {
      List<AlignableClaim> article = byArticle.get(dc.articleId());
      int at = article.indexOf(dc);
      previous = at > 0 ? article.get(at - 1) : null;
      if (previous == null) {
        return List.of();
      }
    }
    List<Match> found = new ArrayList<>();
    for (AlignableClaim c : context.claims()) {
      if (c == dc || context.voices().voice(c).equals(voice) || denials.containsKey(c.id())
          || c.claim().polarity() != Polarity.AFFIRMATIVE || c.claim().modality() == Modality.PRESCRIPTIVE
          || c.claim().modality() == Modality.HEDGED || claimedBy(c, d.denier())) {
        continue;
      }
      Match m = match(d, c, previous, context);
      if (m != null) {
        found.add(m);
      }
    }
    found.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparingInt(m -> context.order().get(m.claim().id())));
    List<Match> out = new ArrayList<>();
    Map<String, Integer> perVoice = new HashMap<>();
    int max = d.kind() == Denial.Kind.FIGURE ? MAX_FIGURES : MAX_ANSWERED;
    for (Match m : found) {
      // at most two claims of one outlet: an outlet often tells what is denied twice
      if (out.size() < max && perVoice.merge(context.voices().voice(m.claim()), 1, Integer::sum) <= 2) {
        out.add(m);
      }
    }
    return out;
  }

  private Match match(Denial d, AlignableClaim c, AlignableClaim previous, VerdictContext context) {
    ClaimPair p = context.pair(d.claim(), c);
    double pair = p == null ? 0 : p.score();
    Speech accusation = null;
    for (Speech s : context.accusations(c)) {
      if (accusation == null || !s.target().isEmpty() && accusation.target().isEmpty()) {
        accusation = s;
      }
      if (!java.util.Collections.disjoint(s.target(), d.party())) {
        accusation = s;
        break;
      }
    }
    switch (d.kind()) {
      case ACCUSATION:
        if (accusation != null && answers(d, accusation)) {
          return new Match(c, 0.5 + pair, "'" + accusation.verb() + "' marks an accusation against the denier",
              Cues.word(c, accusation.verb(), "accusation"));
        }
        return null;
      case FIGURE:
        return figureMatch(d, c);
      case PREVIOUS: {
        // "this is completely incorrect": what the sentence before says, as other outlets tell it
        ClaimPair q = context.pair(previous, c);
        double s = q == null ? 0 : q.score();
        String actor = actorNamed(c, d.denier());
        if (actor != null && (s >= context.thresholds().disputePair() || sharedRare(previous, c, context) >= 2)) {
          return new Match(c, 0.5 + s, "the denial answers the sentence before it (\"" + Wording.quote(
              previous.claim().text(), 80) + "\"), which this claim also tells, naming " + actor,
              entityCue(c, d.denier()));
        }
        return null;
      }
      case INVOLVEMENT: {
        if (accusation != null && !java.util.Collections.disjoint(accusation.target(), d.party())) {
          return new Match(c, 0.6 + pair, "'" + accusation.verb() + "' marks an accusation against the party whose "
              + "part the denial rejects", Cues.word(c, accusation.verb(), "accusation"));
        }
        String actor = actorNamed(c, d.party());
        if (actor == null) {
          return null;
        }
        int shared = sharedRare(d.claim(), c, context);
        boolean sameMeasure = sameMeasure(d.claim(), c);
        if (pair >= context.thresholds().disputePair() || shared >= 2 || sameMeasure && shared >= 1) {
          return new Match(c, pair + 0.1 * shared + (sameMeasure ? 0.1 : 0),
              "it names " + actor + " in the event the denial says it had no part in", entityCue(c, d.party()));
        }
        return null;
      }
      case CLAIM:
      default: {
        if (accusation != null && !java.util.Collections.disjoint(accusation.target(), d.contentEntities())) {
          return new Match(c, 0.4 + pair, "'" + accusation.verb() + "' marks an accusation against "
              + String.join(", ", d.contentEntities()) + ", which the denial says is not so",
              Cues.word(c, accusation.verb(), "accusation"));
        }
        Match deed = deedMatch(d, c, context);
        if (deed != null) {
          return deed;
        }
        double similarity = p == null ? 0 : p.similarity();
        boolean entities = !java.util.Collections.disjoint(new HashSet<>(c.entityIds()), d.contentEntities());
        if (similarity >= context.thresholds().deniedContent() && (entities || d.contentEntities().isEmpty())
            || entities && pair >= context.thresholds().disputePair()) {
          return new Match(c, pair, "what is denied is close to this claim (similarity "
              + Wording.decimal(similarity) + ")" + (entities ? " and names the same actors" : ""), null);
        }
        return null;
      }
    }
  }

  /** A figure another source gives for what the denial says is inflated, or for the figure it dismisses. */
  private static Match figureMatch(Denial d, AlignableClaim c) {
    Set<String> measures = new HashSet<>();
    QuantityMention denied = null;
    for (QuantityFrame f : d.claim().claim().frames()) {
      if (f.measure() != null) {
        measures.add(f.measure());
        if (denied == null) {
          denied = mention(d.claim(), f);
        }
      }
    }
    if (measures.isEmpty()) {
      // "the casualty numbers were inflated": casualties are the dead and the injured
      for (Token t : d.claim().tokens()) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (l.equals("casualty") || l.equals("death") || l.equals("toll") || l.equals("fatality")) {
          measures.add("deaths");
          measures.add("injured");
        }
      }
    }
    for (QuantityFrame f : c.claim().frames()) {
      if (f.measure() == null || !measures.contains(f.measure()) || f.status() == FrameStatus.PROJECTION
          || f.status() == FrameStatus.THRESHOLD || f.subgroup() != null || f.place() != null) {
        continue;
      }
      QuantityMention q = mention(c, f);
      if (q == null || q.reading() == null || denied != null && !Compatibility.compatible(q, denied)) {
        continue;
      }
      return new Match(c, 0.5 + (denied != null ? 0.1 : 0), "it gives a figure for " + f.measure()
          + (denied != null ? " that fits the one denied (" + denied.text() + ")" : " that the denial calls inflated"),
          Cues.of(c, q.start(), q.end(), "figure"));
    }
    return null;
  }

  private static QuantityMention mention(AlignableClaim c, QuantityFrame f) {
    for (QuantityMention q : c.claim().quantities()) {
      if (q.start() == f.start()) {
        return q;
      }
    }
    return null;
  }

  private static boolean sameMeasure(AlignableClaim a, AlignableClaim b) {
    for (QuantityFrame fa : a.claim().frames()) {
      for (QuantityFrame fb : b.claim().frames()) {
        if (fa.measure() != null && fa.measure().equals(fb.measure())) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many content lemmas two claims share that few claims of the story use. */
  private static int sharedRare(AlignableClaim a, AlignableClaim b, VerdictContext context) {
    Set<String> shared = new HashSet<>(a.lemmas());
    shared.retainAll(b.lemmas());
    int rare = 0;
    int limit = Math.max(3, context.claims().size() / 10);
    for (String l : shared) {
      if (context.lemmaCount(l) <= limit) {
        rare++;
      }
    }
    return rare;
  }

  /**
   * The party's name as the claim writes it as an actor ("Pakistani", "by the Northern Front"), or
   * null; a place ("in Veltrano City") is not an actor.
   */
  private static String actorNamed(AlignableClaim c, Set<String> party) {
    for (EntityMention e : c.claim().entities()) {
      if (party.contains(e.entityId()) && !located(c, e)) {
        return e.text();
      }
    }
    return null;
  }

  private static boolean located(AlignableClaim c, EntityMention e) {
    List<Token> t = c.tokens();
    for (int k = 1; k < t.size(); k++) {
      if (t.get(k).start() == e.start()) {
        String before = t.get(k - 1).text().toLowerCase(Locale.ROOT);
        String two = k > 1 ? t.get(k - 2).text().toLowerCase(Locale.ROOT) : "";
        return Set.of("in", "at", "near", "across", "inside", "outside", "into", "towards", "toward", "of", "from")
            .contains(before)
            || before.equals("the") && Set.of("in", "at", "near").contains(two);
      }
    }
    return false;
  }

  private static Evidence entityCue(AlignableClaim c, Set<String> denier) {
    for (EntityMention e : c.claim().entities()) {
      if (denier.contains(e.entityId())) {
        return Cues.of(c, e.start(), e.end(), "actor");
      }
    }
    return null;
  }

  /**
   * The claim is the denier's own: its speaker or cited source is the denier, or it opens with the
   * denier saying it ("The Israeli army said Tuesday ...").
   */
  private static boolean claimedBy(AlignableClaim c, Set<String> denier) {
    var at = c.claim().attribution();
    List<Token> t = c.tokens();
    for (EntityMention e : c.claim().entities()) {
      if (!denier.contains(e.entityId())) {
        continue;
      }
      for (int k = 0; k < t.size(); k++) {
        if (t.get(k).start() >= e.end()) {
          for (int j = k; j < Math.min(t.size(), k + 3); j++) {
            String l = t.get(j).lemma().toLowerCase(Locale.ROOT);
            if (t.get(j).tag().equals("VERB") && Set.of("say", "claim", "state", "insist", "tell", "announce", "argue")
                .contains(l)) {
              return true;
            }
          }
          break;
        }
      }
    }
    if (at == null) {
      return false;
    }
    if (at.entityId() != null && denier.contains(at.entityId())) {
      return true;
    }
    for (EntityMention e : c.claim().entities()) {
      if (e.start() >= at.speakerStart() && e.end() <= at.speakerEnd() && denier.contains(e.entityId())) {
        return true;
      }
    }
    return false;
  }

  /** The denier is the accused, or the denial names the accuser ("rejected Pakistan's claims"). */
  private static boolean answers(Denial d, Speech accusation) {
    Set<String> accused = new HashSet<>(accusation.target());
    accused.retainAll(d.denier());
    if (!accused.isEmpty()) {
      return true;
    }
    Set<String> accuser = new HashSet<>(accusation.agent());
    Set<String> named = new HashSet<>(d.contentEntities());
    for (Token t : d.content()) {
      named.add(t.lemma().toLowerCase(Locale.ROOT));
    }
    accuser.retainAll(named);
    Set<String> self = new HashSet<>(accusation.agent());
    self.retainAll(d.denier());
    return !accuser.isEmpty() && self.isEmpty() && !d.denier().isEmpty();
  }

  private Draft accusationDraft(AlignableClaim a, Speech accusation, Denial d, String how, VerdictContext context) {
    AlignableClaim dc = d.claim();
    boolean oneOutlet = Wording.outlet(a).equals(Wording.outlet(dc));
    String who = oneOutlet ? Wording.outlet(a) : Wording.outlets(List.of(a, dc));
    String explanation = who + (oneOutlet ? " reports" : " report") + " an accusation (\"" + Wording.quote(a.claim().text(), 90)
        + "\") and its denial: \"" + Wording.quote(dc.claim().text(), 90) + "\".";
    Map<String, String> display = display(List.of(a, dc));
    List<String> reasons = new ArrayList<>();
    reasons.add("'" + accusation.verb() + "' marks an accusation by " + names(accusation.agent(), display) + " against "
        + names(accusation.target(), display));
    reasons.add("'" + d.cue().text() + "' marks a denial by " + names(d.denier(), display));
    reasons.add(how);
    List<Evidence> cues = new ArrayList<>(List.of(d.cue()));
    cues.add(Cues.word(a, accusation.verb(), "accusation"));
    return new Draft(FindingKind.DISPUTE, "accusation against " + names(accusation.target(), display), List.of(a, dc),
        a.articleId().equals(dc.articleId()) ? 0.85 : 0.7, explanation, List.of(), reasons, List.of(), null,
        context.voices().count(List.of(a, dc)), cues);
  }

  private Draft draft(Denial d, List<Match> matches, VerdictContext context) {
    AlignableClaim dc = d.claim();
    List<AlignableClaim> claims = new ArrayList<>();
    claims.add(dc);
    List<Evidence> cues = new ArrayList<>(List.of(d.cue()));
    List<String> reasons = new ArrayList<>();
    Map<String, String> display = display(List.of(dc));
    reasons.add("'" + d.cue().text() + "' marks a denial" + (d.denier().isEmpty() ? "" : " by "
        + names(d.denier(), display)) + " (" + kindWords(d.kind()) + ")");
    List<String> told = new ArrayList<>();
    double best = 0;
    for (Match m : matches) {
      claims.add(m.claim());
      cues.add(m.cue());
      reasons.add(Wording.outlet(m.claim()) + ": " + m.why());
      told.add("\"" + Wording.quote(m.claim().claim().text(), 90) + "\" (" + Wording.outlet(m.claim()) + ")");
      best = Math.max(best, m.score());
    }
    String explanation = Wording.outlet(dc) + " reports a denial: \"" + Wording.quote(dc.claim().text(), 110)
        + "\"; what is denied is told by " + String.join("; ", told) + ".";
    List<String> caveats = new ArrayList<>();
    caveats.add("The denial and what it answers come from different outlets; check that they speak of the same thing.");
    String topic = "denial: " + Wording.quote(dc.claim().text().replaceAll("[.\"]+$", ""), 70);
    Set<String> opposed = new java.util.TreeSet<>();
    for (Match m : matches) {
      opposed.add(Draft.pair(dc, m.claim())); // the claims a denial answers agree with each other
    }
    return new Draft(FindingKind.DISPUTE, topic, claims, Math.min(0.8, 0.45 + 0.3 * Math.min(1, best)), explanation,
        caveats, reasons, List.of(), null, context.voices().count(claims), cues, opposed);
  }

  private static String kindWords(Denial.Kind kind) {
    return switch (kind) {
      case CLAIM -> "of a statement";
      case INVOLVEMENT -> "of a part in the event";
      case ACCUSATION -> "of an accusation";
      case FIGURE -> "of figures";
      case PREVIOUS -> "of what the sentence before says";
    };
  }

  private static Map<String, String> display(List<AlignableClaim> claims) {
    Map<String, String> display = new HashMap<>();
    for (AlignableClaim c : claims) {
      for (var e : c.claim().entities()) {
        display.putIfAbsent(e.entityId(), e.name());
      }
    }
    return display;
  }

  /** The parties as a reader names them: entity names where known, else the nouns themselves. */
  private static String names(Set<String> ids, Map<String, String> display) {
    if (ids.isEmpty()) {
      return "an unnamed party";
    }
    Set<String> named = new LinkedHashSet<>();
    for (String id : ids) {
      named.add(display.getOrDefault(id, id));
    }
    return Wording.join(new ArrayList<>(named));
  }

  /**
   * A claim that someone did what a "no one did it" denial denies (the same verb, or a WordNet synonym,
   * with the same thing as its object), or that has as its object the thing whose reports are denied
   * ("dismissed the reports of a sound cannon as fake" / "used a sound cannon"); null otherwise.
   */
  private static Match deedMatch(Denial d, AlignableClaim c, VerdictContext context) {
    List<Token> content = d.content();
    if (content.isEmpty()) {
      return null;
    }
    String verb = null;
    List<String> thing;
    if (d.nobody()) {
      verb = content.get(0).lemma().toLowerCase(Locale.ROOT);
      thing = objectNouns(content, 0);
      if (thing.isEmpty()) {
        return null;
      }
      if (anaphoric(content, 0)) {
        thing = antecedent(d, verb, context); // "such a device": what the article named before with this verb
      }
    } else if (reportsOf(d)) {
      thing = new ArrayList<>();
      for (Token x : content) {
        if (x.tag().equals("ADP") || x.verb() || x.tag().equals("PUNCT")) {
          break;
        }
        if (x.tag().equals("NOUN")) {
          thing.add(x.lemma().toLowerCase(Locale.ROOT));
        }
      }
    } else {
      return null;
    }
    if (thing.isEmpty()) {
      return null;
    }
    String head = thing.get(thing.size() - 1);
    List<Token> t = c.tokens();
    for (int v = 0; v < t.size(); v++) {
      String l = t.get(v).lemma().toLowerCase(Locale.ROOT);
      if (!t.get(v).tag().equals("VERB") || dev.parallax.analysis.lexicon.CommonVerbs.reporting(l)
          || verb != null && !l.equals(verb) && !context.thesaurus().synonyms(verb,
          dev.parallax.analysis.lexicon.WordClass.VERB).contains(l)
          || dev.parallax.analysis.claim.Stance.negationOf(t, v) >= 0) {
        continue;
      }
      List<String> object = objectNouns(t, v);
      if (object.isEmpty() || !object.get(object.size() - 1).equals(head) || !object.containsAll(thing)) {
        continue;
      }
      return new Match(c, 0.6, "'" + t.get(v).text() + "' has as its object " + (d.nobody() ? "what the denial says no one "
          + content.get(0).text() : "what the dismissed reports name") + " (" + String.join(" ", thing) + ")",
          Cues.of(c, t.get(v), "deed"));
    }
    return null;
  }

  /** A denial of reports of a thing: "dismissed the reports of a sound cannon". */
  private static boolean reportsOf(Denial d) {
    List<Token> t = d.claim().tokens();
    int from = d.contentFrom();
    return d.kind() == Denial.Kind.CLAIM && from >= 2 && t.get(from - 1).text().equalsIgnoreCase("of")
        && Denial.SAID.contains(t.get(from - 2).lemma().toLowerCase(Locale.ROOT));
  }

  /** The nouns of the noun phrase right after the verb at {@code v} ("a sound cannon": sound, cannon), head last. */
  static List<String> objectNouns(List<Token> t, int v) {
    int k = v + 1;
    while (k < t.size() && (t.get(k).tag().equals("DET") || t.get(k).tag().equals("ADJ")
        || t.get(k).tag().equals("NUM"))) {
      k++;
    }
    List<String> out = new ArrayList<>();
    while (k < t.size() && t.get(k).tag().equals("NOUN")) {
      out.add(t.get(k).lemma().toLowerCase(Locale.ROOT));
      k++;
    }
    return out;
  }

  /** "such a device", "such weapons": the object stands for something named before. */
  private static boolean anaphoric(List<Token> t, int v) {
    for (int k = v + 1; k < t.size() && !t.get(k).tag().equals("NOUN"); k++) {
      if (t.get(k).text().equalsIgnoreCase("such")) {
        return true;
      }
    }
    return false;
  }

  /** The object of the same verb in the sentences of the denying article before the denial, or an empty list. */
  private static List<String> antecedent(Denial d, String verb, VerdictContext context) {
    List<AlignableClaim> article = context.byArticle().get(d.claim().articleId());
    List<String> found = List.of();
    for (AlignableClaim a : article) {
      if (a == d.claim()) {
        break;
      }
      List<Token> t = a.tokens();
      for (int v = 0; v < t.size(); v++) {
        if (t.get(v).tag().equals("VERB") && t.get(v).lemma().equalsIgnoreCase(verb) && !objectNouns(t, v).isEmpty()) {
          found = objectNouns(t, v);
        }
      }
    }
    return found;
  }
}
