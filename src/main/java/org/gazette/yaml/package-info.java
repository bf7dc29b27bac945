/**
 * Safe YAML for {@code site.yaml} and front matter: SnakeYAML composes a node tree (never
 * arbitrary Java types) under alias, depth and size limits, and {@link org.gazette.yaml.YamlMap}
 * reads typed fields from it, reporting each wrong value with its line. The text of the files
 * editors write is read here too: UTF-8, without the control characters XML forbids.
 */
package org.gazette.yaml;
