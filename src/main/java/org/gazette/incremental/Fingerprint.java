package org.gazette.incremental;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.output.Manifest;

/**
 * An MD5 over a value made of records, lists, maps, optionals, strings, numbers, dates and
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

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .peek(m -> m.setAccessible(true)).toArray(Method[]::new);
        }
    };

    /** Class names, looked up once: {@link Class#getSimpleName()} was 0.5% of a first build's samples. */
    private static final ClassValue<String> SIMPLE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName();
        }
    };

    /** MD5, for telling change between builds, not tampering: whoever can change the inputs can change the site anyway. */
    private final MessageDigest digest = Manifest.md5();
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
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            tag(SIMPLE_NAMES.get(value.getClass()).charAt(0)).bytes(value.toString().getBytes(StandardCharsets.US_ASCII));
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
            tag('T').add(SIMPLE_NAMES.get(value.getClass())).add(value.toString().replace('\\', '/'));
        } else if (value.getClass().isRecord()) {
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
        return digest.digest();
    }

    private void addRecord(Object value) {
        Method[] accessors = ACCESSORS.get(value.getClass());
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
        if (map.keySet().stream().allMatch(String.class::isInstance)) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(key -> keys.add((String) key));
            keys.sort(null);
            for (String key : keys) {
                add(key).add(map.get(key));
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
            digest.update(entry[0]);
            digest.update(entry[1]);
        }
    }

    private Fingerprint tag(char tag) {
        digest.update((byte) tag);
        return this;
    }

    private Fingerprint count(int n) {
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        return this;
    }

    private Fingerprint bytes(byte[] bytes) {
        count(bytes.length);
        digest.update(bytes);
        return this;
    }
}
