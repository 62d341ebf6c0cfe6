package org.knime.node;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.FluentNodeAPI;
import org.knime.core.node.port.PortObject;
import org.knime.core.webui.page.Page;
import org.knime.core.webui.page.Page.RequireFromFileOrString;
import org.knime.node.parameters.NodeParameters;

/**
 * Stand-in for KNIME's {@code org.knime.node.DefaultView} (subset: parameters, description, page, initial data). The
 * functions are kept so tests can compute a view's initial data.
 */
public final class DefaultView implements FluentNodeAPI {

    private final Class<? extends NodeParameters> m_parametersClass;

    final String m_description;

    final Page m_page;

    Function<ViewInput, ?> m_initialData;

    private DefaultView(final Class<? extends NodeParameters> parametersClass, final String description,
        final Page page) {
        m_parametersClass = parametersClass;
        m_description = description;
        m_page = page;
    }

    static RequireViewParameters create() {
        return parametersClass -> description -> pageFct -> new DefaultView(parametersClass, description,
            pageFct.apply(Page.create()));
    }

    Optional<Class<? extends NodeParameters>> getParametersClass() {
        return Optional.ofNullable(m_parametersClass);
    }

    /** Parameters stage. */
    public interface RequireViewParameters {

        /** @param parametersClass the view parameters @return the next stage */
        RequireDescription parametersClass(Class<? extends NodeParameters> parametersClass);

        /** @return the next stage, for a view without settings */
        default RequireDescription withoutParameters() {
            return parametersClass(null);
        }
    }

    /** Description stage. */
    public interface RequireDescription {
        /** @param description XHTML @return the page stage */
        RequirePage description(String description);
    }

    /** Page stage. */
    public interface RequirePage {
        /** @param page creates the page @return the view */
        DefaultView page(Function<RequireFromFileOrString, Page> page);
    }

    /**
     * @param <D> the data type
     * @param initialData declares the data the page receives first
     * @return this
     */
    public <D> DefaultView initialData(final Function<RequireInitialData, DefaultInitialData<D>> initialData) {
        m_initialData = initialData.apply(DefaultInitialData::new).m_data;
        return this;
    }

    /** Initial data stage. */
    public interface RequireInitialData {
        /** @param <D> the data type @param data computes the data @return the declaration */
        <D> DefaultInitialData<D> data(Function<ViewInput, D> data);
    }

    /**
     * The initial data of a view.
     *
     * @param <D> the data type
     */
    public static final class DefaultInitialData<D> implements FluentNodeAPI {

        final Function<ViewInput, D> m_data;

        DefaultInitialData(final Function<ViewInput, D> data) {
            m_data = data;
        }
    }

    /** What the view functions see. */
    public interface ViewInput {

        /** @param <S> the parameters class @return the view parameters, null without a parameters class */
        <S extends NodeParameters> S getParameters();

        /** @return the internal port objects as tables */
        default BufferedDataTable[] getInternalTables() {
            return Arrays.stream(getInternalPortObjects()).map(BufferedDataTable.class::cast)
                .toArray(BufferedDataTable[]::new);
        }

        /** @return what execute passed to {@code setInternalData} */
        PortObject[] getInternalPortObjects();
    }
}
