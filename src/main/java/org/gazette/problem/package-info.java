/**
 * The one type for every user-facing error and warning: {@link org.gazette.problem.Problem},
 * printed as {@code content/2023/x.md:3: date "5 May" is not a date (use YYYY-MM-DD)}.
 */
package org.gazette.problem;
