package org.mnistlab.knime.testing;

import java.io.IOException;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.webui.node.dialog.defaultdialog.NodeParametersUtil;
import org.knime.node.parameters.NodeParameters;

/**
 * Node parameters saved, loaded and created by KNIME's own persistence ({@link NodeParametersUtil} of
 * {@code org.knime.core.ui}, which the node adapter and the dialog use).
 */
@SuppressWarnings("restriction") // NodeParametersUtil: core.ui's (x-internal) entry point of parameter persistence
public final class Parameters {

    private Parameters() {
    }

    /**
     * @param params parameters
     * @param key the root key, e.g. "model"
     * @return new settings holding them, as KNIME writes them into a node's settings
     */
    public static NodeSettings toSettings(final NodeParameters params, final String key) {
        final NodeSettings s = new NodeSettings(key);
        NodeParametersUtil.saveSettings(params.getClass(), params, s);
        return s;
    }

    /**
     * Reads parameters as KNIME reads them (without {@link NodeParameters#validate()}).
     *
     * @param <T> the parameters class
     * @param parametersClass the parameters class
     * @param settings the {@code model} settings
     * @return the parameters
     * @throws InvalidSettingsException if a key is missing or has the wrong type or value
     */
    public static <T extends NodeParameters> T load(final Class<T> parametersClass, final NodeSettingsRO settings)
        throws InvalidSettingsException {
        return NodeParametersUtil.loadSettings(settings, parametersClass);
    }

    /**
     * @param <T> the parameters class
     * @param parametersClass the parameters class
     * @param inSpecs the specs at the node's inputs (entries may be null)
     * @return the parameters of a new node, as KNIME creates them when the node is added or its dialog opens
     */
    public static <T extends NodeParameters> T create(final Class<T> parametersClass,
        final PortObjectSpec... inSpecs) {
        return NodeParametersUtil.createSettings(parametersClass, inSpecs);
    }

    /**
     * @param <T> the parameters class
     * @param parametersClass the parameters class
     * @return the defaults, as a node model saves them while no settings were applied (no input specs known)
     */
    public static <T extends NodeParameters> T defaults(final Class<T> parametersClass) {
        return NodeParametersUtil.createSettings(parametersClass);
    }

    /**
     * @param params parameters
     * @return their {@code model} settings as KNIME writes them into a node's settings.xml and reads them back
     */
    public static NodeSettings written(final NodeParameters params) {
        try {
            return (NodeSettings)Xml.parse(Xml.toString(toSettings(params, "model")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves to settings, writes them as KNIME's XML, reads the XML and loads it back.
     *
     * @param <T> the parameters class
     * @param params parameters
     * @return the reloaded parameters
     * @throws InvalidSettingsException if they do not load
     */
    @SuppressWarnings("unchecked")
    public static <T extends NodeParameters> T roundTrip(final T params) throws InvalidSettingsException {
        try {
            return (T)load(params.getClass(), Xml.parse(Xml.toString(toSettings(params, "model"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
