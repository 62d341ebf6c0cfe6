package org.mnistlab.knime.workflows;

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
