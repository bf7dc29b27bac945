package org.gazette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the rest of the suite, on a second thread, its own tests one
 * after another. For long classes that spend their time in round trips to a server of their own
 * (S3Proxy) and left the second core idle for minutes of CI. Such a class must neither change nor
 * depend on what the others may change: system properties, the working folder, a fixed port, the
 * default locale (which {@code ThemeTest} sets for a moment: a class formatting its own file names
 * with {@code String.format} does not qualify). Parallel execution is switched on, every other
 * class kept on one thread, in {@code junit-platform.properties}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Execution(ExecutionMode.CONCURRENT)
// A lock held by a class has JUnit run its tests on one thread, one at a time (they share a server
// and its fault switches); one lock for all such classes has them take turns among themselves.
@ResourceLock("org.gazette.RunsBesideOtherClasses")
public @interface RunsBesideOtherClasses {
}
