package dev.parallax.analysis.align;

import java.util.List;

/**
 * Finds pairs of claims from different articles that may be about the same thing.
 *
 * <p>Contract: pairs join claims of different articles; each unordered pair appears once, with
 * {@code a} before {@code b} in input order; pairs come sorted by {@code a}'s then {@code b}'s
 * position in the input. The cost grows well below the square of the number of claims: candidates
 * come from blocking, never from comparing every pair. Deterministic and thread-safe.
 */
public interface ClaimAligner {

  List<ClaimPair> align(List<AlignableClaim> claims);
}
