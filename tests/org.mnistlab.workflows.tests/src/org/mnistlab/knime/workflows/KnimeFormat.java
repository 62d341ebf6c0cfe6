package org.mnistlab.knime.workflows;

import java.util.regex.Pattern;

/**
 * Constants of KNIME's workflow file format that writer and checker share (knime-core
 * {@code FileWorkflowPersistor}, {@code FileSingleNodeContainerPersistor}, {@code FileNodePersistor},
 * {@code AnnotationData}; see notes "knime-api.md" section 6).
 */
final class KnimeFormat {

    /** The workflow file. */
    static final String WORKFLOW_FILE = "workflow.knime";

    /** A node's settings file. */
    static final String SETTINGS_FILE = "settings.xml";

    /** The project metadata file (KNIME 5.1+). */
    static final String METADATA_FILE = "workflow-metadata.xml";

    /** {@code LoadVersion.V5100}, the format every 5.x release writes (5.7, 5.8 and 5.9 alike). */
    static final String LOAD_VERSION = "5.1.0";

    /**
     * The writer version: KNIME asks before opening a workflow "created with a future version", so the oldest release
     * our nodes run on.
     */
    static final String CREATED_BY = "5.7.0";

    /** {@code NodeUIInformation}, the class that reads a node's bounds. */
    static final String NODE_UI_CLASS = "org.knime.core.node.workflow.NodeUIInformation";

    /** {@code AnnotationData.VERSION_20230412}, written by 5.x. */
    static final int ANNOTATION_VERSION = 20230412;

    /** The namespace of {@code workflow-metadata.xml} ({@code MetadataVersion.V1_0}). */
    static final String METADATA_NAMESPACE = "http://www.knime.org/core/node/workflow/metadata/v1.0";

    /** Annotation background: KNIME 5 draws annotations white with a coloured border this wide. */
    static final int WHITE = 0xFFFFFF;

    static final int ANNOTATION_BORDER = 10;

    /** KNIME's memory policy for output tables, its default. */
    static final String MEMORY_POLICY = "CacheSmallInMemory";

    /** The size KNIME's editor writes into a node's bounds (the position is what matters). */
    static final int NODE_WIDTH = 122;

    static final int NODE_HEIGHT = 80;

    /** Node states a workflow without execution data may have. */
    static final String IDLE = "IDLE";

    static final String CONFIGURED = "CONFIGURED";

    /** {@code FileUtil.getValidFileName}: every character but letters, digits and blanks becomes '_'. */
    private static final Pattern ILLEGAL = Pattern.compile("[^a-zA-Z0-9 ]");

    private KnimeFormat() {
    }

    /**
     * @param nodeName the node's name
     * @param id its id
     * @return the folder KNIME saves the node into, e.g. {@code "MNIST Reader (#1)"}
     */
    static String nodeFolder(final String nodeName, final int id) {
        return ILLEGAL.matcher(nodeName).replaceAll("_") + " (#" + id + ")";
    }
}
