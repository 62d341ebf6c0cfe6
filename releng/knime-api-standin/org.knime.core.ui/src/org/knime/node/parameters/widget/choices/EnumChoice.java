package org.knime.node.parameters.widget.choices;

/**
 * Stand-in for KNIME's {@code EnumChoice}.
 *
 * @param <E> the enum
 * @param id the constant
 * @param text the shown text
 */
public record EnumChoice<E extends Enum<E>>(E id, String text) {

    /**
     * @param <E> the enum
     * @param enumConst a constant
     * @return a choice showing its {@link Label} (or, as KNIME, the capitalized lower-case name)
     */
    public static <E extends Enum<E>> EnumChoice<E> fromEnumConst(final E enumConst) {
        Label label;
        try {
            label = enumConst.getDeclaringClass().getField(enumConst.name()).getAnnotation(Label.class);
        } catch (NoSuchFieldException e) {
            label = null;
        }
        return new EnumChoice<>(enumConst, label == null ? defaultLabel(enumConst) : label.value());
    }

    /** KNIME's label of a constant without {@link Label}: "SOME_NAME" becomes "Some name". */
    private static String defaultLabel(final Enum<?> constant) {
        final String s = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
