package dev.parallax.corpus;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session the tests share: two threads, few shuffle partitions, no UI, loopback only. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder().appName("parallax corpus tests").master("local[2]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .getOrCreate();
    }
    return session;
  }
}
