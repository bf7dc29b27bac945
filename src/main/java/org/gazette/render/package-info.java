/**
 * Applies a Pebble theme to the site model: theme lookup (site {@code templates/} overrides
 * first, then {@code themes/NAME/}, then the default theme bundled in the jar), the template
 * functions and filters, and the generators of pages and theme assets.
 */
package org.gazette.render;
