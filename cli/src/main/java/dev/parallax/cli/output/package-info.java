/**
 * Writers that turn a {@link dev.parallax.model.Report} into files people and programs read: JSON,
 * Markdown, a self-contained HTML page, the charts, and a summary for the terminal.
 */
package dev.parallax.cli.output;
