/**
 * Writers that turn a {@link dev.parallax.model.Report} into what people and programs read:
 * {@code report.json} ({@link dev.parallax.cli.output.JsonReportWriter}), a self-contained HTML page
 * ({@link dev.parallax.cli.output.HtmlReportWriter}), Markdown for a code-hosting site
 * ({@link dev.parallax.cli.output.MarkdownReportWriter}), the figures as PNG and SVG
 * ({@link dev.parallax.cli.output.ChartSet}), and for the terminal the summary after
 * {@code compare} ({@link dev.parallax.cli.output.TerminalSummary}), the progress line
 * ({@link dev.parallax.cli.output.ProgressDisplay}) and the findings {@code inspect} prints
 * ({@link dev.parallax.cli.output.FindingsView}).
 *
 * <p>The writers share one reading of the report: which findings are worth checking first and in
 * which order kinds come ({@code ReportIndex}, {@code Text}), which words of a claim to highlight
 * ({@code Highlights}), and how framing indicators and their evidence are laid out
 * ({@code Framing}). Every writer works from any valid report, including one without findings,
 * framing indicators or dates.
 *
 * <p>Output is deterministic: the same report gives the same bytes. Numbers use
 * {@link java.util.Locale#ROOT}; nothing reads the clock; iteration follows the report's order.
 */
package dev.parallax.cli.output;
