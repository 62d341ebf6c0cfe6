package org.knime.core.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataType}: the type of a column, defined by a cell class and the
 * {@link DataValue} interfaces it implements (the first one found is the preferred value class). Compatibility and
 * super-type rules follow the real class ({@code isCompatible}: some value class is assignable to the asked one;
 * {@code isASuperTypeOf}: the other type is compatible with all of this type's value classes, missing cells fit
 * everywhere). Names are KNIME's user-facing names of the value classes ("Number (Integer)", "String", ...).
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private static final Map<Class<? extends DataValue>, String> NAMES = Map.of( //
        IntValue.class, "Number (Integer)", //
        LongValue.class, "Number (Long Integer)", //
        DoubleValue.class, "Number (Float)", //
        StringValue.class, "String", //
        BooleanValue.class, "Boolean", //
        PNGImageValue.class, "Image (PNG)", //
        MissingValue.class, "Missing Value");

    private static final DataCell MISSING = new MissingCell(null);

    private final Class<? extends DataCell> m_cellClass;

    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        final Set<Class<? extends DataValue>> values = new LinkedHashSet<>();
        for (Class<?> c = cellClass; c != null; c = c.getSuperclass()) {
            collectValueInterfaces(c, values);
        }
        values.remove(DataValue.class);
        m_valueClasses = List.copyOf(values);
    }

    @SuppressWarnings("unchecked")
    private static void collectValueInterfaces(final Class<?> c, final Set<Class<? extends DataValue>> values) {
        for (final Class<?> i : c.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(i)) {
                values.add((Class<? extends DataValue>)i);
                collectValueInterfaces(i, values);
            }
        }
    }

    /**
     * @param cell a cell class
     * @return its type (one instance per class)
     */
    public static DataType getType(final Class<? extends DataCell> cell) {
        Objects.requireNonNull(cell, "Cell class must not be null.");
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    /** @return the shared missing cell */
    public static DataCell getMissingCell() {
        return MISSING;
    }

    /** @return the cell class, {@code null} for non-native types (none in the stand-in) */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** @return the value interfaces, preferred first */
    public List<Class<? extends DataValue>> getValueClasses() {
        return new ArrayList<>(m_valueClasses);
    }

    /** @return the first value interface of the cell class */
    public Class<? extends DataValue> getPreferredValueClass() {
        return m_valueClasses.isEmpty() ? DataValue.class : m_valueClasses.get(0);
    }

    /**
     * @param valueClass a value interface
     * @return whether cells of this type can be read as {@code valueClass} (missing cells are compatible with all)
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        for (final Class<? extends DataValue> v : m_valueClasses) {
            if (MissingValue.class.equals(v) || valueClass.isAssignableFrom(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type another type
     * @return whether a column of this type can hold cells of {@code type}
     */
    public boolean isASuperTypeOf(final DataType type) {
        Objects.requireNonNull(type, "Type argument must not be null.");
        if (type == this || type.isCompatible(MissingValue.class)) {
            return true;
        }
        for (final Class<? extends DataValue> v : m_valueClasses) {
            if (!type.isCompatible(v)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether this is the type of missing cells */
    public boolean isMissingValueType() {
        return m_valueClasses.contains(MissingValue.class);
    }

    /** @return the user-facing name, e.g. "Number (Integer)" */
    public String getName() {
        return NAMES.getOrDefault(getPreferredValueClass(), m_cellClass.getSimpleName());
    }

    /**
     * Writes the type as KNIME does for native types: the cell class name under {@code cell_class}.
     *
     * @param config where to write
     */
    public void save(final ConfigWO config) {
        config.addString("cell_class", m_cellClass.getName());
    }

    /**
     * @param config a config written by {@link #save(ConfigWO)}
     * @return the type
     * @throws InvalidSettingsException if the cell class is unknown
     */
    public static DataType load(final ConfigRO config) throws InvalidSettingsException {
        final String name = config.getString("cell_class");
        for (final DataType t : TYPES.values()) {
            if (t.m_cellClass.getName().equals(name)) {
                return t;
            }
        }
        try {
            return getType(Class.forName(name).asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException | NullPointerException e) {
            throw new InvalidSettingsException("Unknown cell class \"" + name + "\"", e);
        }
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType t && t.m_cellClass == m_cellClass;
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}
