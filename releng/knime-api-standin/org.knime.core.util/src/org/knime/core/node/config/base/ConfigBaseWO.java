package org.knime.core.node.config.base;

/**
 * Stand-in for KNIME's {@code ConfigBaseWO} (knime-shared): write access to a config tree. Adding under an existing
 * key replaces the entry in place (insertion order is kept), as the {@code LinkedHashMap} in KNIME's
 * {@code ConfigBase} does.
 */
public interface ConfigBaseWO {

    /** @param key the key @return a new, empty sub-config of the same kind */
    ConfigBase addConfigBase(String key);

    /** @return this config's key */
    String getKey();

    /** @param key the key @param value the value */
    void addInt(String key, int value);

    /** @param key the key @param value the value */
    void addDouble(String key, double value);

    /** @param key the key @param value the value */
    void addFloat(String key, float value);

    /** @param key the key @param value the value */
    void addChar(String key, char value);

    /** @param key the key @param value the value */
    void addShort(String key, short value);

    /** @param key the key @param value the value */
    void addLong(String key, long value);

    /** @param key the key @param value the value */
    void addByte(String key, byte value);

    /** @param key the key @param value the value, may be null */
    void addString(String key, String value);

    /** @param key the key @param value the value */
    void addBoolean(String key, boolean value);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addIntArray(String key, int... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addDoubleArray(String key, double... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addFloatArray(String key, float... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addByteArray(String key, byte... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addShortArray(String key, short... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addLongArray(String key, long... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addCharArray(String key, char... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addBooleanArray(String key, boolean... values);

    /** @param key the key @param values the values (null: an empty sub-config) */
    void addStringArray(String key, String... values);
}
