package org.gazette.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a name a Gazette record does not have with the names it has: Pebble says only
 * "Attribute [base_url] of [class org.gazette.config.SiteConfig] does not exist", and the
 * settings are spelt otherwise in templates than in {@code site.yaml}. Placed after
 * {@link RecordAttributes}, it answers only for a name Pebble could not find either (no method,
 * no getter, no public field), with Pebble's own exception, which {@code default} and
 * {@code is defined} still catch.
 *
 * <pre>{@code
 * {{ site.base_url }}
 * // cannot render the page /: there is no "base_url" in SiteConfig: it has title, description, baseUrl, ...
 * }</pre>
 */
final class UnknownRecordAttributes implements AttributeResolver {

    /** For a class: what Pebble can find without arguments, and the names to tell (components first). */
    private record Names(Set<String> found, List<String> told) {
    }

    private static final Map<Class<?>, Names> NAMES = new ConcurrentHashMap<>();

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeName instanceof String name)
                || !instance.getClass().isRecord()) {
            return null;
        }
        Names names = NAMES.computeIfAbsent(instance.getClass(), UnknownRecordAttributes::names);
        if (names.found().contains(name)) {
            return null; // Pebble's resolver reads it
        }
        throw new AttributeNotFoundException(null, "there is no \"" + name + "\" in " + instance.getClass().getSimpleName()
                + ": it has " + String.join(", ", names.told()), name, lineNumber, filename);
    }

    private static Names names(Class<?> type) {
        Set<String> found = new HashSet<>();
        List<String> told = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            told.add(component.getName());
        }
        Set<String> methods = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
                found.add(method.getName());
                found.add(property(method.getName()));
                if (method.getDeclaringClass() == type && !Set.of("toString", "hashCode").contains(method.getName())) {
                    methods.add(method.getName());
                }
            }
        }
        for (Field field : type.getFields()) {
            found.add(field.getName());
        }
        methods.removeAll(told);
        told.addAll(methods);
        return new Names(Set.copyOf(found), List.copyOf(told));
    }

    /** "title" for getTitle, isTitle or hasTitle, as Pebble looks them up; the name itself otherwise. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is", "has")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }
}
