package org.gazette.serve;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Has the JVM give the preview's memory back to the system once the editor stops saving. Each
 * rebuild of a large site allocates hundreds of megabytes, and Java's default collector kept all it
 * had grown to: 2.3 to 2.5 GB resident after eight saves of a 10,000-article site, kept for as long
 * as the preview ran. Collected after 15 s without a collection, and shrunk to what it holds plus
 * a little, the same preview holds about 650 MB once idle, and its rebuilds take as long.
 *
 * <p>The settings are changed while the JVM runs ({@link HotSpotDiagnosticMXBean}), so they apply
 * to {@code java -jar gazette.jar serve} as to {@code bin/gazette serve}; any of them given on the
 * command line is left as given, and a JVM without them is left alone.
 *
 * <pre>{@code
 * IdleHeap.giveBackWhenIdle(); // once, when the preview starts
 * }</pre>
 */
public final class IdleHeap {

    /** In the order they must be set: the least free share first, so that it never exceeds the most. */
    static final List<VMOption> SETTINGS = List.of(
            option("MinHeapFreeRatio", "10"),
            option("MaxHeapFreeRatio", "30"),
            option("G1PeriodicGCInterval", "15000"));

    /** Where an option the user gave comes from: -XX on the command line, JAVA_TOOL_OPTIONS, -XX:Flags. */
    private static final Set<VMOption.Origin> GIVEN = EnumSet.of(VMOption.Origin.VM_CREATION, VMOption.Origin.ENVIRON_VAR,
            VMOption.Origin.CONFIG_FILE);

    private IdleHeap() {
    }

    public static void giveBackWhenIdle() {
        // Set in the running JVM: the launcher's options would reach bin/gazette alone.
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            return; // not HotSpot: its own defaults stay
        }
        if (vm == null) {
            return;
        }
        for (VMOption setting : SETTINGS) {
            try {
                if (!GIVEN.contains(vm.getVMOption(setting.getName()).getOrigin())) {
                    vm.setVMOption(setting.getName(), setting.getValue());
                }
            } catch (RuntimeException e) {
                // an option this JVM lacks or will not change: the preview works as before, holding more
            }
        }
    }

    private static VMOption option(String name, String value) {
        return new VMOption(name, value, true, VMOption.Origin.OTHER);
    }
}
