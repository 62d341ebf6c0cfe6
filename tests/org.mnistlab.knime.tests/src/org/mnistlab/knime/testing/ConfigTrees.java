package org.mnistlab.knime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * KNIME config trees (node settings) compared as trees: every entry with its path, KNIME type and value, in KNIME's
 * order, then KNIME's own equality ({@code isIdentical}: same keys, types and values at every level). Expected trees
 * are written with {@link #settings(String)}, whose Java argument types choose the KNIME entry types.
 *
 * <pre>
 * ConfigTrees.assertSameTree(ConfigTrees.settings("model").add("rows", 10).add("seed", 42L)
 *     .config("columns", c -&gt; c.add("label", "")).build(), saved);
 * </pre>
 */
public final class ConfigTrees {

    private ConfigTrees() {
    }

    /**
     * Asserts that two trees have the same entries (keys, KNIME types, values) in the same order at every level.
     *
     * @param expected the expected tree
     * @param actual the tree under test
     */
    public static void assertSameTree(final ConfigBase expected, final ConfigBase actual) {
        final List<String> want = entries(expected);
        final List<String> got = entries(actual);
        if (!want.equals(got)) {
            throw new AssertionError("config trees differ\nexpected:\n  " + String.join("\n  ", want)
                + "\nbut was:\n  " + String.join("\n  ", got));
        }
        if (!expected.equals(actual)) { // KNIME's own comparison, which also compares the root keys and classes
            throw new AssertionError("KNIME does not consider the trees identical: " + expected.getKey() + " vs "
                + actual.getKey() + ", " + expected.getClass().getName() + " vs " + actual.getClass().getName());
        }
    }

    /**
     * @param config a tree
     * @return its entries in order, one per leaf ({@code path type value}) and per sub-tree ({@code path/ config})
     */
    public static List<String> entries(final ConfigBase config) {
        final List<String> lines = new ArrayList<>();
        collect(config, "", lines);
        return lines;
    }

    /**
     * @param config a settings tree
     * @return the paths of its settings: every leaf entry and every string array (a sub-tree with
     *         {@code array-size}), in order
     */
    public static List<List<String>> settingPaths(final ConfigBase config) {
        final List<List<String>> paths = new ArrayList<>();
        collectPaths(config, List.of(), paths);
        return paths;
    }

    private static void collectPaths(final ConfigBase config, final List<String> prefix,
        final List<List<String>> into) {
        for (final String key : config.keySet()) {
            final List<String> path = new ArrayList<>(prefix);
            path.add(key);
            if (config.getEntry(key) instanceof ConfigBase sub && !sub.containsKey("array-size")) {
                collectPaths(sub, path, into);
            } else {
                into.add(List.copyOf(path));
            }
        }
    }

    private static void collect(final ConfigBase config, final String prefix, final List<String> into) {
        for (final String key : config.keySet()) {
            final AbstractConfigEntry e = config.getEntry(key);
            if (e instanceof ConfigBase sub) {
                into.add(prefix + key + "/ " + e.getType());
                collect(sub, prefix + key + "/", into);
            } else {
                into.add(prefix + key + " " + e.getType() + " " + e.toStringValue());
            }
        }
    }

    /**
     * @param key the root key, e.g. "model"
     * @return a builder of an expected settings tree
     */
    public static Builder settings(final String key) {
        return new Builder(new NodeSettings(key));
    }

    /** Adds entries to a settings tree; the type of each value's Java argument is the KNIME entry type. */
    public static final class Builder {

        private final NodeSettings m_settings;

        private Builder(final NodeSettings settings) {
            m_settings = settings;
        }

        /** @param key key @param value an {@code xstring} @return this */
        public Builder add(final String key, final String value) {
            m_settings.addString(key, value);
            return this;
        }

        /** @param key key @param value an {@code xint} @return this */
        public Builder add(final String key, final int value) {
            m_settings.addInt(key, value);
            return this;
        }

        /** @param key key @param value an {@code xlong} @return this */
        public Builder add(final String key, final long value) {
            m_settings.addLong(key, value);
            return this;
        }

        /** @param key key @param value an {@code xdouble} @return this */
        public Builder add(final String key, final double value) {
            m_settings.addDouble(key, value);
            return this;
        }

        /** @param key key @param value an {@code xboolean} @return this */
        public Builder add(final String key, final boolean value) {
            m_settings.addBoolean(key, value);
            return this;
        }

        /**
         * @param key key
         * @param values a string array, as KNIME stores it: a sub-tree with {@code array-size} and one entry per value
         * @return this
         */
        public Builder strings(final String key, final String... values) {
            m_settings.addStringArray(key, values);
            return this;
        }

        /**
         * @param key key of a sub-tree
         * @param entries adds its entries
         * @return this
         */
        public Builder config(final String key, final Consumer<Builder> entries) {
            entries.accept(new Builder((NodeSettings)m_settings.addNodeSettings(key)));
            return this;
        }

        /** @return the tree */
        public NodeSettings build() {
            return m_settings;
        }
    }
}
