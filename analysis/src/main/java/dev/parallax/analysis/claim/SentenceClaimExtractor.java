package dev.parallax.analysis.claim;

import dev.parallax.analysis.quote.Quote;
import dev.parallax.analysis.text.Sentence;
import dev.parallax.analysis.text.Token;
import dev.parallax.model.Attribution;
import dev.parallax.model.Claim;
import dev.parallax.model.EntityMention;
import dev.parallax.model.Modality;
import dev.parallax.model.Proposition;
import dev.parallax.model.QuantityFrame;
import dev.parallax.model.QuantityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One claim per sentence, or per clause where a semicolon joins two clauses that each have a verb.
 *
 * <p>A sentence states nothing, and gives no claim, when it has fewer than four words, no verb, or
 * ends with a question mark, or when it is a heading (no final punctuation and fewer than twelve
 * words). A claim is attributed to the quote whose words it lies in or whose speaker it names; it
 * is then {@link Modality#REPORTED}. Thread-safe.
 */
public final class SentenceClaimExtractor implements ClaimExtractor {
  private static final int MIN_WORDS = 4;

  private final EntityRecognizer entities;
  private final QuantityFrameReader frames;

  public SentenceClaimExtractor(EntityRecognizer entities, QuantityFrameReader frames) {
    this.entities = entities;
    this.frames = frames;
  }

  @Override
  public List<Claim> extract(ArticleText input) {
    String text = input.article().text();
    String articleId = input.article().id();
    List<Claim> out = new ArrayList<>();
    Map<String, String[]> people = new HashMap<>();
    // A statement's time ("the figures covered the period from June 18 to July 1") holds for its figures
    // and for the sentences that go on with it ("It also said there had been 627 arrests").
    String[] statementTime = null;
    int statementSentence = -10;
    for (Sentence s : input.sentences()) {
      List<EntityMention> sentenceEntities = entities.recognize(text, s, people);
      if (!statesSomething(s)) {
        continue;
      }
      for (List<Token> clause : clauses(s)) {
        int start = clause.get(0).start();
        int end = clause.get(clause.size() - 1).end();
        Quote quote = quoteFor(input.quotes(), s, start, end);
        List<QuantityMention> quantities = inside(input.quantities(), start, end);
        List<EntityMention> clauseEntities = new ArrayList<>();
        for (EntityMention e : sentenceEntities) {
          if (e.start() >= start && e.end() <= end) {
            clauseEntities.add(e);
          }
        }
        Attribution attribution = attribution(quote, sentenceEntities);
        Modality modality = attribution != null ? Modality.REPORTED : Stance.modality(clause);
        Proposition said = PropositionReader.read(text, clause, quantities, quote);
        String[] coverage = QuantityFrameReader.coverage(text, clause, quantities);
        if (coverage != null) {
          statementTime = coverage;
          statementSentence = s.index();
        } else if (statementTime != null && !(s.index() - statementSentence <= 2 && continues(clause))) {
          statementTime = null;
        }
        String source = said.citedSource() != null ? said.citedSource()
            : attribution != null ? attribution.speaker() : null;
        List<QuantityFrame> claimFrames = frames.read(text, clause, quantities, clauseEntities, source, statementTime);
        Proposition proposition = new Proposition(said.subject(), said.predicate(), said.object(),
            QuantityFrameReader.measured(quantities, claimFrames), said.timeFrame(), said.citedSource());
        out.add(
            new Claim(
                articleId + ".c" + (out.size() + 1),
                articleId,
                text.substring(start, end),
                start,
                end,
                s.index(),
                Stance.polarity(clause, PropositionReader.mainVerbIndex(clause, quote)),
                modality,
                attribution,
                quantities,
                clauseEntities,
                proposition,
                claimFrames));
      }
    }
    return out;
  }

  /** The clause goes on with the statement before it: "It also said ...", "They also reported ...". */
  private static boolean continues(List<Token> clause) {
    for (int i = 0; i < Math.min(4, clause.size()); i++) {
      if (clause.get(i).text().equalsIgnoreCase("also")) {
        return i > 0 && clause.get(0).tag().equals("PRON");
      }
    }
    return false;
  }

  static boolean statesSomething(Sentence s) {
    if (s.wordCount() < MIN_WORDS || s.text().endsWith("?")) {
      return false;
    }
    boolean verb = s.tokens().stream().anyMatch(Token::verb);
    if (!verb) {
      return false;
    }
    char last = s.text().charAt(s.text().length() - 1);
    boolean closed = last == '.' || last == '!' || last == '"' || last == '\'' || last == ')' || last == ':';
    return closed || s.wordCount() >= 12;
  }

  /** The sentence split at semicolons, where both sides are clauses of their own. */
  private static List<List<Token>> clauses(Sentence s) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.text().equals(";") && clause(current)) {
        out.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      if (clause(current) || out.isEmpty()) {
        out.add(current);
      } else {
        List<Token> merged = new ArrayList<>(out.remove(out.size() - 1));
        merged.addAll(s.tokens().subList(s.tokens().indexOf(merged.get(merged.size() - 1)) + 1, s.tokens().size()));
        out.add(merged);
      }
    }
    return out;
  }

  private static boolean clause(List<Token> tokens) {
    int words = 0;
    boolean verb = false;
    for (Token t : tokens) {
      if (t.word()) {
        words++;
      }
      verb |= t.verb();
    }
    return words >= MIN_WORDS && verb;
  }

  private static Quote quoteFor(List<Quote> quotes, Sentence s, int start, int end) {
    for (Quote q : quotes) {
      boolean speakerHere = q.speakerStart() >= s.start() && q.speakerEnd() <= s.end();
      boolean wordsHere = q.start() < end && start < q.end();
      if (speakerHere && wordsHere || wordsHere && q.start() <= start && end <= q.end()) {
        return q;
      }
    }
    return null;
  }

  private static Attribution attribution(Quote q, List<EntityMention> entities) {
    if (q == null || q.speaker().isBlank()) {
      return null;
    }
    String entityId = null;
    for (EntityMention e : entities) {
      if (e.start() >= q.speakerStart() && e.end() <= q.speakerEnd()) {
        entityId = e.entityId();
        break;
      }
    }
    return new Attribution(q.speaker(), q.verb(), q.style(), q.speakerStart(), q.speakerEnd(), entityId);
  }

  private static List<QuantityMention> inside(List<QuantityMention> all, int start, int end) {
    List<QuantityMention> out = new ArrayList<>();
    for (QuantityMention q : all) {
      if (q.start() >= start && q.end() <= end) {
        out.add(q);
      }
    }
    return out;
  }
}
