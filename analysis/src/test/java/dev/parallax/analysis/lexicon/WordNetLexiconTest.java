package dev.parallax.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link WordNetLexicon} over WordNet 3.1's own files. */
class WordNetLexiconTest {

  @Test
  void listsTheIrregularFormsOfAVerbAndNoneForARegularOne() {
    WordNetLexicon wn = WordNetLexicon.shared();
    assertEquals(List.of("risen", "rose"), wn.irregularForms("rise", WordClass.VERB));
    assertEquals(List.of("took", "taken").stream().sorted().toList(), wn.irregularForms("take", WordClass.VERB));
    assertEquals(List.of(), wn.irregularForms("kill", WordClass.VERB));
  }

  @Test
  void readsBaseFormsThroughTheIrregularForms() {
    WordNetLexicon wn = WordNetLexicon.shared();
    assertEquals("rise", wn.baseForms("rose", WordClass.VERB).get(0));
    assertEquals("kill", wn.baseForms("killed", WordClass.VERB).get(0));
  }
}
