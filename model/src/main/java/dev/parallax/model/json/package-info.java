/**
 * The JSON form of a Parallax report ({@code report.json}, schemaVersion 1): a deterministic writer
 * and a reader, and the JSON Schema that describes the form.
 */
package dev.parallax.model.json;
