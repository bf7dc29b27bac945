/** The {@code gazette} command line (picocli): subcommands, their options and exit codes (0 ok, 1 problems in the content, 2 usage). */
package org.gazette.cli;
