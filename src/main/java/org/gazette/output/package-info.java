/** Writes the generated files into the output folder, replacing it only when every file was written. */
package org.gazette.output;
