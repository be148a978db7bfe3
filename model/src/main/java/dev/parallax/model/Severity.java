package dev.parallax.model;

/** How much a diagnostic matters. */
public enum Severity {
  /** Worth knowing; nothing was lost. */
  INFO,
  /** Something was read in a degraded way (a guessed encoding) or partly left out. */
  WARNING,
  /** An input or part of one was skipped. */
  ERROR
}
