package org.knime.standin.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.base.ConfigBaseRO;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.migration.Migrate;
import org.knime.node.parameters.persistence.NodeParametersPersistor;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistable;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.standin.ui.ParameterFields;

/**
 * NOT KNIME API. Saves and loads {@link NodeParameters} to and from node settings following KNIME's persistence rules
 * exactly (KNIME 5.7-5.9, {@code org.knime.core.webui.node.dialog.defaultdialog.persistence.impl}:
 * {@code SettingsSaverFactory}, {@code SettingsLoaderFactory}, {@code PersistenceFactory}, {@code ConfigKeyUtil},
 * {@code DefaultFieldNodeSettingsPersistorFactory}, {@code EnumFieldPersistor}, {@code OptionalPersistor},
 * {@code SettingsLoaderArrayParentUtil}, {@code CreateDefaultsUtil}; tree building in {@code TreeFactory}):
 * <ul>
 * <li>parameters are the non-private, non-static, non-transient fields, super classes first
 * ({@link ParameterFields});</li>
 * <li>the key is the field name without "m_", or {@code @Persist(configKey)}; {@code @Persist(hidden = true)} appends
 * "_Internals";</li>
 * <li>int/Integer {@code xint}, long {@code xlong}, double {@code xdouble}, float {@code xfloat}, boolean
 * {@code xboolean}, char {@code xchar}, byte {@code xbyte}, String {@code xstring} (null allowed), enum
 * {@code xstring} of {@link Enum#name()}, primitive and String arrays as array sub-configs, {@link DataType} as a
 * type sub-config; any other leaf type (e.g. short, a record) is rejected as KNIME rejects it;</li>
 * <li>{@code Optional<T>}: the value (or T's "empty" value) under the key plus {@code <key>_is_present};</li>
 * <li>a field of a {@link Persistable} type is a sub-config under its key; an array or collection of them is a
 * sub-config with one sub-config per element keyed "0", "1", ...;</li>
 * <li>{@code @Persistor} on a field uses the custom persistor on the enclosing settings, on a class on the class'
 * own settings;</li>
 * <li>loading is strict (missing key or wrong entry type: {@link InvalidSettingsException}; unknown enum name:
 * "Invalid value 'X'. Possible values: A, B"), except for fields with {@code @Migrate(loadDefaultIfAbsent = true)}
 * or in classes with {@code @LoadDefaultsForAbsentFields}, which take the value of a fresh instance when none of
 * their config paths exists;</li>
 * <li>loaded objects start from their no-arg constructor; defaults for a new node come from the
 * {@code (NodeParametersInput)} constructor if there is one.</li>
 * </ul>
 * Settings keys are written in field order, which is also Jackson's order in KNIME.
 */
public final class Parameters {

    /** KNIME's {@code SettingsModel.CFGKEY_INTERNAL}. */
    private static final String INTERNALS_SUFFIX = "_Internals";

    private static final String IS_PRESENT_SUFFIX = "_is_present";

    private Parameters() {
    }

    /**
     * Writes parameters as KNIME writes them into a node's {@code model} (or {@code view}) settings.
     *
     * @param params the parameters
     * @param settings where to write
     */
    public static void save(final NodeParameters params, final NodeSettingsWO settings) {
        saveTree(params, params.getClass(), settings);
    }

    /**
     * Reads parameters as KNIME reads them (without calling {@link NodeParameters#validate()}).
     *
     * @param <T> the parameters class
     * @param parametersClass the parameters class
     * @param settings the {@code model} (or {@code view}) settings
     * @return the parameters
     * @throws InvalidSettingsException if a key is missing or has the wrong type or value
     */
    public static <T extends NodeParameters> T load(final Class<T> parametersClass, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        return parametersClass.cast(loadTree(parametersClass, settings));
    }

    /**
     * Creates the parameters of a new node, as KNIME does before the first configure or when the dialog opens: with
     * the {@code (NodeParametersInput)} constructor if declared, else the no-arg constructor.
     *
     * @param <T> the parameters class
     * @param parametersClass the parameters class
     * @param input what the node knows about its inputs
     * @return fresh parameters
     */
    public static <T extends NodeParameters> T create(final Class<T> parametersClass, final NodeParametersInput input) {
        try {
            final Constructor<T> c = parametersClass.getDeclaredConstructor(NodeParametersInput.class);
            c.setAccessible(true);
            return c.newInstance(input);
        } catch (NoSuchMethodException e) {
            return parametersClass.cast(newInstance(parametersClass));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The constructor of " + parametersClass.getName() + " failed", e);
        }
    }

    /**
     * @param params parameters
     * @param key the root key, e.g. "model"
     * @return new settings holding them
     */
    public static NodeSettings toSettings(final NodeParameters params, final String key) {
        final NodeSettings s = new NodeSettings(key);
        save(params, s);
        return s;
    }

    /**
     * Saves to settings, writes them as KNIME XML, reads the XML and loads it back.
     *
     * @param <T> the parameters class
     * @param params parameters
     * @return the reloaded parameters
     * @throws InvalidSettingsException if they do not load
     */
    @SuppressWarnings("unchecked")
    public static <T extends NodeParameters> T roundTrip(final T params) throws InvalidSettingsException {
        final NodeSettings s = toSettings(params, "model");
        final ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            s.saveToXML(xml);
            return (T)load(params.getClass(), NodeSettings.loadFromXML(new ByteArrayInputStream(xml.toByteArray())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /* ---------------- saving ---------------- */

    private static void saveTree(final Object obj, final Class<?> type, final NodeSettingsWO settings) {
        final Persistor classPersistor = type.getAnnotation(Persistor.class);
        if (classPersistor != null) {
            persistor(classPersistor).save(obj, settings);
            return;
        }
        if (obj == null) {
            throw new NullPointerException("null value for the parameters group " + type.getName());
        }
        for (final Field f : ParameterFields.of(type)) {
            saveField(get(f, obj), f, settings);
        }
    }

    private static void saveField(final Object value, final Field f, final NodeSettingsWO settings) {
        final Persistor fieldPersistor = checkedPersistor(f);
        if (fieldPersistor != null) {
            persistor(fieldPersistor).save(value, settings);
            return;
        }
        final String key = configKey(f);
        final Class<?> element = persistableElement(f);
        if (Persistable.class.isAssignableFrom(f.getType())) {
            saveTree(value, f.getType(), settings.addNodeSettings(key));
        } else if (element != null) {
            final NodeSettingsWO array = settings.addNodeSettings(key);
            final List<?> elements = f.getType().isArray() ? Arrays.asList((Object[])value)
                : new ArrayList<>((Collection<?>)value);
            for (int i = 0; i < elements.size(); i++) {
                saveTree(elements.get(i), element, array.addNodeSettings(Integer.toString(i)));
            }
        } else if (f.getType() == Optional.class) {
            final Class<?> content = optionalContent(f);
            final Optional<?> o = (Optional<?>)value;
            if (o.isPresent()) {
                saveLeaf(o.get(), content, key, settings);
            } else {
                saveEmpty(content, key, settings);
            }
            settings.addBoolean(key + IS_PRESENT_SUFFIX, o.isPresent());
        } else {
            saveLeaf(value, f.getType(), key, settings);
        }
    }

    private static void saveLeaf(final Object v, final Class<?> type, final String key, final NodeSettingsWO s) {
        final Class<?> t = wrap(type);
        if (t == Integer.class) {
            s.addInt(key, (Integer)v);
        } else if (t == Double.class) {
            s.addDouble(key, (Double)v);
        } else if (t == Long.class) {
            s.addLong(key, (Long)v);
        } else if (t == String.class) {
            s.addString(key, (String)v);
        } else if (t == Boolean.class) {
            s.addBoolean(key, (Boolean)v);
        } else if (t == Float.class) {
            s.addFloat(key, (Float)v);
        } else if (t == Character.class) {
            s.addChar(key, (Character)v);
        } else if (t == Byte.class) {
            s.addByte(key, (Byte)v);
        } else if (t == int[].class) {
            s.addIntArray(key, (int[])v);
        } else if (t == double[].class) {
            s.addDoubleArray(key, (double[])v);
        } else if (t == long[].class) {
            s.addLongArray(key, (long[])v);
        } else if (t == String[].class) {
            s.addStringArray(key, (String[])v);
        } else if (t == boolean[].class) {
            s.addBooleanArray(key, (boolean[])v);
        } else if (t == float[].class) {
            s.addFloatArray(key, (float[])v);
        } else if (t == char[].class) {
            s.addCharArray(key, (char[])v);
        } else if (t == byte[].class) {
            s.addByteArray(key, (byte[])v);
        } else if (t.isEnum()) {
            s.addString(key, v == null ? null : ((Enum<?>)v).name());
        } else if (t == DataType.class) {
            s.addDataType(key, (DataType)v);
        } else if (t != Void.class) {
            throw noPersistor(type);
        }
    }

    /** What an empty {@code Optional} writes under its key ({@code PersistorImpl} "empty savers"). */
    private static void saveEmpty(final Class<?> type, final String key, final NodeSettingsWO s) {
        final Class<?> t = wrap(type);
        final Object empty;
        if (t == Integer.class) {
            empty = 0;
        } else if (t == Double.class) {
            empty = 0.0;
        } else if (t == Long.class) {
            empty = 0L;
        } else if (t == Boolean.class) {
            empty = false;
        } else if (t == Float.class) {
            empty = 0.0f;
        } else if (t == Character.class) {
            empty = ' ';
        } else if (t == Byte.class) {
            empty = (byte)0;
        } else if (t.isArray()) {
            empty = Array.newInstance(t.getComponentType(), 0);
        } else if (t == DataType.class) {
            empty = StringCell.TYPE;
        } else {
            empty = null;
        }
        saveLeaf(empty, type, key, s);
    }

    /* ---------------- loading ---------------- */

    private static Object loadTree(final Class<?> type, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        final Persistor classPersistor = type.getAnnotation(Persistor.class);
        if (classPersistor != null) {
            return persistor(classPersistor).load(settings);
        }
        final Object loaded = newInstance(type);
        final boolean defaultsForAbsent = type.isAnnotationPresent(LoadDefaultsForAbsentFields.class);
        for (final Field f : ParameterFields.of(type)) {
            final Migrate migrate = f.getAnnotation(Migrate.class);
            final boolean loadDefaultIfAbsent = defaultsForAbsent || (migrate != null && migrate.loadDefaultIfAbsent());
            final Object value;
            if (loadDefaultIfAbsent && Arrays.stream(configPaths(f)).noneMatch(p -> hasPath(settings, p))) {
                value = get(f, newInstance(type));
            } else {
                value = loadField(f, settings);
            }
            set(f, loaded, value);
        }
        return loaded;
    }

    private static Object loadField(final Field f, final NodeSettingsRO settings) throws InvalidSettingsException {
        final Persistor fieldPersistor = checkedPersistor(f);
        if (fieldPersistor != null) {
            return persistor(fieldPersistor).load(settings);
        }
        final String key = configKey(f);
        final Class<?> element = persistableElement(f);
        if (Persistable.class.isAssignableFrom(f.getType())) {
            return loadTree(f.getType(), settings.getNodeSettings(key));
        } else if (element != null) {
            final NodeSettingsRO array = settings.getNodeSettings(key);
            final int size = (int)array.keySet().stream().filter(k -> k.matches("^\\d+$")).count();
            final List<Object> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(loadTree(element, array.getNodeSettings(Integer.toString(i))));
            }
            return container(f.getType(), element, elements);
        } else if (f.getType() == Optional.class) {
            if (settings.getBoolean(key + IS_PRESENT_SUFFIX, true)) {
                return Optional.ofNullable(loadLeaf(optionalContent(f), key, settings));
            }
            return Optional.empty();
        }
        return loadLeaf(f.getType(), key, settings);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object loadLeaf(final Class<?> type, final String key, final NodeSettingsRO s)
        throws InvalidSettingsException {
        final Class<?> t = wrap(type);
        if (t == Integer.class) {
            return s.getInt(key);
        } else if (t == Double.class) {
            return s.getDouble(key);
        } else if (t == Long.class) {
            return s.getLong(key);
        } else if (t == String.class) {
            return s.getString(key);
        } else if (t == Boolean.class) {
            return s.getBoolean(key);
        } else if (t == Float.class) {
            return s.getFloat(key);
        } else if (t == Character.class) {
            return s.getChar(key);
        } else if (t == Byte.class) {
            return s.getByte(key);
        } else if (t == int[].class) {
            return s.getIntArray(key);
        } else if (t == double[].class) {
            return s.getDoubleArray(key);
        } else if (t == long[].class) {
            return s.getLongArray(key);
        } else if (t == String[].class) {
            return s.getStringArray(key);
        } else if (t == boolean[].class) {
            return s.getBooleanArray(key);
        } else if (t == float[].class) {
            return s.getFloatArray(key);
        } else if (t == char[].class) {
            return s.getCharArray(key);
        } else if (t == byte[].class) {
            return s.getByteArray(key);
        } else if (t.isEnum()) {
            final String name = s.getString(key);
            try {
                if (name == null) {
                    throw new IllegalArgumentException("null");
                }
                return Enum.valueOf((Class<? extends Enum>)t, name);
            } catch (IllegalArgumentException e) {
                final String values = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>)c).name())
                    .collect(Collectors.joining(", "));
                throw new InvalidSettingsException(String.format("Invalid value '%s'. Possible values: %s", name,
                    values), e);
            }
        } else if (t == DataType.class) {
            return s.getDataType(key);
        } else if (t == Void.class) {
            return null;
        }
        throw noPersistor(type);
    }

    private static Object container(final Class<?> type, final Class<?> element, final List<Object> elements) {
        if (type.isArray()) {
            final Object array = Array.newInstance(element, elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Array.set(array, i, elements.get(i));
            }
            return array;
        }
        if (type == List.class || type == Collection.class || type == ArrayList.class) {
            return new ArrayList<>(elements);
        }
        throw new IllegalStateException(
            "Unsupported collection type: " + type.getName() + ". Only Collection and List are supported.");
    }

    /* ---------------- keys, types, reflection ---------------- */

    private static String configKey(final Field f) {
        final Persist persist = f.getAnnotation(Persist.class);
        final String name = ParameterFields.name(f);
        if (persist == null) {
            return name;
        }
        final String key = persist.configKey().isEmpty() ? name : persist.configKey();
        return persist.hidden() ? key + INTERNALS_SUFFIX : key;
    }

    private static String[][] configPaths(final Field f) {
        final Persistor p = f.getAnnotation(Persistor.class);
        if (p != null) {
            return persistor(p).getConfigPaths();
        }
        return new String[][]{{configKey(f)}};
    }

    /** KNIME's {@code NodeSettingsAtPathUtil.hasPath}: every segment of the path exists. */
    private static boolean hasPath(final ConfigBaseRO settings, final String[] path) {
        ConfigBaseRO current = settings;
        for (int i = 0; i < path.length; i++) {
            if (!current.containsKey(path[i])) {
                return false;
            }
            if (i < path.length - 1) {
                try {
                    current = current.getConfigBase(path[i]);
                } catch (InvalidSettingsException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Persistor checkedPersistor(final Field f) {
        final Persistor p = f.getAnnotation(Persistor.class);
        if (p != null && f.isAnnotationPresent(Persist.class)) {
            throw new IllegalStateException(String.format("Cannot have both @Persistor and @Persist annotation on the "
                + "same field %s.", f.getName()));
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static NodeParametersPersistor<Object> persistor(final Persistor p) {
        return (NodeParametersPersistor<Object>)newInstance(p.value());
    }

    /** @return the element class if the field is an array or collection of persistable groups, else null */
    private static Class<?> persistableElement(final Field f) {
        final Class<?> t = f.getType();
        if (t.isArray()) {
            final Class<?> c = t.getComponentType();
            return !c.isEnum() && Persistable.class.isAssignableFrom(c) ? c : null;
        }
        if (Collection.class.isAssignableFrom(t) && f.getGenericType() instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> c && !c.isEnum()
            && Persistable.class.isAssignableFrom(c)) {
            return c;
        }
        return null;
    }

    private static Class<?> optionalContent(final Field f) {
        if (f.getGenericType() instanceof ParameterizedType p) {
            final Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof Class<?> c) {
                return c;
            }
            if (arg instanceof ParameterizedType inner && inner.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        throw noPersistor(Object.class);
    }

    private static Class<?> wrap(final Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        if (t == int.class) {
            return Integer.class;
        } else if (t == double.class) {
            return Double.class;
        } else if (t == long.class) {
            return Long.class;
        } else if (t == boolean.class) {
            return Boolean.class;
        } else if (t == float.class) {
            return Float.class;
        } else if (t == char.class) {
            return Character.class;
        } else if (t == byte.class) {
            return Byte.class;
        }
        return t;
    }

    private static IllegalArgumentException noPersistor(final Class<?> type) {
        return new IllegalArgumentException(String.format("No default persistor available for type '%s'.", type));
    }

    /** {@code ReflectionUtil.createInstance} / {@code CreateDefaultsUtil}: the no-arg constructor, made accessible. */
    static Object newInstance(final Class<?> type) {
        final Constructor<?> c;
        try {
            c = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(
                String.format("The provided Persistable '%s' don't provide an empty constructor.", type), e);
        }
        c.setAccessible(true);
        try {
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(String.format("The empty constructor of '%s' raised an exception.", type),
                e);
        }
    }

    private static Object get(final Field f, final Object obj) {
        try {
            return f.get(obj);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(final Field f, final Object obj, final Object value) {
        try {
            f.set(obj, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
