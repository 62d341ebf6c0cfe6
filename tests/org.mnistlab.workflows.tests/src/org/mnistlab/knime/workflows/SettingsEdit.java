package org.mnistlab.knime.workflows;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Changes one entry of a node's saved parameters the way a user's dialog edit ends up in settings.xml: the key must
 * exist (a new node's settings have every key its parameters class persists) and keep its entry type, so a typo or a
 * renamed field fails instead of writing a key KNIME would ignore.
 */
final class SettingsEdit {

    private SettingsEdit() {
    }

    /**
     * @param model the node's {@code model} settings
     * @param path the key, {@code "a/b"} for key b in sub-config a
     * @param value the new value: Integer, Long, Double, Boolean, String, an enum constant, or a String, int or double
     *            array
     * @throws IllegalArgumentException if the key does not exist or the value does not fit its type
     */
    static void set(final NodeSettings model, final String path, final Object value) {
        final String[] keys = path.split("/");
        ConfigBase parent = model;
        for (int i = 0; i < keys.length - 1; i++) {
            try {
                parent = parent.getConfigBase(keys[i]);
            } catch (InvalidSettingsException e) {
                throw new IllegalArgumentException("No settings group \"" + keys[i] + "\" in " + path, e);
            }
        }
        final String key = keys[keys.length - 1];
        final AbstractConfigEntry old = parent.getEntry(key);
        if (old == null) {
            throw new IllegalArgumentException(
                "No setting \"" + path + "\"; the node's settings are " + model.keySet());
        }
        switch (old.getType()) {
            case xint -> parent.addInt(key, as(Integer.class, path, value, old));
            case xlong -> parent.addLong(key, value instanceof Integer i ? i : as(Long.class, path, value, old));
            case xdouble -> parent.addDouble(key, as(Number.class, path, value, old).doubleValue());
            case xboolean -> parent.addBoolean(key, as(Boolean.class, path, value, old));
            case xstring -> parent.addString(key, value instanceof Enum<?> e ? e.name() : as(String.class, path, value,
                old));
            case config -> setArray(parent, path, key, value);
            default -> throw new IllegalArgumentException(
                "Setting \"" + path + "\" is an " + old.getType() + ", which workflows do not set");
        }
    }

    /** The part of a node's settings that says which settings flow variables control or expose. */
    static final String VARIABLES = "variables";

    /** The format KNIME 4.1+ writes into {@link #VARIABLES} (ConfigEditTreeModel's current version). */
    private static final String VARIABLES_VERSION = "V_2019_09_13";

    /**
     * Lets flow variables control or expose settings, writing what a node dialog's variable buttons write into the
     * node's {@code variables} settings: for each setting {@code used_variable} (with {@code used_variable_flawed})
     * and {@code exposed_variable}, in a tree that mirrors the model settings.
     *
     * @param nodeSettings all settings of a node (with its {@code model})
     * @param used setting key ({@code "a/b"} for nested ones) to the variable that controls it
     * @param exposed setting key to the variable it is exposed as
     * @throws IllegalArgumentException if a key is not a setting of the node
     */
    static void variables(final NodeSettings nodeSettings, final Map<String, String> used,
        final Map<String, String> exposed) {
        if (used.isEmpty() && exposed.isEmpty()) {
            return;
        }
        final NodeSettings model;
        try {
            model = (NodeSettings)nodeSettings.getNodeSettings("model");
        } catch (InvalidSettingsException e) {
            throw new IllegalArgumentException("The node has no model settings", e);
        }
        final NodeSettings variables = add(nodeSettings, VARIABLES);
        variables.addString("version", VARIABLES_VERSION);
        final NodeSettings tree = add(variables, "tree");
        final Set<String> keys = new LinkedHashSet<>(used.keySet());
        keys.addAll(exposed.keySet());
        for (final String path : keys) {
            NodeSettings parent = tree;
            ConfigBase setting = model;
            final String[] segments = path.split("/");
            for (int i = 0; i < segments.length - 1; i++) {
                try {
                    setting = setting.getConfigBase(segments[i]);
                } catch (InvalidSettingsException e) {
                    throw new IllegalArgumentException("No settings group \"" + segments[i] + "\" in " + path, e);
                }
                parent = parent.containsKey(segments[i]) ? child(parent, segments[i])
                    : add(parent, segments[i]);
            }
            final String key = segments[segments.length - 1];
            if (setting.getEntry(key) == null) {
                throw new IllegalArgumentException("No setting \"" + path + "\" for a flow variable; the node's "
                    + "settings are " + model.keySet());
            }
            final NodeSettings v = add(parent, key);
            v.addString("used_variable", used.get(path));
            v.addBoolean("used_variable_flawed", false);
            v.addString("exposed_variable", exposed.get(path));
        }
    }

    /** @return a new sub-config, added (KNIME keeps the instance, so it is written into afterwards) */
    private static NodeSettings add(final NodeSettings parent, final String key) {
        final NodeSettings child = new NodeSettings(key);
        parent.addNodeSettings(child);
        return child;
    }

    private static NodeSettings child(final NodeSettings parent, final String key) {
        try {
            return (NodeSettings)parent.getNodeSettings(key);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(final Class<T> type, final String path, final Object value,
        final AbstractConfigEntry old) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("Setting \"" + path + "\" is an " + old.getType() + ", not a "
                + (value == null ? "null" : value.getClass().getSimpleName()) + " (" + value + ")");
        }
        return type.cast(value);
    }

    private static void setArray(final ConfigBase parent, final String path, final String key, final Object value) {
        if (value instanceof String[] s) {
            parent.addStringArray(key, s);
        } else if (value instanceof int[] a) {
            parent.addIntArray(key, a);
        } else if (value instanceof double[] a) {
            parent.addDoubleArray(key, a);
        } else {
            throw new IllegalArgumentException("Setting \"" + path + "\" is a group of settings; set its entries as \""
                + path + "/<key>\"");
        }
    }
}
