package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;

/**
 * Stand-in for KNIME's {@code ConfigBaseRO} (knime-shared): read access to a config tree. Getters without default are
 * strict: a missing key or an entry of another type throws {@link InvalidSettingsException}; getters with default
 * return the default in both cases.
 */
public interface ConfigBaseRO extends Iterable<String> {

    /**
     * @param key the key
     * @return the sub-config
     * @throws InvalidSettingsException if there is no sub-config under the key
     */
    ConfigBase getConfigBase(String key) throws InvalidSettingsException;

    /**
     * Writes this tree as KNIME XML.
     *
     * @param os where to write; closed afterwards
     * @throws IOException if writing fails
     */
    void saveToXML(OutputStream os) throws IOException;

    /** @param config receives a deep copy of all entries */
    void copyTo(ConfigBaseWO config);

    /** @return this config's key */
    String getKey();

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not an int */
    int getInt(String key) throws InvalidSettingsException;

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a double */
    double getDouble(String key) throws InvalidSettingsException;

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a char */
    char getChar(String key) throws InvalidSettingsException;

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a short */
    short getShort(String key) throws InvalidSettingsException;

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a long */
    long getLong(String key) throws InvalidSettingsException;

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a byte */
    byte getByte(String key) throws InvalidSettingsException;

    /** @param key the key @return the value, may be null @throws InvalidSettingsException if absent or not a string */
    String getString(String key) throws InvalidSettingsException;

    /** @return the keys in insertion order (unmodifiable) */
    Set<String> keySet();

    /** @param key the key @return whether an entry or sub-config has the key */
    boolean containsKey(String key);

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a boolean */
    boolean getBoolean(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the value or the default */
    int getInt(String key, int def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    int[] getIntArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    int[] getIntArray(String key, int... def);

    /** @param key the key @param def default @return the value or the default */
    double getDouble(String key, double def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    double[] getDoubleArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    double[] getDoubleArray(String key, double... def);

    /** @param key the key @return the value @throws InvalidSettingsException if absent or not a float */
    float getFloat(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the value or the default */
    float getFloat(String key, float def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    float[] getFloatArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    float[] getFloatArray(String key, float... def);

    /** @param key the key @param def default @return the value or the default */
    char getChar(String key, char def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    char[] getCharArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    byte[] getByteArray(String key, byte... def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    byte[] getByteArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the value or the default */
    byte getByte(String key, byte def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    short[] getShortArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    short[] getShortArray(String key, short... def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    long[] getLongArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    long[] getLongArray(String key, long... def);

    /** @param key the key @param def default @return the value or the default */
    short getShort(String key, short def);

    /** @param key the key @param def default @return the value or the default */
    long getLong(String key, long def);

    /** @param key the key @param def default @return the array or the default */
    char[] getCharArray(String key, char... def);

    /** @param key the key @param def default @return the value or the default */
    boolean getBoolean(String key, boolean def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    boolean[] getBooleanArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    boolean[] getBooleanArray(String key, boolean... def);

    /** @param key the key @param def default @return the value or the default */
    String getString(String key, String def);

    /** @param key the key @return the array @throws InvalidSettingsException if absent or malformed */
    String[] getStringArray(String key) throws InvalidSettingsException;

    /** @param key the key @param def default @return the array or the default */
    String[] getStringArray(String key, String... def);

    @Override
    Iterator<String> iterator();
}
