package org.mnistlab.knime.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;

/**
 * Compares node parameters field by field, as KNIME persists them: every instance field of the class and its
 * superclasses, nested parameter blocks field by field too. Parameter classes have no {@code equals}; KNIME's
 * persistence reads and writes these fields.
 */
public final class ParameterFields {

    private ParameterFields() {
    }

    /**
     * @param a parameters
     * @param b parameters of the same class
     * @return the paths of the leaf fields whose values differ, e.g. {@code m_columns.m_labelColumn}, in field order
     */
    public static List<String> differences(final NodeParameters a, final NodeParameters b) {
        final List<String> paths = new ArrayList<>();
        collect(a, b, "", paths);
        return paths;
    }

    /**
     * @param expected the expected parameters
     * @param actual the parameters under test
     */
    public static void assertEqualFieldByField(final NodeParameters expected, final NodeParameters actual) {
        final List<String> differ = differences(expected, actual);
        if (!differ.isEmpty()) {
            final StringBuilder message = new StringBuilder("parameters differ in");
            differ.forEach(p -> message.append("\n  ").append(p).append(": expected ")
                .append(describe(value(expected, p))).append(" but was ").append(describe(value(actual, p))));
            throw new AssertionError(message);
        }
    }

    private static void collect(final Object a, final Object b, final String prefix, final List<String> into) {
        if (a.getClass() != b.getClass()) {
            into.add(prefix.isEmpty() ? "(class)" : prefix.substring(0, prefix.length() - 1));
            return;
        }
        for (final Field f : fields(a.getClass())) {
            final Object va = get(f, a);
            final Object vb = get(f, b);
            if (va instanceof NodeParameters && vb instanceof NodeParameters) {
                collect(va, vb, prefix + f.getName() + ".", into);
            } else if (!Objects.deepEquals(va, vb)) {
                into.add(prefix + f.getName());
            }
        }
    }

    private static List<Field> fields(final Class<?> c) {
        final List<Field> fields = new ArrayList<>();
        if (c.getSuperclass() != null && c.getSuperclass() != Object.class) {
            fields.addAll(fields(c.getSuperclass()));
        }
        Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
            .forEach(fields::add);
        return fields;
    }

    private static Object get(final Field f, final Object o) {
        try {
            f.setAccessible(true); // NOSONAR: the test reads the fields KNIME persists
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(final Object root, final String path) {
        Object o = root;
        for (final String name : path.split("\\.")) {
            final Object current = o;
            o = fields(o.getClass()).stream().filter(f -> f.getName().equals(name)).findFirst()
                .map(f -> get(f, current)).orElse(null);
            if (o == null) {
                return null;
            }
        }
        return o;
    }

    private static String describe(final Object value) {
        return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
    }

    /**
     * @param parameters a parameters class
     * @return the titles of its {@link Widget} fields, declared in it or its superclasses, in field order
     */
    public static List<String> widgetTitles(final Class<?> parameters) {
        return fields(parameters).stream().map(f -> f.getAnnotation(Widget.class)).filter(Objects::nonNull)
            .map(Widget::title).toList();
    }
}
