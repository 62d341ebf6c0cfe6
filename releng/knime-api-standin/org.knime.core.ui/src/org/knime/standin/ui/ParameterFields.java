package org.knime.standin.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * NOT KNIME API. The fields KNIME treats as parameters of a {@code NodeParameters}/{@code WidgetGroup} class. KNIME
 * lets Jackson find them ({@code TreeFactory}: visibility NON_PRIVATE for fields, getters off, "m_" stripped from
 * names), which means: every field that is not private, static, transient or synthetic, super classes first, each
 * class in declaration order.
 */
public final class ParameterFields {

    private ParameterFields() {
    }

    /**
     * @param c a parameters class
     * @return its parameter fields, made accessible
     */
    public static List<Field> of(final Class<?> c) {
        final List<Field> fields = new ArrayList<>();
        collect(c, fields);
        return fields;
    }

    private static void collect(final Class<?> c, final List<Field> into) {
        if (c == null || c == Object.class) {
            return;
        }
        collect(c.getSuperclass(), into);
        for (final Field f : c.getDeclaredFields()) {
            final int mod = f.getModifiers();
            if (!Modifier.isPrivate(mod) && !Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) {
                f.setAccessible(true);
                into.add(f);
            }
        }
    }

    /**
     * @param f a parameter field
     * @return KNIME's name for it: the field name without a leading "m_"
     */
    public static String name(final Field f) {
        final String n = f.getName();
        return n.startsWith("m_") ? n.substring(2) : n;
    }
}
