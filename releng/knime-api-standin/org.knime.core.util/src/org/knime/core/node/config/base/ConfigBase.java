package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.knime.core.node.InvalidSettingsException;
import org.xml.sax.SAXException;

/**
 * Stand-in for KNIME's {@code ConfigBase} (knime-shared): an ordered tree of typed entries, the in-memory form of
 * settings.xml, model content and port specs. Behaviour follows the real class:
 * <ul>
 * <li>entries keep insertion order; adding an existing key replaces that entry;</li>
 * <li>getters without default throw {@code InvalidSettingsException("<Type> for key \"k\" not found.")} when the key
 * is missing or holds another type (an {@code xlong} is not an int);</li>
 * <li>arrays are sub-configs with an {@code array-size} int and elements keyed "0", "1", ...; a sub-config without
 * {@code array-size} reads as {@code null}; adding a {@code null} array writes an empty sub-config.</li>
 * </ul>
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    private static final String CFG_ARRAY_SIZE = "array-size";

    private final LinkedHashMap<String, AbstractConfigEntry> m_map = new LinkedHashMap<>();

    /** @param key this config's key */
    protected ConfigBase(final String key) {
        super(ConfigEntries.config, key);
    }

    /**
     * @param key the key
     * @return a new, empty config of this config's class (sub-configs have their parent's class)
     */
    public abstract ConfigBase getInstance(String key);

    /** @param e an entry to put under its key */
    protected void put(final AbstractConfigEntry e) {
        m_map.put(e.getKey(), e);
    }

    /**
     * @param key the key
     * @return the entry or sub-config, {@code null} if absent
     */
    public AbstractConfigEntry getEntry(final String key) {
        return m_map.get(key);
    }

    /** @param entry an entry to put under its key */
    public void addEntry(final AbstractConfigEntry entry) {
        put(entry);
    }

    /**
     * @param key the key
     * @return the removed entry, {@code null} if absent
     */
    public final AbstractConfigEntry removeConfig(final String key) {
        return m_map.remove(key);
    }

    @Override
    public final ConfigBase addConfigBase(final String key) {
        final ConfigBase c = getInstance(key);
        put(c);
        return c;
    }

    /** @param config a sub-config of this config's class */
    protected final void addConfigBase(final ConfigBase config) {
        if (getClass() != config.getClass()) {
            throw new IllegalArgumentException("This " + getClass() + " is not equal to " + config.getClass());
        }
        put(config);
    }

    @Override
    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        if (m_map.get(key) instanceof ConfigBase c) {
            return c;
        }
        throw new InvalidSettingsException("ConfigBase for key \"" + key + "\" not found.");
    }

    private void putValue(final ConfigEntries type, final String key, final Object value) {
        put(new ValueEntry(type, key, value));
    }

    @SuppressWarnings("unchecked")
    private <T> T strict(final String key, final ConfigEntries type, final String what)
        throws InvalidSettingsException {
        if (m_map.get(key) instanceof ValueEntry e && e.getType() == type) {
            return (T)e.value();
        }
        throw new InvalidSettingsException(what + " for key \"" + key + "\" not found.");
    }

    @SuppressWarnings("unchecked")
    private <T> T orDefault(final String key, final ConfigEntries type, final T def) {
        if (m_map.get(key) instanceof ValueEntry e && e.getType() == type) {
            return (T)e.value();
        }
        return def;
    }

    @Override
    public void addInt(final String key, final int value) {
        putValue(ConfigEntries.xint, key, value);
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return this.<Integer> strict(key, ConfigEntries.xint, "Int");
    }

    @Override
    public int getInt(final String key, final int def) {
        return orDefault(key, ConfigEntries.xint, def);
    }

    @Override
    public void addDouble(final String key, final double value) {
        putValue(ConfigEntries.xdouble, key, value);
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return this.<Double> strict(key, ConfigEntries.xdouble, "Double");
    }

    @Override
    public double getDouble(final String key, final double def) {
        return orDefault(key, ConfigEntries.xdouble, def);
    }

    @Override
    public void addFloat(final String key, final float value) {
        putValue(ConfigEntries.xfloat, key, value);
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return this.<Float> strict(key, ConfigEntries.xfloat, "Float");
    }

    @Override
    public float getFloat(final String key, final float def) {
        return orDefault(key, ConfigEntries.xfloat, def);
    }

    @Override
    public void addChar(final String key, final char value) {
        putValue(ConfigEntries.xchar, key, value);
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        return this.<Character> strict(key, ConfigEntries.xchar, "Char");
    }

    @Override
    public char getChar(final String key, final char def) {
        return orDefault(key, ConfigEntries.xchar, def);
    }

    @Override
    public void addShort(final String key, final short value) {
        putValue(ConfigEntries.xshort, key, value);
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        return this.<Short> strict(key, ConfigEntries.xshort, "Short");
    }

    @Override
    public short getShort(final String key, final short def) {
        return orDefault(key, ConfigEntries.xshort, def);
    }

    @Override
    public void addLong(final String key, final long value) {
        putValue(ConfigEntries.xlong, key, value);
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return this.<Long> strict(key, ConfigEntries.xlong, "Long");
    }

    @Override
    public long getLong(final String key, final long def) {
        return orDefault(key, ConfigEntries.xlong, def);
    }

    @Override
    public void addByte(final String key, final byte value) {
        putValue(ConfigEntries.xbyte, key, value);
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        return this.<Byte> strict(key, ConfigEntries.xbyte, "Byte");
    }

    @Override
    public byte getByte(final String key, final byte def) {
        return orDefault(key, ConfigEntries.xbyte, def);
    }

    @Override
    public void addString(final String key, final String value) {
        putValue(ConfigEntries.xstring, key, value);
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return strict(key, ConfigEntries.xstring, "String");
    }

    @Override
    public String getString(final String key, final String def) {
        return orDefault(key, ConfigEntries.xstring, def);
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        putValue(ConfigEntries.xboolean, key, value);
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return this.<Boolean> strict(key, ConfigEntries.xboolean, "Boolean");
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return orDefault(key, ConfigEntries.xboolean, def);
    }

    private ConfigBase arrayConfig(final String key, final Object values, final int length) {
        final ConfigBase c = addConfigBase(key);
        if (values != null) {
            c.addInt(CFG_ARRAY_SIZE, length);
        }
        return c;
    }

    private ConfigBase arrayOrNull(final String key) throws InvalidSettingsException {
        final ConfigBase c = getConfigBase(key);
        return c.getInt(CFG_ARRAY_SIZE, -1) < 0 ? null : c;
    }

    private static int size(final ConfigBase array) {
        return array.getInt(CFG_ARRAY_SIZE, -1);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addInt(Integer.toString(i), values[i]);
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final int[] r = new int[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getInt(Integer.toString(i));
        }
        return r;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addDouble(Integer.toString(i), values[i]);
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final double[] r = new double[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getDouble(Integer.toString(i));
        }
        return r;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addFloat(Integer.toString(i), values[i]);
        }
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final float[] r = new float[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getFloat(Integer.toString(i));
        }
        return r;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addChar(Integer.toString(i), values[i]);
        }
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final char[] r = new char[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getChar(Integer.toString(i));
        }
        return r;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addByte(Integer.toString(i), values[i]);
        }
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final byte[] r = new byte[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getByte(Integer.toString(i));
        }
        return r;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addShort(Integer.toString(i), values[i]);
        }
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final short[] r = new short[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getShort(Integer.toString(i));
        }
        return r;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addLong(Integer.toString(i), values[i]);
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final long[] r = new long[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getLong(Integer.toString(i));
        }
        return r;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addBoolean(Integer.toString(i), values[i]);
        }
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final boolean[] r = new boolean[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getBoolean(Integer.toString(i));
        }
        return r;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        final ConfigBase c = arrayConfig(key, values, values == null ? 0 : values.length);
        for (int i = 0; values != null && i < values.length; i++) {
            c.addString(Integer.toString(i), values[i]);
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        final ConfigBase c = arrayOrNull(key);
        if (c == null) {
            return null;
        }
        final String[] r = new String[size(c)];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.getString(Integer.toString(i));
        }
        return r;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_map.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_map.containsKey(key);
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public final String toStringValue() {
        return getKey();
    }

    @Override
    protected boolean hasIdenticalValue(final AbstractConfigEntry other) {
        final Map<String, AbstractConfigEntry> o = ((ConfigBase)other).m_map;
        if (o.size() != m_map.size()) {
            return false;
        }
        for (final Map.Entry<String, AbstractConfigEntry> e : m_map.entrySet()) {
            if (!Objects.equals(e.getValue(), o.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + m_map.hashCode();
    }

    @Override
    public String toString() {
        final StringBuilder b = new StringBuilder();
        appendTo(b, 0);
        return b.toString();
    }

    private void appendTo(final StringBuilder b, final int depth) {
        b.append("  ".repeat(depth)).append(getKey()).append(" (").append(getClass().getSimpleName()).append(")\n");
        for (final AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase c) {
                c.appendTo(b, depth + 1);
            } else {
                b.append("  ".repeat(depth + 1)).append(e).append('\n');
            }
        }
    }

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        Objects.requireNonNull(os);
        XMLConfig.save(this, os);
    }

    /**
     * Reads KNIME XML into a config; the root element's key becomes the config's key.
     *
     * @param config where to read into
     * @param in the XML; closed afterwards
     * @return {@code config}
     * @throws IOException if the XML is not a valid KNIME config
     */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        Objects.requireNonNull(in);
        config.load(in);
        return config;
    }

    /**
     * Adds the entries of KNIME XML to this config.
     *
     * @param is the XML; closed afterwards
     * @throws IOException if the XML is not a valid KNIME config
     */
    public void load(final InputStream is) throws IOException {
        try (InputStream in = is) {
            XMLConfig.load(this, in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        for (final AbstractConfigEntry e : m_map.values()) {
            if (e instanceof ConfigBase c) {
                c.copyTo(dest.addConfigBase(c.getKey()));
            } else if (dest instanceof ConfigBase d) {
                d.put(new ValueEntry(e.getType(), e.getKey(), ((ValueEntry)e).value()));
            } else {
                throw new UnsupportedOperationException("copy into " + dest.getClass().getName());
            }
        }
    }

    /**
     * Puts a parsed XML entry (used by {@link XMLConfig}).
     *
     * @param type the entry type
     * @param key the key
     * @param text the value text, {@code null} for a null value
     */
    final void putParsed(final ConfigEntries type, final String key, final String text) {
        putValue(type, key, type.parse(key, text));
    }

    /** @param key the root key read from XML */
    final void setRootKey(final String key) {
        setKey(key);
    }
}
