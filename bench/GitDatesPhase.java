import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.gazette.incremental.CodeStamp;
import org.gazette.incremental.GitDatesCache;

/**
 * The "git dates" phase of a build alone: the dates at COMMIT of the site at ROOT with the build
 * cache folder CACHE, as a build takes them, and the CPU it cost this JVM and the git processes it
 * ran (their user and system time, in hundredths of a second). Run with bin/gazette's JVM options:
 *
 *   javac -cp target/gazette.jar -d /tmp/phase bench/GitDatesPhase.java
 *   java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:GCTimeRatio=4 -cp target/gazette.jar:/tmp/phase \
 *       GitDatesPhase ROOT COMMIT CACHE
 */
public class GitDatesPhase {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String commit = args[1];
        Path cache = Path.of(args[2]);
        CodeStamp.current(); // computed by every build before this phase
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long[] children0 = children();
        long wall0 = System.nanoTime();
        var dates = GitDatesCache.at(root, commit, ZoneId.of("Asia/Shanghai"), cache);
        long wall = System.nanoTime() - wall0;
        long jvm = os.getProcessCpuTime() - cpu0;
        long[] children1 = children();
        double git = ((children1[0] - children0[0]) + (children1[1] - children0[1])) / 100.0;
        System.out.printf("%s dates=%d wall=%.3f jvm=%.3f git=%.2f cpu=%.3f%n", dates.read(), dates.dates().size(),
                wall / 1e9, jvm / 1e9, git, jvm / 1e9 + git);
    }

    /** cutime and cstime of this process, in clock ticks (1/100 s). */
    private static long[] children() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[13]), Long.parseLong(f[14])};
    }
}
