package org.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read records through {@link RecordAttributes} exactly as through Pebble's own resolver. */
class RecordAttributesTest {

    public record Byline(String name, int count, boolean lead, List<String> roles) {
        public String initial() {
            return name.substring(0, 1);
        }
    }

    /** Pebble calls getTitle for {@code title}, not the component's accessor. */
    public record Shadowed(String title) {
        public String getTitle() {
            return "《" + title + "》";
        }
    }

    /** Private, which the JVM sees as package-private: read like the public ones. */
    private record Hidden(String name) {
    }

    private static final String TEMPLATE = "{{ b.name }}|{{ b.count + 1 }}|{{ b.lead }}|{{ b.roles[1] }}|{{ b.initial }}|"
            + "{{ s.title }}|{{ h.name }}|{{ m.name }}";

    private static final Map<String, Object> CONTEXT = Map.of(
            "b", new Byline("伍洁", 2, true, List.of("记者", "通讯员")),
            "s", new Shadowed("五年回顾"),
            "h", new Hidden("杨超"),
            "m", Map.of("name", "摄影"));

    @Test
    void readsWhatPebbleReads() {
        String withRecords = render(new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .extension(new AbstractExtension() {
                    @Override
                    public List<io.pebbletemplates.pebble.attributes.AttributeResolver> getAttributeResolver() {
                        return List.of(new RecordAttributes());
                    }
                }).build());
        String pebbleAlone = render(new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true).build());

        assertThat(withRecords).isEqualTo("伍洁|3|true|通讯员|伍|《五年回顾》|杨超|摄影").isEqualTo(pebbleAlone);
    }

    @Test
    void answersOnlyForComponentsItCanRead() {
        RecordAttributes records = new RecordAttributes();
        Byline byline = new Byline("伍洁", 2, true, List.of());
        assertThat(records.resolve(byline, "count", null, null, null, "t", 1).evaluatedValue).isEqualTo(2);
        assertThat(records.resolve(byline, "initial", null, null, null, "t", 1)).as("a method, not a component").isNull();
        assertThat(records.resolve(byline, "name", new Object[0], null, null, "t", 1)).as("called with arguments").isNull();
        assertThat(records.resolve(new Shadowed("x"), "title", null, null, null, "t", 1)).isNull();
        assertThat(records.resolve("text", "length", null, null, null, "t", 1)).isNull();
    }

    private static String render(PebbleEngine engine) {
        try {
            StringWriter out = new StringWriter();
            engine.getTemplate(TEMPLATE).evaluate(out, CONTEXT);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
