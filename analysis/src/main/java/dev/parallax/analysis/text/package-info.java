/**
 * The text stage: sentences, tokens, part-of-speech tags and lemmas, with offsets into the
 * article's text; and which language a text is in.
 *
 * <p>This is the only package that imports {@code opennlp.tools}; the rest of the analysis speaks
 * in {@link dev.parallax.analysis.text.Sentence} and {@link dev.parallax.analysis.text.Token}.
 * Tags are Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code VERB},
 * ...), as Apache's English models produce them.
 */
package dev.parallax.analysis.text;
