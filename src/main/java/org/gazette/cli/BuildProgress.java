package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.gazette.build.BuildListener;

/**
 * How {@code gazette build} shows its progress: on a terminal a bar redrawn in place with the
 * phase and counts; elsewhere (a CI log, a file) a plain line every few seconds, so that short
 * builds print only their summary; with {@code --quiet}, nothing.
 *
 * <pre>{@code
 * rendering  4,731/10,100  47% [##############................]
 * rendering: 4731/10100 (47%) after 5 s
 * }</pre>
 */
final class BuildProgress implements BuildListener {

    enum Style { BAR, LINES, QUIET }

    private static final int WIDTH = 30;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    /** The build's phase that puts the site in place, which a signal does not cut off. */
    private static final String COMMIT_PHASE = "writing";

    private final PrintWriter out;
    private final Style style;
    private final LongSupplier clock;
    private final long started;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "";
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    private long phaseStarted;
    private volatile int steps;
    private volatile long lastDrawn;
    private boolean drawn;
    private boolean finished;
    /** Redraws between steps; none in tests, which call {@link #tick()}. */
    private ScheduledExecutorService ticker;
    /** Clears the bar when Ctrl-C ends the build before {@link #finish()}. */
    private Thread onExit;

    BuildProgress(PrintWriter out, Style style) {
        this(out, style, System::nanoTime);
    }

    /** Progress timed by {@code clock} (nanoseconds), for tests. */
    BuildProgress(PrintWriter out, Style style, LongSupplier clock) {
        this.out = out;
        this.style = style;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.phaseStarted = started;
        this.lastDrawn = started;
    }

    /**
     * A bar when standard error, where progress goes, is a terminal (not under CI, nor {@code TERM=dumb}), plain lines
     * otherwise, nothing when {@code quiet}; redrawn on a timer as well as by the steps.
     */
    static BuildProgress on(PrintWriter out, boolean quiet) {
        BuildProgress progress = new BuildProgress(out, style(quiet, errorIsTerminal(), System.getenv()));
        progress.startTicking();
        progress.clearOnExit();
        return progress;
    }

    /** The bar needs a terminal that moves its cursor, which a CI job's log and {@code TERM=dumb} are not. */
    static Style style(boolean quiet, boolean errorIsTerminal, Map<String, String> env) {
        return quiet ? Style.QUIET
                : errorIsTerminal && !underCi(env) && TerminalLine.movesCursor(env.get("TERM")) ? Style.BAR
                : Style.LINES;
    }

    /**
     * CI services set {@code CI} (to {@code true}); {@code CI=false}, {@code CI=0} or an empty value is how a
     * user says a job is not one, as other tools read it.
     */
    static boolean underCi(Map<String, String> env) {
        String ci = env.get("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Whether standard error is a terminal. {@code System.console()} asks it of standard input and
     * output instead: {@code gazette build 2> build.log} at a terminal drew the bar into the file,
     * and {@code gazette build | tee} printed log lines on the terminal. Linux tells it through
     * /proc; elsewhere the console is asked.
     */
    static boolean errorIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Phases that count no steps (the listings, the writing) run for seconds at 100,000 articles:
     * without a timer the bar went on showing the phase before, and a CI log fell silent.
     */
    private void startTicking() {
        if (style == Style.QUIET) {
            return;
        }
        long every = style == Style.BAR ? BAR_EVERY_NANOS : 1_000_000_000L;
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gazette-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.NANOSECONDS);
    }

    /**
     * Ctrl-C ends the JVM without {@link #finish()}: the ticker drew on after the {@code ^C}, and the
     * shell's prompt came after the last bar, on its line.
     */
    private void clearOnExit() {
        if (style != Style.QUIET) {
            onExit = new Thread(this::stopped, "gazette-progress-clear");
            Runtime.getRuntime().addShutdownHook(onExit);
        }
    }

    /**
     * What Ctrl-C or a signal does to the display: the bar cleared and, while the site is being put in
     * place, which the build finishes first, a line that says so. The wait was silent, and at 100,000
     * articles the renames take about fifteen seconds.
     */
    synchronized void stopped() {
        if (!finished && phase.equals(COMMIT_PHASE) && style != Style.QUIET) {
            clear();
            out.println("Stopping once the site is in place: its files are being renamed into the output folder (this takes up to a minute).");
            out.flush();
        }
        finish();
    }

    /** Redraws if one is due. */
    void tick() {
        show(false);
    }

    @Override
    public synchronized void phase(String name, int total) {
        long now = clock.getAsLong();
        if (!phase.isEmpty()) {
            phaseNanos.merge(phase, now - phaseStarted, Long::sum);
        }
        phaseStarted = now;
        phase = name;
        steps = total;
        done.set(0);
        // A new phase is shown at once, but for the first tenth of a second: a build that short shows no bar.
        show(style == Style.BAR && now - started >= BAR_EVERY_NANOS);
    }

    @Override
    public void advance(int n) {
        done.addAndGet(n);
        // Steps come from every core, one per article: the lock is taken only when a redraw is due.
        if (style != Style.QUIET && clock.getAsLong() - lastDrawn >= (style == Style.BAR ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            show(false);
        }
    }

    @Override
    public synchronized void note(String text) {
        if (style != Style.QUIET) {
            clear();
            out.println("note: " + text);
            out.flush();
        }
    }

    /** Removes the bar, so that the summary starts on a clean line. */
    synchronized void finish() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        finished = true;
        clear();
        if (onExit != null && Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is ending: the hook runs, and finds the bar cleared
            }
            onExit = null;
        }
        if (!phase.isEmpty()) {
            phaseNanos.merge(phase, clock.getAsLong() - phaseStarted, Long::sum);
            phase = "";
        }
    }

    /** Each phase's wall time, in the order they ran: "reading 0.21 s, parsing 1.30 s, ...". */
    synchronized String timings() {
        StringBuilder line = new StringBuilder();
        phaseNanos.forEach((name, nanos) -> line.append(line.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s", name, nanos / 1e9)));
        return line.toString();
    }

    private synchronized void show(boolean force) {
        if (finished || phase.isEmpty()) {
            return; // a tick that waited for the summary's clean line, or one before the first phase (waiting for the lock)
        }
        long now = clock.getAsLong();
        switch (style) {
            case BAR -> {
                if (force || now - lastDrawn >= BAR_EVERY_NANOS) {
                    lastDrawn = now;
                    int total = Math.max(steps, 1);
                    int count = Math.min(done.get(), total);
                    int filled = steps == 0 ? 0 : WIDTH * count / total;
                    // The phase and counts first: on a narrow terminal, the bar is what is cut off.
                    out.print(TerminalLine.draw(steps == 0 // a phase that counts nothing: its name and an empty bar
                            ? String.format(Locale.ROOT, "%-10s [%s]", phase, ".".repeat(WIDTH))
                            : String.format(Locale.ROOT, "%-10s %,d/%,d %3d%% [%s%s]", phase, count, steps,
                                    100 * count / total, "#".repeat(filled), ".".repeat(WIDTH - filled))));
                    out.flush();
                    drawn = true;
                }
            }
            case LINES -> {
                if (now - lastDrawn >= LINE_EVERY_NANOS) {
                    lastDrawn = now;
                    long seconds = (now - started) / 1_000_000_000L;
                    out.println(steps == 0
                            ? String.format(Locale.ROOT, "%s after %d s", phase, seconds)
                            : String.format(Locale.ROOT, "%s: %d/%d (%d%%) after %d s", phase, done.get(), steps,
                                    100 * Math.min(done.get(), steps) / steps, seconds));
                    out.flush();
                }
            }
            case QUIET -> {
            }
        }
    }

    private void clear() {
        if (drawn) {
            out.print(TerminalLine.CLEAR);
            out.flush();
            drawn = false;
        }
    }
}
