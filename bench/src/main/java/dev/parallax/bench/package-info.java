/** JMH benchmarks of the analysis stages; {@code bench/run} runs them. */
package dev.parallax.bench;
