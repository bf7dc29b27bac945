import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.gazette.cli.Gazette;

/**
 * Builds one site several times in one JVM and prints each build's wall and CPU seconds: the
 * first pays for loading classes and compiling code, the later ones show what the build's own
 * work costs once the JVM is warm. bench/warm-builds runs it with bin/gazette's JVM options.
 *
 *   java -cp target/gazette.jar:CLASSES WarmBuilds SITE OUTPUT ROUNDS
 */
public final class WarmBuilds {

    public static void main(String[] args) {
        Path site = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%-8s %8s %8s%n", "build", "wall s", "cpu s");
        for (int round = 1; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            int exit = Gazette.commandLine().execute("build", "-q", "--no-cache",
                    "--source", site.toString(), "--output", output.toString());
            double wall = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                System.err.println("build " + round + " failed with exit code " + exit);
                System.exit(1);
            }
            System.out.printf("%-8d %8.2f %8.2f%n", round, wall, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}
