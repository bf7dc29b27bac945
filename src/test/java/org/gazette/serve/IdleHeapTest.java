package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview's JVM is set to collect when idle and give back what it does not hold; options given to it stay. */
class IdleHeapTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final Map<String, String> before = new LinkedHashMap<>();

    @BeforeEach
    void remember() {
        // Restored in this order: the most free share first, so that the least never exceeds it.
        for (String name : new String[] {"MaxHeapFreeRatio", "MinHeapFreeRatio", "G1PeriodicGCInterval"}) {
            before.put(name, vm.getVMOption(name).getValue());
        }
    }

    @AfterEach
    void restore() {
        before.forEach(vm::setVMOption);
    }

    @Test
    void theHeapIsCollectedWhenIdleAndShrunkToWhatItHolds() {
        IdleHeap.giveBackWhenIdle();

        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("15000");
    }

    @Test
    void anOptionGivenToTheJvmIsLeftAsGiven() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:G1PeriodicGCInterval=60000",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).isZero();

        assertThat(out.lines().toList()).isEqualTo(List.of("MinHeapFreeRatio=10", "MaxHeapFreeRatio=30", "G1PeriodicGCInterval=60000"));
    }

    /** A JVM of its own, started with an option given: what the preview's settings leave of it. */
    static final class Probe {
        public static void main(String[] args) {
            IdleHeap.giveBackWhenIdle();
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
                System.out.println(name + "=" + vm.getVMOption(name).getValue());
            }
        }
    }
}
