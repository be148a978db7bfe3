/**
 * Figures made from a {@link dev.parallax.model.Report}: JFreeChart charts written as PNG and SVG.
 *
 * <p>{@link dev.parallax.charts.ReportFigures} lists every figure a report has data for. Each chart
 * class splits in two: {@code data(report)} works out what the figure shows as plain records (what
 * the tests check), and {@code create(data, palette)} draws it. All figures share one look
 * ({@code ChartStyle}) and one colour and marker shape per outlet ({@link
 * dev.parallax.charts.OutletPalette}), so an outlet is recognisable across figures and in
 * greyscale; a figure's key ({@code ChartKey}) shows the very marks, bars and patterns it draws.
 *
 * <p>Depends on the model only, never on the analysis. Output is deterministic: fixed sizes, fonts
 * and colours, {@link java.util.Locale#ROOT} number formats, sorted iteration and SVG ids that start
 * with the figure's name ({@link dev.parallax.charts.ChartFiles}).
 */
package dev.parallax.charts;
