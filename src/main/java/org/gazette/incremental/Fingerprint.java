package org.gazette.incremental;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gazette.content.LazyText;

/**
 * A 128-bit XXH3 over a value made of records, lists, maps, optionals, strings, numbers, dates and
 * paths: everything a template can reach from its variables. Two values with the same fingerprint
 * render the same page. Records the caller already knows a fingerprint for (an article, by the
 * hash of its file; a tag with its articles) are fed in as that fingerprint instead of walked. A value of any other kind
 * cannot be fingerprinted: {@link Unsupported} is thrown and the caller renders without reuse.
 *
 * <pre>{@code
 * byte[] key = new Fingerprint(known).add("article").add(variables).digest();
 * }</pre>
 */
public final class Fingerprint {

    /** A value the walker does not know how to fingerprint. */
    public static final class Unsupported extends RuntimeException {
        Unsupported(Class<?> type) {
            super("cannot fingerprint a " + type.getName(), null, false, false);
        }
    }

    /**
     * Each record class's accessors, found once. In maps rather than ClassValues, whose look-up
     * under the quick compiler cost a tenth of fingerprinting.
     */
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    /**
     * A tag of its own for each kind of scalar, none the tag of another kind of value: the first
     * letter of the class's name made a Short 5 the String "5", a Long 0 a list holding one null,
     * and a Boolean a byte array. Other numbers are tagged with their class's name.
     */
    private static final Map<Class<?>, Character> SCALAR_TAGS = Map.of(Integer.class, 'i', Long.class, 'l', Short.class, 's',
            Byte.class, 'b', Double.class, 'd', Float.class, 'f', Boolean.class, 'z', Character.class, 'c');

    /** Entries whose keys are strings, by key. */
    private static final Comparator<Map.Entry<?, ?>> BY_NAME = Comparator.comparing(entry -> (String) entry.getKey());

    /** Class names, looked up once: {@link Class#getSimpleName()} was 0.5% of a first build's samples. */
    private static final Map<Class<?>, String> SIMPLE_NAMES = new ConcurrentHashMap<>();

    /**
     * XXH3, for telling change between builds, not tampering: whoever can change the inputs can
     * change the site anyway. Not MD5, which the quick compiler runs five times slower.
     */
    private final HashStream128 digest = Hashing.xxh3_128().hashStream();
    private final Function<Object, byte[]> known;

    /** A fingerprint that walks every value. */
    public Fingerprint() {
        this(value -> null);
    }

    /** A fingerprint that feeds {@code known.apply(value)} instead of walking a value when it is not null. */
    public Fingerprint(Function<Object, byte[]> known) {
        this.known = known;
    }

    public Fingerprint add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('S').bytes(text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof LazyText text) {
            add(text.get()); // as the String it stands for
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            Character scalar = SCALAR_TAGS.get(value.getClass());
            (scalar != null ? tag(scalar) : tag('N').add(value.getClass().getName()))
                    .bytes(value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Enum<?> constant) {
            tag('E').add(constant.getDeclaringClass().getName()).add(constant.name());
        } else if (value instanceof Optional<?> optional) {
            tag('O').add(optional.orElse(null));
        } else if (value instanceof Collection<?> items) {
            tag('L').count(items.size());
            items.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            addMap(map);
        } else if (value instanceof byte[] bytes) {
            tag('B').bytes(bytes);
        } else if (value instanceof ZonedDateTime || value instanceof ZoneId || value instanceof URI || value instanceof Path) {
            tag('T').add(simpleName(value.getClass())).add(value.toString().replace('\\', '/'));
        } else if (value instanceof Record) { // not getClass().isRecord(), which asks the JVM every time
            byte[] shortcut = known.apply(value);
            if (shortcut != null) {
                tag('K').bytes(shortcut);
            } else {
                addRecord(value);
            }
        } else {
            throw new Unsupported(value.getClass());
        }
        return this;
    }

    public byte[] digest() {
        return digest.get().toByteArray();
    }

    private static String simpleName(Class<?> type) {
        return SIMPLE_NAMES.computeIfAbsent(type, Class::getSimpleName);
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, record -> Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getAccessor).peek(m -> m.setAccessible(true)).toArray(Method[]::new));
    }

    private void addRecord(Object value) {
        Method[] accessors = accessors(value.getClass());
        tag('R').add(value.getClass().getName()).count(accessors.length);
        for (Method accessor : accessors) {
            try {
                add(accessor.invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unsupported(value.getClass());
            }
        }
    }

    /**
     * Entries in an order that does not depend on the map's: by key when the keys are strings (a
     * template's variables), else by the keys' fingerprints.
     */
    private void addMap(Map<?, ?> map) {
        tag('M').count(map.size());
        // The entries, not the keys and a look-up of each: a page's variables are a map, on every page.
        Map.Entry<?, ?>[] named = map.entrySet().toArray(new Map.Entry<?, ?>[0]);
        if (allNamed(named)) {
            Arrays.sort(named, BY_NAME);
            for (Map.Entry<?, ?> entry : named) {
                add(entry.getKey()).add(entry.getValue());
            }
            return;
        }
        List<byte[][]> entries = new ArrayList<>(map.size());
        for (var entry : map.entrySet()) {
            entries.add(new byte[][] {new Fingerprint(known).add(entry.getKey()).digest(),
                    new Fingerprint(known).add(entry.getValue()).digest()});
        }
        entries.sort((a, b) -> Arrays.compare(a[0], b[0]));
        for (byte[][] entry : entries) {
            update(entry[0]);
            update(entry[1]);
        }
    }

    private static boolean allNamed(Map.Entry<?, ?>[] entries) {
        for (Map.Entry<?, ?> entry : entries) {
            if (!(entry.getKey() instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private Fingerprint tag(char tag) {
        digest.putByte((byte) tag);
        return this;
    }

    private Fingerprint count(int n) {
        digest.putInt(n);
        return this;
    }

    private Fingerprint bytes(byte[] bytes) {
        count(bytes.length);
        update(bytes);
        return this;
    }

    private void update(byte[] bytes) {
        digest.putBytes(bytes);
    }
}
