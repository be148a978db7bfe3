/**
 * The vocabulary of a Parallax report: articles, spans, quantity and entity mentions,
 * claims, findings, framing indicators, and the report with its provenance.
 *
 * <p>Every type here is an immutable record or an enum, valid from birth: compact
 * constructors check their arguments and copy collections, so a value that exists is a
 * value that can be trusted. Offsets are half-open character ranges ({@code [start, end)},
 * counted in UTF-16 code units, as {@link java.lang.String#substring(int, int)} counts them)
 * into the cleaned text of one article ({@link dev.parallax.model.Article#text()}).
 *
 * <p>Components documented as "or null" may be null; every other component is non-null and
 * every list is non-null and unmodifiable. The JSON form of these types is written and read
 * by {@link dev.parallax.model.json.ReportCodec}; its schema ships in this jar as
 * {@code dev/parallax/model/report.schema.json}.
 *
 * <p>This package depends on the JDK and Jackson's annotations only, so other projects can
 * read and write Parallax reports without pulling in the analysis.
 */
package dev.parallax.model;
