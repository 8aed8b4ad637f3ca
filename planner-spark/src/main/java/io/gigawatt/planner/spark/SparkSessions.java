package io.gigawatt.planner.spark;

import io.gigawatt.planner.cli.sweep.SweepJob;
import org.apache.spark.SparkConf;

/** How the planner configures Spark for a sweep. */
final class SparkSessions {

    private SparkSessions() {
    }

    /**
     * Local mode inside this JVM with the sweep's threads (a failed task tried up to 3 times, as a cluster does 4), or
     * the master asked for; no web UI (a sweep is watched through its progress bar). A cluster's executors get this
     * JVM's class path: the planner's jars must be at the same paths on every worker (a shared file system), as the
     * scenario's files must.
     */
    static SparkConf conf(SweepJob job) {
        boolean local = job.master() == null;
        SparkConf conf = new SparkConf()
                .setAppName("planner sweep")
                .setMaster(local ? "local[" + job.threads() + ",3]" : job.master())
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (local) {
            // a machine whose name does not resolve (a container, a laptop off its network) still runs local mode
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else {
            conf.set("spark.executor.extraClassPath", System.getProperty("java.class.path"));
            // a task lost with its executor (a JVM killed, a machine gone) is a failure of that try: run again on
            // another executor, up to 4 tries in all (Spark's default, stated; PLANNER_SPARK_OPTS may raise it)
            conf.setIfMissing("spark.task.maxFailures", "4");
        }
        return conf;
    }
}
