package org.mnistlab.knime.workflows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The workflows shipped in {@code workflows/}: the lab of Hands-On Machine Learning chapter 3, step by step, built
 * from our nodes with the lab's settings, each step explained in annotations as the book explains it. One class per
 * workflow defines it and names its nodes (the text under each node, which the tests use to find its outputs). The
 * MNIST Reader keeps its default source ("download with cache"), which finds {@code $MNIST_DIR} or the per-user cache
 * first, so the workflows run on any machine.
 */
public final class LabWorkflows {

    /** Who authored the workflows (recorded in workflow.knime and the metadata). */
    static final String AUTHOR = "MNIST Lab";

    /** When the workflows were authored. */
    static final OffsetDateTime AUTHORED = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    /** Annotation border colours of KNIME's palette: the step's explanation, a closer look, the numbers to expect. */
    static final int BLUE = 0x00A6E6;

    static final int YELLOW = 0xFFD800;

    static final int GREEN = 0x3CB44B;

    /** The text under every workflow's MNIST Reader. */
    static final String READER = "Read the 70,000 digits";

    /**
     * The flow variables by which the SGD Learner of workflows 2 and 3 passes its positive value and seed to the
     * Cross-Validation, so that a user changes the digit (and the seed) in one place.
     */
    static final String POSITIVE_CLASS = "positive_class";

    static final String RANDOM_STATE = "random_state";

    private static final String BOOK = "https://github.com/ageron/handson-ml3/blob/main/03_classification.ipynb";

    private LabWorkflows() {
    }

    /** @return every shipped workflow, in lab order */
    public static List<WorkflowDefinition> all() {
        return List.of(ExploreWorkflow.definition(), BinaryWorkflow.definition(), ThresholdsWorkflow.definition(),
            SvmWorkflow.definition(), MulticlassWorkflow.definition());
    }

    /**
     * The digit and the seed set once: the SGD Learner exposes its positive value and its seed as the flow variables
     * {@link #POSITIVE_CLASS} and {@link #RANDOM_STATE}, and the Cross-Validation, connected to it by a flow variable
     * connection, takes both from them, as {@code cross_val_score(sgd_clf, ...)} reuses the lab's classifier. The
     * nodes below the Cross-Validation need neither: its columns keep their names for every digit.
     *
     * @param w the workflow
     * @param sgd its SGD Learner
     * @param cv its Cross-Validation (of SGD, binary)
     */
    static void shareDigitAndSeed(final WorkflowDefinition w, final WorkflowDefinition.Node sgd,
        final WorkflowDefinition.Node cv) {
        sgd.exposeVariable("positiveValue", POSITIVE_CLASS).exposeVariable("randomState", RANDOM_STATE);
        cv.useVariable("positiveValue", POSITIVE_CLASS).useVariable("sgd/randomState", RANDOM_STATE);
        w.connectVariables(sgd, cv);
    }

    /**
     * @param name the workflow's name
     * @param description its plain-text description
     * @return a workflow with the lab's tags and link
     */
    static WorkflowDefinition workflow(final String name, final String description) {
        return new WorkflowDefinition(name).description(description) //
            .tags("MNIST", "classification", "scikit-learn", "Hands-On Machine Learning") //
            .link(BOOK, "The lab: Hands-On Machine Learning, chapter 3 (notebook)");
    }
}
