/**
 * Gazette, a static site generator for a news archive written in Chinese.
 *
 * <p>The packages follow the build pipeline: {@code config} reads {@code site.yaml},
 * {@code content} turns Markdown files into articles, {@code markdown} renders their bodies,
 * {@code site} assembles the immutable model, {@code render} applies the theme,
 * {@code output} writes {@code site/}, {@code build} orders the steps and {@code cli}
 * exposes them as commands.
 */
package org.gazette;
