package org.knime.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.knime.core.node.FluentNodeAPI;
import org.knime.core.node.NodeFactory.NodeType;
import org.knime.core.node.port.PortType;
import org.knime.node.DefaultModel.RequireModelParameters;
import org.knime.node.DefaultView.RequireViewParameters;
import org.knime.node.RequirePorts.ConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.BoundExtendableConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.ExtendableConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.FinalConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.OptionalConfigurablePort;
import org.knime.node.RequirePorts.DynamicPortsAdder;
import org.knime.node.RequirePorts.RequireConfigurablePortMode;
import org.knime.node.RequirePorts.RequireInputPortName;
import org.knime.node.RequirePorts.RequirePortName;
import org.knime.node.RequirePorts.RequireSupportedTypes;
import org.knime.standin.ui.ExternalResourceDeclaration;
import org.knime.standin.ui.PortDeclaration;

/**
 * Stand-in for KNIME's {@code org.knime.node.DefaultNode}: the fluent declaration of a node (name, icon,
 * descriptions, since-version, ports, model, optional view, type, keywords, links), with KNIME's stage order and
 * KNIME's "only once" rules for the optional properties. Everything declared is kept for
 * {@code org.knime.standin.testing.NodeHarness}.
 */
public final class DefaultNode implements FluentNodeAPI {

    final String m_name;

    final String m_icon;

    final String m_shortDescription;

    final String m_fullDescription;

    final int[] m_sinceVersion;

    final List<PortDeclaration> m_inputs = new ArrayList<>();

    final List<PortDeclaration> m_outputs = new ArrayList<>();

    final DefaultModel m_model;

    private DefaultView m_view;

    NodeType m_nodeType;

    final List<String> m_keywords = new ArrayList<>();

    final List<ExternalResourceDeclaration> m_externalResources = new ArrayList<>();

    private DefaultNode(final String name, final String icon, final String shortDescription,
        final String fullDescription, final int[] sinceVersion, final Consumer<DynamicPortsAdder> ports,
        final DefaultModel model) {
        m_name = name;
        m_icon = icon;
        m_shortDescription = shortDescription;
        m_fullDescription = fullDescription;
        m_sinceVersion = sinceVersion;
        ports.accept(new PortRecorder());
        m_model = model;
    }

    /** @return the first stage */
    public static RequireName create() {
        return name -> icon -> shortDescription -> fullDescription -> (major, minor, revision) -> ports -> model -> //
        new DefaultNode(name, icon, shortDescription, fullDescription, new int[]{major, minor, revision}, ports,
            model.apply(DefaultModel.create()));
    }

    Optional<DefaultView> getView() {
        return Optional.ofNullable(m_view);
    }

    /** Name stage. */
    public interface RequireName {
        /** @param name the node name @return the next stage */
        RequireIcon name(String name);
    }

    /** Icon stage. */
    public interface RequireIcon {
        /** @param icon a 16x16 PNG path relative to the factory's package @return the next stage */
        RequireShortDescription icon(String icon);
    }

    /** Short description stage. */
    public interface RequireShortDescription {
        /** @param shortDescription one sentence (XHTML) @return the next stage */
        RequireFullDescription shortDescription(String shortDescription);
    }

    /** Full description stage. */
    public interface RequireFullDescription {
        /** @param fullDescription XHTML @return the next stage */
        RequireSinceVersion fullDescription(String fullDescription);
    }

    /** Since-version stage (mandatory since KNIME 5.7). */
    public interface RequireSinceVersion {
        /** @param major major @param minor minor @param revision revision @return the ports stage */
        RequirePorts sinceVersion(int major, int minor, int revision);
    }

    /** Model stage. */
    public interface RequireModel {
        /** @param model declares the model @return the node */
        DefaultNode model(Function<RequireModelParameters, DefaultModel> model);
    }

    /**
     * @param view declares the view
     * @return this
     */
    public DefaultNode addView(final Function<RequireViewParameters, DefaultView> view) {
        if (m_view != null) {
            throw new UnsupportedOperationException("Multiple views per node are not supported yet.");
        }
        m_view = view.apply(DefaultView.create());
        return this;
    }

    /**
     * @param nodeType the type (default: derived from the ports)
     * @return this
     */
    public DefaultNode nodeType(final NodeType nodeType) {
        if (m_nodeType != null) {
            throw new IllegalStateException("nodeType() has already been called; a node can only have one node type.");
        }
        m_nodeType = nodeType;
        return this;
    }

    /**
     * @param keywords search keywords
     * @return this
     */
    public DefaultNode keywords(final String... keywords) {
        if (!m_keywords.isEmpty()) {
            throw new IllegalStateException(
                "keywords() has already been called; a node can only have one list of keywords.");
        }
        Objects.requireNonNull(keywords);
        if (Arrays.asList(keywords).contains(null)) {
            throw new IllegalArgumentException("keywords list must not contain null values");
        }
        m_keywords.addAll(Arrays.asList(keywords));
        return this;
    }

    /**
     * @param href a link
     * @param description its text (XHTML)
     * @return this
     */
    public DefaultNode addExternalResource(final String href, final String description) {
        m_externalResources.add(new ExternalResourceDeclaration(Objects.requireNonNull(href),
            Objects.requireNonNull(description)));
        return this;
    }

    /** Records fixed port groups; other port modes are beyond the stand-in. */
    private final class PortRecorder implements DynamicPortsAdder {

        @Override
        public DynamicPortsAdder addInputPortGroup(final String groupId,
            final Function<RequirePortName, ConfigurablePort> groupConfiguration) {
            m_inputs.add(record(groupId, groupConfiguration));
            return this;
        }

        @Override
        public DynamicPortsAdder addOutputPortGroup(final String groupId,
            final Function<RequirePortName, ConfigurablePort> groupConfiguration) {
            m_outputs.add(record(groupId, groupConfiguration));
            return this;
        }

        @Override
        public DynamicPortsAdder addInputAndOutputPortGroup(final String groupId,
            final Function<RequireInputPortName, ConfigurablePort> groupConfiguration) {
            throw unsupported();
        }

        private PortDeclaration record(final String groupId,
            final Function<RequirePortName, ConfigurablePort> groupConfiguration) {
            final String[] name = new String[1];
            final String[] description = new String[1];
            final PortType[] type = new PortType[1];
            groupConfiguration.apply(n -> {
                name[0] = n;
                return d -> {
                    description[0] = d;
                    return new FixedOnly(type);
                };
            });
            return new PortDeclaration(groupId, name[0], description[0], type[0]);
        }
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("The KNIME API stand-in supports fixed ports only");
    }

    private record FixedOnly(PortType[] type) implements RequireConfigurablePortMode {

        @Override
        public FinalConfigurablePort fixed(final PortType portType) {
            type[0] = Objects.requireNonNull(portType);
            return new FinalConfigurablePort();
        }

        @Override
        public RequireSupportedTypes<OptionalConfigurablePort> optional() {
            throw unsupported();
        }

        @Override
        public RequireSupportedTypes<ExtendableConfigurablePort> extendable() {
            throw unsupported();
        }

        @Override
        public BoundExtendableConfigurablePort boundExtendable(final String groupId) {
            throw unsupported();
        }

        @Override
        public RequireSupportedTypes<FinalConfigurablePort> exchangable(final PortType defaultType) {
            throw unsupported();
        }
    }

}
