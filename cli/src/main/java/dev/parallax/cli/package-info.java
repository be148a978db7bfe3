/**
 * The {@code parallax} command: a thin picocli adapter over the analysis and the report writers.
 * One class per subcommand; no analysis logic lives here.
 */
package dev.parallax.cli;
