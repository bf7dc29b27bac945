/** The build orchestrator: the pipeline's steps in order, from {@code site.yaml} to a written {@code site/}. */
package org.gazette.build;
