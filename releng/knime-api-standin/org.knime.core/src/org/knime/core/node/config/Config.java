package org.knime.core.node.config;

import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.AbstractConfigEntry;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.config.Config}: a {@link ConfigBase} that also stores data types
 * (a sub-config with {@code cell_class} and {@code is_null}, as KNIME writes it).
 */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    private static final String CFG_IS_NULL = "is_null";

    /** @param key this config's key */
    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(String key);

    @Override
    public final Config addConfig(final String key) {
        final Config config = getInstance(key);
        put(config);
        return config;
    }

    /** @param config a sub-config of this config's class */
    protected final void addConfig(final Config config) {
        if (getClass() != config.getClass()) {
            throw new IllegalArgumentException("This " + getClass() + " is not equal to " + config.getClass());
        }
        put(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        final AbstractConfigEntry o = getEntry(key);
        if (o instanceof Config c) {
            return c;
        }
        throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
    }

    @Override
    public void addDataType(final String key, final DataType type) {
        final Config config = addConfig(key);
        if (type == null) {
            config.addBoolean(CFG_IS_NULL, true);
        } else {
            type.save(config);
            config.addBoolean(CFG_IS_NULL, false);
        }
    }

    @Override
    public DataType getDataType(final String key) throws InvalidSettingsException {
        final Config config = getConfig(key);
        if (config.getBoolean(CFG_IS_NULL)) {
            return null;
        }
        return DataType.load(config);
    }
}
