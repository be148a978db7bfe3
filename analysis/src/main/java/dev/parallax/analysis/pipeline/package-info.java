/**
 * The pipeline: the one place that knows the order of the stages and wires them into a
 * {@link dev.parallax.model.Report}.
 */
package dev.parallax.analysis.pipeline;
