package dev.parallax.corpus;

import org.apache.spark.sql.SparkSession;

/** The Spark session of a corpus run. */
final class Spark {
  private Spark() {}

  /**
   * A session on {@code master}, or, when it is null, the master spark-submit gave
   * ({@code spark.master}), or else Spark embedded in this JVM on every core ({@code local[*]}). A local
   * session listens on the loopback address only and shows no web UI.
   */
  static SparkSession session(String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("parallax corpus");
    String chosen = master != null ? master : System.getProperty("spark.master");
    if (chosen == null) {
      chosen = "local[*]";
    }
    builder.master(chosen);
    if (chosen.startsWith("local")) {
      builder.config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8");
    }
    return builder.getOrCreate();
  }
}
