package org.gazette.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gazette.content.LazyText;

/**
 * Reads the components of Gazette's records for templates ({@code item.article.title}) through an
 * accessor made once per component. Pebble's own resolver looks the member up again for every use
 * (a key made, hashed and compared, then a reflective call), and a build of 10,000 articles reads
 * components several million times. Only what Pebble would read the same way is taken: a
 * component of a public record, used without arguments, with no {@code getX}, {@code isX} or
 * {@code hasX} method beside it (Pebble would call that first); anything else is left to Pebble.
 * An {@code Optional} component is read as its value, or null when empty, and a {@link LazyText} as its String.
 */
final class RecordAttributes implements AttributeResolver {

    /** By class: a map, not a ClassValue, whose look-up under the quick compiler cost more than the rest. */
    private static final Map<Class<?>, Map<String, Function<Object, Object>>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeName instanceof String name)) {
            return null;
        }
        Function<Object, Object> accessor = ACCESSORS.computeIfAbsent(instance.getClass(), RecordAttributes::accessors).get(name);
        return accessor == null ? null : new ResolvedAttribute(accessor.apply(instance));
    }

    /** The record's accessors by component name; none for another class, or a record this class cannot reach. */
    private static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        if (!type.isRecord()) {
            return Map.of();
        }
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        try {
            for (RecordComponent component : type.getRecordComponents()) {
                if (!shadowed(type, component.getName())) {
                    Function<Object, Object> accessor = accessor(type, component.getAccessor());
                    accessors.put(component.getName(), component.getType() == Optional.class ? present(accessor)
                            : component.getType() == LazyText.class ? text(accessor) : accessor);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of(); // not public to this class (a record nested in a private one): Pebble reads it
        }
        return Map.copyOf(accessors);
    }

    /**
     * An optional component as templates see it: its value, or null when it is empty, so that
     * {@code {{ links.newer.url }}} reads the teaser and {@code {{ article.lead }}} does not print
     * {@code Optional[photo-1]}.
     */
    private static Function<Object, Object> present(Function<Object, Object> accessor) {
        return record -> ((Optional<?>) accessor.apply(record)).orElse(null);
    }

    /** A long text as templates see it: a String, {@code {{ body.html | raw }}} and {@code {{ body.text | length }}} alike. */
    private static Function<Object, Object> text(Function<Object, Object> accessor) {
        return record -> ((LazyText) accessor.apply(record)).get();
    }

    /** True when Pebble would call another method for the component: getX, isX or hasX, without arguments. */
    private static boolean shadowed(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalized)
                    || method.getName().equals("is" + capitalized) || method.getName().equals("has" + capitalized))) {
                return true;
            }
        }
        return false;
    }

    /** A plain function calling the accessor, as a lambda {@code r -> r.title()} would. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method accessor) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        Class<?> result = MethodType.methodType(accessor.getReturnType()).wrap().returnType();
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                            lookup.unreflect(accessor), MethodType.methodType(result, type))
                    .getTarget().invokeExact();
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // invokeExact declares Throwable; the factory's target throws nothing else
        }
    }
}
