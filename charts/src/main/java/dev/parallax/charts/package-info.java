/**
 * Figures made from a {@link dev.parallax.model.Report}: JFreeChart charts written as PNG and SVG.
 * Depends on the model only, never on the analysis. Output is deterministic: fixed sizes, fonts,
 * colours and SVG id prefixes.
 */
package dev.parallax.charts;
