/**
 * Meaning-level similarity: the all-MiniLM-L6-v2 sentence encoder running in-process, and WordNet
 * synonyms and antonyms through extJWNL.
 */
package dev.parallax.analysis.semantic;
