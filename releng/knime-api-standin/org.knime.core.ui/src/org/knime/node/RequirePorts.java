package org.knime.node;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortType;
import org.knime.node.DefaultNode.RequireModel;
import org.knime.node.RequirePorts.ConfigurablePort.BoundExtendableConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.ExtendableConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.FinalConfigurablePort;
import org.knime.node.RequirePorts.ConfigurablePort.OptionalConfigurablePort;

/**
 * Stand-in for KNIME's {@code org.knime.node.RequirePorts}: the ports stage of {@link DefaultNode}. As in KNIME, each
 * fixed port becomes a port group named after the port. The stand-in supports fixed ports only; the other port modes
 * throw {@link UnsupportedOperationException} when a node is declared.
 */
public interface RequirePorts {

    /**
     * @param ports declares the fixed ports
     * @return the model stage
     */
    default RequireModel ports(final Consumer<PortsAdder> ports) {
        return dynamicPorts(groups -> ports.accept(new PortsAdder() {
            @Override
            public PortsAdder addInputPort(final String name, final String description, final PortType portType) {
                groups.addInputPortGroup(name, g -> g.name(name).description(description).fixed(portType));
                return this;
            }

            @Override
            public PortsAdder addOutputPort(final String name, final String description, final PortType portType) {
                groups.addOutputPortGroup(name, g -> g.name(name).description(description).fixed(portType));
                return this;
            }
        }));
    }

    /**
     * @param ports declares port groups
     * @return the model stage
     */
    RequireModel dynamicPorts(Consumer<DynamicPortsAdder> ports);

    /** Adds fixed ports. */
    interface PortsAdder {

        /** @param name unique port name @param description XHTML @param portType type @return this */
        PortsAdder addInputPort(String name, String description, PortType portType);

        /** @param name unique port name @param description XHTML @param portType type @return this */
        PortsAdder addOutputPort(String name, String description, PortType portType);

        /** @param name unique port name @param description XHTML @return this */
        default PortsAdder addInputTable(final String name, final String description) {
            return addInputPort(name, description, BufferedDataTable.TYPE);
        }

        /** @param name unique port name @param description XHTML @return this */
        default PortsAdder addOutputTable(final String name, final String description) {
            return addOutputPort(name, description, BufferedDataTable.TYPE);
        }
    }

    /** Adds port groups. */
    interface DynamicPortsAdder {

        /** @param groupId id @param groupConfiguration the group @return this */
        DynamicPortsAdder addInputPortGroup(String groupId,
            Function<RequirePortName, ConfigurablePort> groupConfiguration);

        /** @param groupId id @param groupConfiguration the group @return this */
        DynamicPortsAdder addOutputPortGroup(String groupId,
            Function<RequirePortName, ConfigurablePort> groupConfiguration);

        /** @param groupId id @param groupConfiguration the group @return this */
        DynamicPortsAdder addInputAndOutputPortGroup(String groupId,
            Function<RequireInputPortName, ConfigurablePort> groupConfiguration);
    }

    /** Port name stage. */
    interface RequirePortName {
        /** @param name the name @return the next stage */
        RequirePortDescription name(String name);
    }

    /** Port description stage. */
    interface RequirePortDescription {
        /** @param description XHTML @return the next stage */
        RequireConfigurablePortMode description(String description);
    }

    /** Input name stage of an input-and-output group. */
    interface RequireInputPortName {
        /** @param name the name @return the next stage */
        RequireInputPortDescription inputName(String name);
    }

    /** Input description stage. */
    interface RequireInputPortDescription {
        /** @param description XHTML @return the next stage */
        RequireOutputPortName inputDescription(String description);
    }

    /** Output name stage. */
    interface RequireOutputPortName {
        /** @param name the name @return the next stage */
        RequireOutputPortDescription outputName(String name);
    }

    /** Output description stage. */
    interface RequireOutputPortDescription {
        /** @param description XHTML @return the next stage */
        RequireConfigurablePortMode outputDescription(String description);
    }

    /** The port mode. */
    interface RequireConfigurablePortMode {
        /** @param portType the type @return a fixed port */
        FinalConfigurablePort fixed(PortType portType);

        /** @return an optional port */
        RequireSupportedTypes<OptionalConfigurablePort> optional();

        /** @return an extendable group */
        RequireSupportedTypes<ExtendableConfigurablePort> extendable();

        /** @param groupId the group bound to @return a bound group */
        BoundExtendableConfigurablePort boundExtendable(String groupId);

        /** @param defaultType the default type @return an exchangeable port */
        RequireSupportedTypes<FinalConfigurablePort> exchangable(PortType defaultType);
    }

    /**
     * Supported types stage.
     *
     * @param <T> the next stage
     */
    interface RequireSupportedTypes<T> {
        /** @param portTypes types @return the next stage */
        T supportedTypes(PortType... portTypes);

        /** @param portTypePredicate accepted types @return the next stage */
        T supportedTypes(Predicate<PortType> portTypePredicate);
    }

    /** A configured port group. */
    sealed interface ConfigurablePort permits FinalConfigurablePort, OptionalConfigurablePort,
        ExtendableConfigurablePort, BoundExtendableConfigurablePort {

        /** A finished port group. */
        final class FinalConfigurablePort implements ConfigurablePort {
        }

        /** An optional port. */
        non-sealed interface OptionalConfigurablePort extends ConfigurablePort {
            /** @param defaultPortType the default @return the finished group */
            FinalConfigurablePort defaultPortType(PortType defaultPortType);
        }

        /** An extendable group. */
        non-sealed interface ExtendableConfigurablePort extends ConfigurablePort {
            /** @param portTypes fixed types @return this */
            ExtendableConfigurablePort fixedTypes(PortType... portTypes);

            /** @param portTypes default types @return this */
            ExtendableConfigurablePort defaultNonFixedTypes(PortType... portTypes);
        }

        /** A bound extendable group. */
        non-sealed interface BoundExtendableConfigurablePort extends ConfigurablePort {
            /** @param numPorts fixed count @return this */
            BoundExtendableConfigurablePort fixedNumPorts(int numPorts);

            /** @param numPorts default count @return this */
            BoundExtendableConfigurablePort defaultNumPorts(int numPorts);
        }
    }
}
