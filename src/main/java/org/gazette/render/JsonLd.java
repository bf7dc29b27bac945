package org.gazette.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.gazette.config.SiteConfig;
import org.gazette.content.Article;
import org.gazette.content.Author;
import org.gazette.content.SitePaths;
import org.gazette.markdown.RenderedArticle;

/**
 * The schema.org {@code NewsArticle} of an article page, as JSON safe to put inside a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} are written as \\u escapes, so that a
 * title containing {@code </script>} cannot end the element.
 */
final class JsonLd {

    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private JsonLd() {
    }

    static String newsArticle(SiteConfig config, RenderedArticle rendered, Optional<String> image) {
        Article article = rendered.article();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "NewsArticle");
            json.writeStringField("headline", article.title());
            json.writeStringField("description", rendered.summary());
            json.writeStringField("datePublished", article.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            json.writeStringField("dateModified", article.updated().orElse(article.date()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            json.writeStringField("mainEntityOfPage", config.absoluteUrl(SitePaths.encode(article.url())));
            if (!article.column().isEmpty()) {
                json.writeStringField("articleSection", article.column());
            }
            if (!article.tags().isEmpty()) {
                json.writeStringField("keywords", String.join(",", article.tags()));
            }
            if (image.isPresent()) {
                json.writeArrayFieldStart("image");
                json.writeString(image.get());
                json.writeEndArray();
            }
            json.writeArrayFieldStart("author");
            for (Author author : article.authors()) {
                json.writeStartObject();
                json.writeStringField("@type", "Person");
                json.writeStringField("name", author.name());
                if (!author.role().isEmpty()) {
                    json.writeStringField("jobTitle", author.role());
                }
                if (!author.org().isEmpty()) {
                    json.writeObjectFieldStart("affiliation");
                    json.writeStringField("@type", "Organization");
                    json.writeStringField("name", author.org());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("publisher");
            json.writeStringField("@type", "Organization");
            json.writeStringField("name", config.title());
            json.writeStringField("url", config.baseUrl().toString());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Escapes the characters that could close or confuse an HTML script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
