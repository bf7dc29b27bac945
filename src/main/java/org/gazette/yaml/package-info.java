/**
 * Safe YAML for {@code site.yaml} and front matter: SnakeYAML composes a node tree (never
 * arbitrary Java types) under alias, depth and size limits, and {@link org.gazette.yaml.YamlMap}
 * reads typed fields from it, reporting each wrong value with its line. The text of every file
 * editors write is read here too, not only YAML: {@link org.gazette.yaml.Utf8Text} (UTF-8, a BOM)
 * reads templates and theme strings as well ({@code render}), and
 * {@link org.gazette.yaml.ControlCharacters} (the control characters XML forbids) also cleans the
 * feeds ({@code feed}).
 */
package org.gazette.yaml;
