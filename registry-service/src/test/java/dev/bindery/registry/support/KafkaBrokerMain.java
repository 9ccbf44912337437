package dev.bindery.registry.support;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of the test broker's JVM: formats the log directory for the cluster id (KRaft needs
 * it formatted before the first start; a formatted one is kept) and runs the broker, in one JVM start.
 * Arguments: the server.properties path and the cluster id.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int formatted = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", args[1], "-c", args[0], "--ignore-formatted"}, out);
        if (formatted != 0) {
            System.err.println("formatting the log directory failed: " + formatted);
            System.exit(formatted);
        }
        kafka.Kafka.main(new String[] {args[0]});
    }
}
