package org.gazette.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * A command that ran out of the Java heap says so and what to give it, instead of a stack trace
 * (exit 1). The heap is {@code -Xmx}, or a quarter of the machine's or container's memory: 256 MB
 * in a CI container of 1 GB, too little for a large archive.
 *
 * <pre>{@code
 * commandLine.setExecutionStrategy(new OutOfMemory.Told(new CommandLine.RunLast(), err, false));
 * }</pre>
 */
final class OutOfMemory {

    /** Told once: a worker and the command's own thread may both run out, at the same moment. */
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** The advice as the process's standard error takes it, once a command runs in a process of its own. */
    private static volatile byte[] toldBytes;

    /** The command's thread caught the heap's running out, or what followed it, and is telling it. */
    private static volatile boolean commandTelling;

    /** The command has returned its exit code. */
    private static volatile boolean commandEnded;

    /** A thread died of the heap running out, or of what followed it: the process ends. */
    private static volatile boolean aThreadDied;

    static {
        // Asking resolves the classes in() names, which their first use loads through the class loader's
        // Java code: first asked with the heap full, in() itself ran out, and the advice was never told.
        in(new NoClassDefFoundError("Could not initialize class "));
        in(new ExceptionInInitializerError("Exception java.lang.OutOfMemoryError"));
        // Likewise the first compareAndSet links its VarHandle, allocating: a dying thread's handler ran out.
        TOLD.compareAndSet(true, true);
    }

    private OutOfMemory() {
    }

    /**
     * Prints {@code advice}, made beforehand with {@link #advice} (made with the heap full, it could
     * run out itself, and the command would end saying nothing), unless a thread dying of it told it
     * already.
     */
    static void tell(PrintWriter err, String advice) {
        byte[] bytes = toldBytes;
        if (bytes != null) {
            // In a process of its own, the bytes made beforehand: encoding the advice allocates, and
            // printing it ran out halfway (the advice told once, then again by main's dying thread).
            err.flush();
            tellOnce(bytes);
            return;
        }
        if (TOLD.get()) {
            return;
        }
        err.println(advice);
        err.flush();
        TOLD.set(true);
    }

    /**
     * Tells, with {@code telling} (made beforehand: a lambda's first use links it, which runs out in a
     * full heap), that the heap ran out and what the command left, on the command's thread. The
     * pool's other workers may still be finishing the tasks they began, holding their memory, and
     * telling ran out again (seen in a 16 MB heap): tries again after a while, a few times.
     */
    static void tellWhenThereIsRoom(Runnable telling) {
        for (int attempt = 1; ; attempt++) {
            try {
                telling.run();
                return;
            } catch (RuntimeException | Error e) { // a lambda linked for the first time fails with an InternalError
                if (!in(e) || attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Writes {@code bytes} to standard error unless told already: allocates nothing. */
    private static void tellOnce(byte[] bytes) {
        if (TOLD.compareAndSet(false, true)) {
            PrintStream stderr = System.err;
            stderr.write(bytes, 0, bytes.length);
            stderr.flush();
        }
    }

    /**
     * Whether the command's thread, which caught {@code failure}, tells it as the heap running out:
     * it is that, or, in a process of its own once a thread dying of a full heap told it, what
     * followed (the pool cancels a dead worker's tasks, and the command's thread waiting on them
     * fails of a {@code CancellationException}). The thread that then ends the process waits for
     * the command's thread to finish telling what it left.
     */
    static boolean caught(Throwable failure) {
        boolean told = in(failure) || followsTheHeapRunningOut(failure);
        if (told) {
            commandTelling = true;
        }
        return told;
    }

    /**
     * In a process of its own, whether a thread dying of a full heap told it before {@code failure}
     * came. The pool cancels a dead worker's tasks before it hands the worker's death to the handler
     * that tells it: a cancellation waits a while for that.
     */
    private static boolean followsTheHeapRunningOut(Throwable failure) {
        if (toldBytes == null) {
            return false;
        }
        try {
            for (int waited = 0; !TOLD.get() && cancellation(failure) && waited < 1000; waited += 5) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TOLD.get();
    }

    private static boolean cancellation(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is, or was caused by, the heap running out (a worker's error arrives
     * wrapped). Allocates nothing: it is asked with the heap full.
     */
    static boolean in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof OutOfMemoryError || ranOutInInitialiser(t) || initialiserFailureUnrecorded(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A class whose static initialiser ran out of heap on one thread fails every later use with a
     * {@code NoClassDefFoundError}, whose cause Java 17 makes an {@code ExceptionInInitializerError}
     * holding the first failure as text alone ("Exception java.lang.OutOfMemoryError: Java heap
     * space [in thread …]"): the command's thread then fails of it, not of the full heap itself.
     */
    private static boolean ranOutInInitialiser(Throwable t) {
        return t instanceof ExceptionInInitializerError && t.getCause() == null && t.getMessage() != null
                && t.getMessage().startsWith("Exception java.lang.OutOfMemoryError");
    }

    /**
     * A class whose initialiser failed on another thread fails later uses with a
     * {@code NoClassDefFoundError} holding that failure as its cause, unless Java could not make the
     * record of it, which it makes on the heap: then the error has no cause (seen in a 16 MB heap,
     * {@code ForkJoinTask$Aux} on the command's own thread, before the worker that ran out was told).
     */
    private static boolean initialiserFailureUnrecorded(Throwable t) {
        return t instanceof NoClassDefFoundError && t.getCause() == null && t.getMessage() != null
                && t.getMessage().startsWith("Could not initialize class ");
    }

    /** What to tell the user of {@code command} ("build", "check"), given this JVM's heap. */
    static String advice(String command) {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        String more = suggested(heap);
        return "gazette " + command + " ran out of memory: its Java heap holds at most " + heap + " MB (-Xmx, or a quarter of the"
                + " machine's or container's memory when not given). Give it more: GAZETTE_OPTS=-Xmx" + more + " bin/gazette "
                + command + " …, or java -Xmx" + more + " -jar gazette.jar " + command + " … (" + need(command)
                + "; README, \"Memory\")";
    }

    /**
     * What the command needs, as measured: the preview holds every page of the site, ten times
     * what a build holds, so that a build's figure made a preview's advice fall short.
     */
    private static String need(String command) {
        return command.equals("serve")
                ? "the preview holds every page of the site in memory, and a second copy while it makes them again after a save:"
                        + " with 100,000 articles it ran out in a heap of 4 GB and ran in 6 GB"
                : "a build of 10,000 articles needs about 256 MB";
    }

    /** Twice the heap, in the units -Xmx takes. */
    static String suggested(long heapMegabytes) {
        long twice = Math.max(64, heapMegabytes * 2);
        // A heap of 1 GB reports a little less (a survivor space is not counted): round up to a whole step.
        long step = twice >= 1024 ? 1024 : 64;
        long rounded = (twice + step - 1) / step * step;
        return rounded >= 1024 ? rounded / 1024 + "g" : rounded + "m";
    }

    /**
     * Runs the command and tells an out-of-memory failure plainly: thrown on the command's thread,
     * or wrapped by the pool or future of a worker that ran out.
     */
    static final class Told implements IExecutionStrategy {
        private final IExecutionStrategy strategy;
        private final PrintWriter err;
        private final boolean exitWhenAThreadDies;

        /** {@code exitWhenAThreadDies}: see {@link #exitWhenAThreadDies}; for {@code main} only, never in tests. */
        Told(IExecutionStrategy strategy, PrintWriter err, boolean exitWhenAThreadDies) {
            this.strategy = strategy;
            this.err = err;
            this.exitWhenAThreadDies = exitWhenAThreadDies;
        }

        @Override
        public int execute(ParseResult parseResult) {
            String advice = advice(commandOf(parseResult));
            if (exitWhenAThreadDies) {
                exitWhenAThreadDies(advice);
            }
            try {
                return strategy.execute(parseResult);
            } catch (RuntimeException | Error e) { // an initialiser's failure comes as a LinkageError
                if (!caught(e)) {
                    throw e;
                }
                tell(err, advice);
                return Gazette.CONTENT_PROBLEMS;
            } finally {
                commandEnded = true;
            }
        }

        private static String commandOf(ParseResult parseResult) {
            List<CommandLine> commands = parseResult.asCommandLineList();
            String name = commands.get(commands.size() - 1).getCommandSpec().qualifiedName(" ");
            return name.startsWith("gazette ") ? name.substring("gazette ".length()) : name;
        }
    }

    /**
     * A pool's worker that runs out of memory while recording its task's failure dies with it, and
     * the task never completes: the build waited for it for good, a CI job until its time limit
     * (seen with a parallel stream in a 128 MB heap). Any thread dying of it now ends the process
     * as a signal would (the shutdown hooks delete a build's staging folder), with the advice.
     * What that takes is made now, when there is memory to make it, and the exit runs on a thread of
     * its own, started now and waiting: the dying thread's stack may be nearly spent too (a worker
     * deep in a join), and starting a thread in a full heap failed (the thread's group grows its
     * array), which ended the process at once, before the command's thread had told what it left.
     */
    static void exitWhenAThreadDies(String advice) {
        toldBytes = (advice + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        Thread exit = new Thread(() -> {
            while (!aThreadDied) {
                LockSupport.park();
            }
            awaitTheCommandsTelling();
            System.exit(Gazette.CONTENT_PROBLEMS);
        }, "gazette-out-of-memory");
        exit.setDaemon(true);
        exit.start();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            // Once the heap has run out and that is told, any thread's death is its consequence: a
            // pool's worker then dies of a JDK class that could not be initialised, with no cause
            // left to tell why (seen in a 16 MB heap), and its stack trace came after the advice.
            if (!in(failure) && !TOLD.get()) {
                try {
                    if (before != null) {
                        before.uncaughtException(thread, failure);
                    } else {
                        // As Java tells it: the thread group's uncaughtException would hand it back to this
                        // handler, the default one now, which would hand it back again until the stack overflowed.
                        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                        failure.printStackTrace(System.err);
                    }
                    return;
                } catch (RuntimeException | Error e) {
                    if (!in(e)) {
                        throw e;
                    }
                    // Telling it ran out of heap (a worker in a full heap dies of more than one thing):
                    // the heap is full, and the command ends as below, not with Java's line saying the
                    // handler failed.
                }
            }
            try {
                tellOnce(toldBytes);
                aThreadDied = true;
                LockSupport.unpark(exit);
            } catch (Throwable e) {
                // Not even that could be done: ended without the hooks, as kill -9 would (the next
                // build deletes a staging folder left); never left waiting.
                Runtime.getRuntime().halt(Gazette.CONTENT_PROBLEMS);
            }
        });
    }

    /**
     * Gives the command's thread, failing of the same full heap, time to say what it left ("Build
     * failed: out of memory; site was left as it was."): exiting at once cut that short. A while for
     * it to begin, and a longer one to end; not for good, as a worker that dies recording its task's
     * failure leaves the command waiting for good, and a thread dying outside the command's work
     * leaves it going on. Sleeps and reads two fields: allocates nothing.
     */
    private static void awaitTheCommandsTelling() {
        try {
            for (int waited = 0; !commandEnded && waited < (commandTelling ? 10_000 : 250); waited += 5) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            // ended now, as asked
        }
    }
}
