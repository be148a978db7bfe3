package dev.parallax.analysis.verdict;

import dev.parallax.analysis.align.AlignableClaim;
import dev.parallax.analysis.align.ClaimPair;
import dev.parallax.model.FindingKind;
import dev.parallax.model.Modality;
import dev.parallax.model.Polarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim and an explicit denial or rejection of it.
 *
 * <ul>
 *   <li>An accusation ("X accused Y of ...") and, within the next {@value #WINDOW} sentences of the
 *       same article, a denial by the accused ("Y denied ...", "Y rejected X's claims"), the nearest
 *       accusation winning.
 *   <li>An accusation in one article and a denial by the accused in another, when the two claims are
 *       aligned.
 *   <li>A denial and an aligned claim from another article that states what is denied.
 * </ul>
 */
final class DisputeRule implements FindingRule {
  static final int WINDOW = 4;
  private static final double CROSS_ARTICLE_PAIR = 0.35;
  private static final double DENIED_CONTENT_PAIR = 0.60;

  private Voices voices;

  @Override
  public List<Draft> apply(VerdictContext context) {
    this.voices = context.voices();
    List<AlignableClaim> claims = context.claims();
    List<ClaimPair> pairs = context.pairs();
    List<Draft> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int k = 0; k < claims.size(); k++) {
      AlignableClaim d = claims.get(k);
      Speech denial = Speech.of(d, Speech.DENY);
      if (denial == null) {
        continue;
      }
      for (int j = k - 1; j >= 0; j--) {
        AlignableClaim a = claims.get(j);
        if (!a.articleId().equals(d.articleId()) || d.claim().sentence() - a.claim().sentence() > WINDOW) {
          break;
        }
        Speech accusation = Speech.of(a, Speech.ACCUSE);
        if (accusation != null && answers(denial, accusation)) {
          out.add(draft(a, accusation, d, denial, "the denial follows the accusation in the same article"));
          used.add(d.id());
          break;
        }
      }
    }
    for (ClaimPair p : pairs) {
      for (AlignableClaim[] ad : List.of(new AlignableClaim[] {p.a(), p.b()}, new AlignableClaim[] {p.b(), p.a()})) {
        AlignableClaim a = ad[0];
        AlignableClaim d = ad[1];
        if (used.contains(d.id())) {
          continue;
        }
        Speech denial = Speech.of(d, Speech.DENY);
        if (denial == null) {
          continue;
        }
        Speech accusation = Speech.of(a, Speech.ACCUSE);
        if (accusation != null && p.score() >= CROSS_ARTICLE_PAIR && answers(denial, accusation)) {
          out.add(draft(a, accusation, d, denial, "the two claims are aligned (score " + Wording.decimal(p.score()) + ")"));
          used.add(d.id());
        } else if (accusation == null && Speech.of(a, Speech.DENY) == null && a.claim().polarity() == Polarity.AFFIRMATIVE
            && (a.claim().modality() == Modality.ASSERTED || a.claim().modality() == Modality.REPORTED)
            && Math.max(p.cosine(), p.clauseCosine()) >= DENIED_CONTENT_PAIR && !denial.agent().isEmpty()
            && !refersBack(denial)) {
          out.add(new Draft(FindingKind.DISPUTE, "denial of: " + Wording.quote(a.claim().text(), 60), List.of(a, d),
              0.45 + 0.3 * Math.min(1, p.score()),
              Wording.outlet(a) + " reports \"" + Wording.quote(a.claim().text(), 90) + "\", which "
                  + Wording.outlet(d) + " reports being denied: \"" + Wording.quote(d.claim().text(), 90) + "\".",
              List.of("The denial and the claim come from different outlets; check that they refer to the same event."),
              List.of("'" + denial.verb() + "' is a verb of denial", "the denial's content is close to the claim: "
                  + "similarity " + Wording.decimal(Math.max(p.cosine(), p.clauseCosine()))),
              List.of(), null, voices.count(List.of(a, d))));
          used.add(d.id());
        }
      }
    }
    return out;
  }

  /**
   * Nouns by which a denial points back at what was said without saying it ("denied the accusation,
   * saying ..."): its words are then the denier's own, not the content denied.
   */
  private static final Set<String> SAID_NOUNS =
      Set.of("accusation", "allegation", "claim", "charge", "report", "suggestion", "criticism", "assertion",
          "statement", "story", "rumour", "rumor", "speculation");

  private static boolean refersBack(Speech denial) {
    return !denial.target().isEmpty() && SAID_NOUNS.containsAll(denial.target());
  }

  /** The denier is the accused, or the denial names the accuser ("rejected Pakistan's claims"). */
  private static boolean answers(Speech denial, Speech accusation) {
    Set<String> accused = new HashSet<>(accusation.target());
    accused.retainAll(denial.agent());
    if (!accused.isEmpty()) {
      return true;
    }
    Set<String> accuser = new HashSet<>(accusation.agent());
    accuser.retainAll(denial.target());
    Set<String> self = new HashSet<>(accusation.agent());
    self.retainAll(denial.agent());
    return !accuser.isEmpty() && self.isEmpty() && !denial.agent().isEmpty();
  }

  private Draft draft(AlignableClaim a, Speech accusation, AlignableClaim d, Speech denial, String how) {
    boolean oneOutlet = Wording.outlet(a).equals(Wording.outlet(d));
    String who = oneOutlet ? Wording.outlet(a) : Wording.outlets(List.of(a, d));
    String explanation =
        who + (oneOutlet ? " reports" : " report") + " an accusation (\"" + Wording.quote(a.claim().text(), 90) + "\") and its "
            + noun(denial.verb()) + ": \"" + Wording.quote(d.claim().text(), 90) + "\".";
    java.util.Map<String, String> display = new java.util.HashMap<>();
    for (AlignableClaim c : List.of(a, d)) {
      for (var e : c.claim().entities()) {
        display.putIfAbsent(e.entityId(), e.name());
      }
    }
    List<String> reasons = new ArrayList<>();
    reasons.add("'" + accusation.verb() + "' marks an accusation by " + names(accusation.agent(), display)
        + " against " + names(accusation.target(), display));
    reasons.add("'" + denial.verb() + "' marks a denial by " + names(denial.agent(), display));
    reasons.add(how);
    return new Draft(FindingKind.DISPUTE, "accusation against " + names(accusation.target(), display), List.of(a, d),
        a.articleId().equals(d.articleId()) ? 0.85 : 0.7, explanation, List.of(), reasons, List.of(), null,
        voices.count(List.of(a, d)));
  }

  private static String noun(String denialVerb) {
    return switch (denialVerb) {
      case "deny" -> "denial";
      case "refute" -> "refutation";
      case "dispute", "contest" -> "dispute";
      default -> "rejection";
    };
  }

  /** The parties as a reader names them: entity names where known, else the nouns themselves. */
  private static String names(Set<String> ids, java.util.Map<String, String> display) {
    if (ids.isEmpty()) {
      return "an unnamed party";
    }
    java.util.Set<String> named = new java.util.LinkedHashSet<>();
    for (String id : ids) {
      named.add(display.getOrDefault(id, id));
    }
    return Wording.join(new ArrayList<>(named));
  }
}
