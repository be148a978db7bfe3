/**
 * The claim stage: each factual sentence or clause of an article becomes a
 * {@link dev.parallax.model.Claim} with its quantities, resolved entities, attribution, polarity,
 * modality and normalized proposition.
 */
package dev.parallax.analysis.claim;
