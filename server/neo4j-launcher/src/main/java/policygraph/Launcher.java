// Runs Neo4j Community embedded with a Bolt connector on loopback, for PolicyGraph's local mode and tests.
package policygraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Usage: Launcher --data DIR --port N --password-file FILE [--pagecache 512m]
 *
 * Prints one line "READY <port> <version>" on stdout when Bolt accepts connections, or "FAILED <reason>" and exits 1.
 * Stops cleanly on SIGTERM/SIGINT and also when stdin closes, so the Node parent dying never leaves an orphan JVM.
 */
public final class Launcher {
  public static void main(String[] args) {
    Map<String, String> opts = parse(args);
    Path data = Path.of(require(opts, "data")).toAbsolutePath();
    int port = Integer.parseInt(require(opts, "port"));
    Path passwordFile = Path.of(require(opts, "password-file"));
    String pagecache = opts.getOrDefault("pagecache", "256m");
    boolean watchStdin = !"false".equals(opts.get("watch-stdin"));

    DatabaseManagementService dbms;
    try {
      String password = Files.readString(passwordFile).trim();
      dbms = new DatabaseManagementServiceBuilder(data)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
          .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofSeconds(60))
          // Bolt's netty loops wait a quiet period (5 s each) before stopping: ~10 s of every stop, for nothing on a
          // loopback instance whose only clients are this project's own processes.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
      ensurePassword(dbms, password);
    } catch (Throwable t) {
      System.out.println("FAILED " + oneLine(t));
      System.out.flush();
      System.exit(1);
      return;
    }

    final DatabaseManagementService running = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.shutdown();
      } catch (Throwable ignored) {
        // Shutting down anyway; the store is checkpointed by shutdown when it can be.
      }
    }, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    String version = db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
        r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
    System.out.println("READY " + port + " " + version);
    System.out.flush();

    if (watchStdin) {
      try {
        while (System.in.read() != -1) {
          // Drain; the parent never writes. EOF means the parent is gone.
        }
      } catch (IOException ignored) {
        // Treat a broken stdin like EOF.
      }
      System.exit(0);
    } else {
      try {
        Thread.currentThread().join();
      } catch (InterruptedException ignored) {
        System.exit(0);
      }
    }
  }

  /** The built-in user starts with password "neo4j" and must change it; set ours once, idempotently. */
  private static void ensurePassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = new HashMap<>();
    params.put("pw", password);
    try {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // Already set on an earlier start: Neo4j refuses to "change" a password to itself.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      System.out.println("FAILED missing --" + key);
      System.exit(1);
    }
    return v;
  }

  private static String oneLine(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getClass().getSimpleName() + ": " + root.getMessage();
    return msg.replace('\n', ' ');
  }
}
