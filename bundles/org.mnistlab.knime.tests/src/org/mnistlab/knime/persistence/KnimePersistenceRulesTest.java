package org.mnistlab.knime.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.migration.Migrate;
import org.knime.node.parameters.persistence.Persist;
import org.knime.standin.testing.Parameters;
import org.knime.standin.testing.Xml;

/**
 * The stand-in's emulation of KNIME's NodeParameters persistence, pinned down on purpose-made parameter classes: the
 * keys, entry types and layout written here are what KNIME 5.7-5.9 writes (SettingsSaverFactory & co.), and loading
 * is as strict as KNIME's. Our workflows' settings.xml files rely on these rules.
 */
class KnimePersistenceRulesTest {

    enum Kind {
        A, B
    }

    static final class Inner implements NodeParameters {
        int m_n = 1;
    }

    static final class Params implements NodeParameters {
        int m_count = 3;

        long m_seed = 42;

        double m_alpha = 1e-4;

        boolean m_flag = true;

        String m_text = "x";

        String m_nothing;

        Kind m_kind = Kind.B;

        double[] m_weights = {0.5, -1};

        String[] m_names = {"a"};

        Optional<Integer> m_maybe = Optional.empty();

        Optional<String> m_present = Optional.of("p");

        Inner m_inner = new Inner();

        Inner[] m_list = {new Inner(), new Inner()};

        @Persist(configKey = "renamed")
        int m_original = 5;

        @Persist(hidden = true)
        int m_secret = 6;

        @Migrate(loadDefaultIfAbsent = true)
        int m_added = 7;

        @SuppressWarnings("unused") // present to show that private fields are not settings
        private int m_private = 8;

        static int s_static = 9;

        transient int m_transient = 10;
    }

    @Test
    void save_writesKnimesKeysTypesAndLayout() {
        assertEquals("""
            <?xml version="1.0" encoding="UTF-8"?>
            <config xmlns="http://www.knime.org/2008/09/XMLConfig" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd" \
            key="model">
                <entry key="count" type="xint" value="3"/>
                <entry key="seed" type="xlong" value="42"/>
                <entry key="alpha" type="xdouble" value="1.0E-4"/>
                <entry key="flag" type="xboolean" value="true"/>
                <entry key="text" type="xstring" value="x"/>
                <entry key="nothing" type="xstring" isnull="true" value=""/>
                <entry key="kind" type="xstring" value="B"/>
                <config key="weights">
                    <entry key="array-size" type="xint" value="2"/>
                    <entry key="0" type="xdouble" value="0.5"/>
                    <entry key="1" type="xdouble" value="-1.0"/>
                </config>
                <config key="names">
                    <entry key="array-size" type="xint" value="1"/>
                    <entry key="0" type="xstring" value="a"/>
                </config>
                <entry key="maybe" type="xint" value="0"/>
                <entry key="maybe_is_present" type="xboolean" value="false"/>
                <entry key="present" type="xstring" value="p"/>
                <entry key="present_is_present" type="xboolean" value="true"/>
                <config key="inner">
                    <entry key="n" type="xint" value="1"/>
                </config>
                <config key="list">
                    <config key="0">
                        <entry key="n" type="xint" value="1"/>
                    </config>
                    <config key="1">
                        <entry key="n" type="xint" value="1"/>
                    </config>
                </config>
                <entry key="renamed" type="xint" value="5"/>
                <entry key="secret_Internals" type="xint" value="6"/>
                <entry key="added" type="xint" value="7"/>
            </config>
            """, Xml.toString(Parameters.toSettings(new Params(), "model")));
    }

    @Test
    void roundTrip_nonDefaults_areKept() throws Exception {
        final Params p = new Params();
        p.m_count = -4;
        p.m_kind = Kind.A;
        p.m_weights = new double[]{Double.MIN_VALUE, Double.NaN};
        p.m_maybe = Optional.of(12);
        p.m_present = Optional.empty();
        p.m_inner.m_n = 99;
        p.m_list = new Inner[]{new Inner()};
        p.m_text = "line\nbreak & <tag> %% done";
        final Params q = Parameters.roundTrip(p);
        assertEquals(-4, q.m_count);
        assertEquals(Kind.A, q.m_kind);
        assertArrayEquals(p.m_weights, q.m_weights);
        assertEquals(Optional.of(12), q.m_maybe);
        assertEquals(Optional.empty(), q.m_present);
        assertEquals(99, q.m_inner.m_n);
        assertEquals(1, q.m_list.length);
        assertEquals(p.m_text, q.m_text);
    }

    @Test
    void save_lineBreaksAndPercentPairs_areEscapedAsKnimeDoes() {
        final Params p = new Params();
        p.m_text = "a\nb%%c";
        assertTrue(Xml.toString(Parameters.toSettings(p, "model"))
            .contains("<entry key=\"text\" type=\"xstring\" value=\"a%%00010b%%00037%c\"/>"));
    }

    @Test
    void load_missingKey_failsWithKnimesMessage() {
        final NodeSettings s = Parameters.toSettings(new Params(), "model");
        s.removeConfig("seed");
        final InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> Parameters.load(Params.class, s));
        assertEquals("Long for key \"seed\" not found.", e.getMessage());
    }

    @Test
    void load_wrongEntryType_failsLikeAMissingKey() {
        final NodeSettings s = Parameters.toSettings(new Params(), "model");
        s.addInt("seed", 42);
        assertThrows(InvalidSettingsException.class, () -> Parameters.load(Params.class, s));
    }

    @Test
    void load_fieldAddedLater_takesItsDefaultWhenAbsent() throws Exception {
        final NodeSettings s = Parameters.toSettings(new Params(), "model");
        s.removeConfig("added");
        assertEquals(7, Parameters.load(Params.class, s).m_added);
    }

    @Test
    void load_privateStaticAndTransientFields_areNotSettings() throws Exception {
        final NodeSettings s = Parameters.toSettings(new Params(), "model");
        assertFalse(s.containsKey("private") || s.containsKey("static") || s.containsKey("transient"));
        assertEquals(List.of("count", "seed", "alpha", "flag", "text", "nothing", "kind", "weights", "names", "maybe",
            "maybe_is_present", "present", "present_is_present", "inner", "list", "renamed", "secret_Internals",
            "added"), List.copyOf(s.keySet()));
    }

    static final class Unsupported implements NodeParameters {
        short m_small = 1;
    }

    @Test
    void save_typeWithoutKnimePersistor_isRejectedAsInKnime() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Parameters.toSettings(new Unsupported(), "model"));
        assertEquals("No default persistor available for type 'short'.", e.getMessage());
    }
}
