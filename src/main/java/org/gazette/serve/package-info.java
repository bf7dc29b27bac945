/**
 * {@code gazette serve}: a preview server on 127.0.0.1 that builds the site in memory, watches
 * its sources, rebuilds what a change needs and reloads the open pages; a build error shows over
 * the page with its file and line until the file is fixed. The entry point is
 * {@link org.gazette.serve.Preview#start}.
 */
package org.gazette.serve;
