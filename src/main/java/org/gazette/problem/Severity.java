package org.gazette.problem;

/** How serious a {@link Problem} is: errors stop the build, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
