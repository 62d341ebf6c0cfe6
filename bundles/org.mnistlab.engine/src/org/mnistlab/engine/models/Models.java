package org.mnistlab.engine.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.mnistlab.engine.ModelContainer;
import org.mnistlab.engine.ModelContainer.BodyReader;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.svm.SVC;

/**
 * Saves and loads fitted models of every type ({@link ModelContainer}'s format). The registry of types sits in this
 * package of its own because it depends on every model package, all of which depend on the engine's root package.
 */
public final class Models {

    /** Type tag → reader; every persistable model type registers here. */
    private static final Map<String, BodyReader> READERS = Map.ofEntries(
        Map.entry(SGDClassifier.TYPE_TAG, SGDClassifier::read),
        Map.entry(SVC.TYPE_TAG, SVC::read),
        Map.entry(OneVsRestClassifier.TYPE_TAG, (in, version) -> OneVsRestClassifier.read(in, version, Models::read)),
        Map.entry(StandardScaler.TYPE_TAG, StandardScaler::read));

    private Models() {
    }

    /**
     * @param model the model
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(final Persistable model, final OutputStream out) throws IOException {
        ModelContainer.write(model, out);
    }

    /**
     * @param in where to read; not closed
     * @return the model
     * @throws IOException if the data is not a model this version can read; the message says why
     */
    public static Persistable read(final InputStream in) throws IOException {
        return ModelContainer.read(in, READERS::get);
    }
}
