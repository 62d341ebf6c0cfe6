package org.knime.node.parameters.widget.choices.util;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.node.parameters.NodeParametersInput;

/** Stand-in for KNIME's {@code ColumnSelectionUtil} (the 5.7 methods). */
public final class ColumnSelectionUtil {

    private ColumnSelectionUtil() {
    }

    /** @param context inputs @param portIndex a port @return its columns */
    public static List<DataColumnSpec> getAllColumns(final NodeParametersInput context, final int portIndex) {
        return context.getInTableSpec(portIndex).stream().flatMap(DataTableSpec::stream).toList();
    }

    /** @param context inputs @return the columns of port 0 */
    public static List<DataColumnSpec> getAllColumnsOfFirstPort(final NodeParametersInput context) {
        return getAllColumns(context, 0);
    }

    /** @param context inputs @param portIndex a port @return its first column */
    public static Optional<DataColumnSpec> getFirstColumn(final NodeParametersInput context, final int portIndex) {
        return context.getInTableSpec(portIndex).stream().flatMap(DataTableSpec::stream).findFirst();
    }

    /** @param context inputs @return the first column of port 0 */
    public static Optional<DataColumnSpec> getFirstColumnOfFirstPort(final NodeParametersInput context) {
        return getFirstColumn(context, 0);
    }

    /**
     * @param context inputs
     * @param portIndex a port
     * @param valueClasses accepted value classes
     * @return the compatible columns
     */
    @SafeVarargs
    public static List<DataColumnSpec> getCompatibleColumns(final NodeParametersInput context, final int portIndex,
        final Class<? extends DataValue>... valueClasses) {
        return context.getInTableSpec(portIndex).stream().flatMap(DataTableSpec::stream)
            .filter(filter(List.of(valueClasses)))
            .toList();
    }

    /** @param context inputs @param valueClasses accepted value classes @return compatible columns of port 0 */
    @SafeVarargs
    public static List<DataColumnSpec> getCompatibleColumnsOfFirstPort(final NodeParametersInput context,
        final Class<? extends DataValue>... valueClasses) {
        return getCompatibleColumns(context, 0, valueClasses);
    }

    /** @param context inputs @param portIndex a port @return its string columns */
    public static List<DataColumnSpec> getStringColumns(final NodeParametersInput context, final int portIndex) {
        return getCompatibleColumns(context, portIndex, StringValue.class);
    }

    /** @param context inputs @return string columns of port 0 */
    public static List<DataColumnSpec> getStringColumnsOfFirstPort(final NodeParametersInput context) {
        return getStringColumns(context, 0);
    }

    /** @param context inputs @param portIndex a port @return its numeric columns */
    public static List<DataColumnSpec> getDoubleColumns(final NodeParametersInput context, final int portIndex) {
        return getCompatibleColumns(context, portIndex, DoubleValue.class);
    }

    /** @param context inputs @return numeric columns of port 0 */
    public static List<DataColumnSpec> getDoubleColumnsOfFirstPort(final NodeParametersInput context) {
        return getDoubleColumns(context, 0);
    }

    /** @param spec a spec (may be null) @param valueClasses accepted value classes @return compatible columns */
    @SafeVarargs
    public static List<DataColumnSpec> getCompatibleColumns(final DataTableSpec spec,
        final Class<? extends DataValue>... valueClasses) {
        return stream(spec).filter(filter(List.of(valueClasses))).toList();
    }

    /** @param spec a spec (may be null) @param valueClasses accepted value classes @return the first compatible */
    @SafeVarargs
    public static Optional<DataColumnSpec> getFirstCompatibleColumn(final DataTableSpec spec,
        final Class<? extends DataValue>... valueClasses) {
        return stream(spec).filter(filter(List.of(valueClasses))).findFirst();
    }

    private static Stream<DataColumnSpec> stream(final DataTableSpec spec) {
        return spec == null ? Stream.empty() : spec.stream();
    }

    private static Predicate<DataColumnSpec> filter(final List<Class<? extends DataValue>> valueClasses) {
        return col -> valueClasses.stream().anyMatch(v -> col.getType().isCompatible(v));
    }
}
