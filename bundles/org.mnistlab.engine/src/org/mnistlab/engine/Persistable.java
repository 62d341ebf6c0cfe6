package org.mnistlab.engine;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A fitted model that can be saved and loaded ({@link ModelContainer}). The body format of each type is versioned on
 * its own, so an old saved model still loads after a type changes its format.
 */
public interface Persistable {

    /** @return the short, never changing name of the type, e.g. "sgd" */
    String typeTag();

    /** @return the version of the body format {@link #writeBody} writes */
    int bodyVersion();

    /**
     * Writes everything needed to rebuild the model bit for bit.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeBody(DataOutputStream out) throws IOException;
}
