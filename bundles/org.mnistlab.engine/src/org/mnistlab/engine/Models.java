package org.mnistlab.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.mnistlab.engine.linear.SGDClassifier;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.engine.svm.SVC;

/**
 * Saves and loads fitted models: a magic word, the container version, the type tag, the type's body version, then
 * the body. Doubles are written as raw IEEE bits, so a loaded model computes exactly what the saved one did.
 */
public final class Models {

    /** The ASCII bytes of "MNISTLAB", so a saved model is recognisable in a hex dump. */
    private static final long MAGIC = 0x4d4e4953544c4142L;

    private static final int CONTAINER_VERSION = 1;

    /** Reads a body of a given version. */
    @FunctionalInterface
    public interface BodyReader {
        /**
         * @param in positioned at the body
         * @param version the body version that was written
         * @return the model
         * @throws IOException if the body is invalid
         */
        Persistable read(DataInputStream in, int version) throws IOException;
    }

    /** Type tag → reader; every persistable model type registers here. */
    private static final Map<String, BodyReader> READERS = Map.ofEntries(
        Map.entry(SGDClassifier.TYPE_TAG, SGDClassifier::read),
        Map.entry(SVC.TYPE_TAG, SVC::read),
        Map.entry(OneVsRestClassifier.TYPE_TAG, OneVsRestClassifier::read),
        Map.entry(StandardScaler.TYPE_TAG, StandardScaler::read));

    private Models() {
    }

    /**
     * @param model the model
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public static void write(final Persistable model, final OutputStream out) throws IOException {
        final DataOutputStream d = new DataOutputStream(out);
        d.writeLong(MAGIC);
        d.writeInt(CONTAINER_VERSION);
        d.writeUTF(model.typeTag());
        d.writeInt(model.bodyVersion());
        model.writeBody(d);
        d.flush();
    }

    /**
     * @param in where to read; not closed
     * @return the model
     * @throws IOException if the data is not a model this version can read; the message says why
     */
    public static Persistable read(final InputStream in) throws IOException {
        final DataInputStream d = new DataInputStream(in);
        if (d.readLong() != MAGIC) {
            throw new IOException("not a saved MNIST Lab model");
        }
        final int container = d.readInt();
        if (container != CONTAINER_VERSION) {
            throw new IOException("saved model format " + container + " is newer than this version understands ("
                + CONTAINER_VERSION + ")");
        }
        final String tag = d.readUTF();
        final BodyReader reader = READERS.get(tag);
        if (reader == null) {
            throw new IOException("unknown model type '" + tag + "'");
        }
        return reader.read(d, d.readInt());
    }
}
