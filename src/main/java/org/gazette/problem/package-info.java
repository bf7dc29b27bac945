/**
 * The one type for every user-facing error and warning: {@link org.gazette.problem.Problem}, of a
 * {@link org.gazette.problem.Severity}, printed as
 * {@code content/2023/x.md:3: date "5 May" is not a date (use YYYY-MM-DD)}; a step's value with
 * its problems ({@link org.gazette.problem.Outcome}); the line of a place in a text
 * ({@link org.gazette.problem.TextLines}); and the words for what went wrong with a file
 * ({@link org.gazette.problem.IoFailures}, {@link org.gazette.problem.ReadProblems},
 * {@link org.gazette.problem.FileNameEncoding}).
 */
package org.gazette.problem;
