package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.gazette.deploy.Change;
import org.gazette.deploy.DeployListener;
import org.gazette.deploy.Plan;

/**
 * A one-line progress bar for {@code gazette deploy} on a terminal, redrawn in place; silent when
 * standard error is a file or a CI log, where the summary line is enough.
 *
 * <pre>{@code
 * TerminalProgress progress = TerminalProgress.onConsole(err);
 * Deploy.run(options.withListener(progress));
 * // 34/56 uploaded, 0/2 deleted  61% [#################...........]
 * }</pre>
 */
final class TerminalProgress implements DeployListener {

    private static final int WIDTH = 30;
    /** As the build's bar: a deploy of 14,000 small files redrew it at every upload, a megabyte of escapes. */
    private static final long DRAW_EVERY_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final boolean enabled;
    private final LongSupplier clock;
    private long lastDrawn;
    private final AtomicInteger uploaded = new AtomicInteger();
    private final AtomicInteger deleted = new AtomicInteger();
    private volatile int uploads;
    private volatile int deletes;
    private volatile boolean drawn;
    /** Clears the bar when Ctrl-C ends the deploy before {@link #finished()}: the shell's prompt came after the bar, on its line. */
    private Thread onExit;
    /** Set as the JVM ends: the uploads under way go on meanwhile, and must not draw the bar again. */
    private boolean ending;

    /** A bar drawn when {@code enabled}, timed by {@code clock} (nanoseconds), for tests. */
    TerminalProgress(PrintWriter out, boolean enabled, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
    }

    /**
     * A bar where the build draws one: when standard error, where it goes, is a terminal (not under CI,
     * nor {@code TERM=dumb}). The JVM's console asks it of standard input and output instead: {@code
     * deploy 2> deploy.log} at a terminal drew the bar into the file, and {@code deploy | tee} none.
     */
    static TerminalProgress onConsole(PrintWriter out) {
        TerminalProgress progress = new TerminalProgress(out,
                BuildProgress.style(false, BuildProgress.errorIsTerminal(), System.getenv()) == BuildProgress.Style.BAR,
                System::nanoTime);
        if (progress.enabled) {
            progress.onExit = new Thread(progress::end, "gazette-deploy-progress-clear");
            Runtime.getRuntime().addShutdownHook(progress.onExit);
        }
        return progress;
    }

    @Override
    public void planned(Plan plan) {
        uploads = plan.uploads().size();
        deletes = plan.deletes().size();
    }

    @Override
    public void uploaded(Change change) {
        uploaded.incrementAndGet();
        draw();
    }

    @Override
    public void deleted(Change change) {
        deleted.incrementAndGet();
        draw();
    }

    @Override
    public void finished() {
        clear();
        if (onExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is ending: the hook runs, and finds the bar cleared
            }
            onExit = null;
        }
    }

    private synchronized void end() {
        ending = true;
        clear();
    }

    /** Removes the bar, so that the next line starts clean. */
    void clear() {
        if (enabled && drawn) {
            synchronized (this) {
                out.print(TerminalLine.CLEAR);
                out.flush();
                drawn = false;
            }
        }
    }

    private synchronized void draw() {
        if (!enabled || ending) {
            return;
        }
        int total = Math.max(1, uploads + deletes);
        int done = uploaded.get() + deleted.get();
        long now = clock.getAsLong();
        if (drawn && now - lastDrawn < DRAW_EVERY_NANOS && done < total) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) WIDTH * done / total);
        // The counts first: on a narrow terminal, the bar is what is cut off.
        out.print(TerminalLine.draw(String.format(Locale.ROOT, "%d/%d uploaded, %d/%d deleted %3d%% [%s%s]", uploaded.get(),
                uploads, deleted.get(), deletes, 100 * done / total, "#".repeat(filled), ".".repeat(WIDTH - filled))));
        out.flush();
        drawn = true;
    }
}
