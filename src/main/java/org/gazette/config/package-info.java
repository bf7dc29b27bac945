/** Reads {@code site.yaml} into the immutable {@link org.gazette.config.SiteConfig}, reporting unknown keys and wrong types. */
package org.gazette.config;
