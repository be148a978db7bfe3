/**
 * Corpus mode: reads an archive of articles (folders, JSON Lines, Parquet) into Spark, finds its
 * stories (reprints by MinHash, stories by title-and-lead embeddings, shared names and dates within a
 * time window), compares each story with the analysis pipeline and writes tables, reports and an
 * index page. Spark is used in this package only.
 */
package dev.parallax.corpus;
