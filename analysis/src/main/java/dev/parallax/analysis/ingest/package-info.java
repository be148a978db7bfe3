/**
 * The ingest stage: files in, {@link dev.parallax.analysis.ingest.Document}s out. Reads plain text,
 * Markdown, HTML and JSON; finds the title, outlet, author, date and address from the text's own
 * conventions, HTML metadata, a front-matter block or a {@code NAME.meta.json} file; removes page
 * furniture; normalizes quotes and dashes; repairs glued words.
 */
package dev.parallax.analysis.ingest;
