package org.mnistlab.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The format of a saved model: a magic word, the container version, the type tag, the type's body version, then the
 * body ({@link Persistable#writeBody}). Doubles are written as raw IEEE bits, so a loaded model computes exactly what
 * the saved one did.
 * <p>
 * The container knows no model types: the caller supplies the body readers. So a model that nests saved models (one
 * per class, as one-vs-rest does) writes and reads them here without depending on the registry of every type, which
 * lives in {@code org.mnistlab.engine.models} and depends on all model packages.
 */
public final class ModelContainer {

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

    /** Reads a whole container: how a model reads the models nested in its body. */
    @FunctionalInterface
    public interface Reader {
        /**
         * @param in positioned at a container
         * @return the model
         * @throws IOException if the data is not a model the reader understands
         */
        Persistable read(InputStream in) throws IOException;
    }

    private ModelContainer() {
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
     * @param readers the body reader of a type tag, {@code null} for an unknown tag
     * @return the model
     * @throws IOException if the data is not a model this version can read; the message says why
     */
    public static Persistable read(final InputStream in, final Function<String, BodyReader> readers)
        throws IOException {
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
        final BodyReader reader = readers.apply(tag);
        if (reader == null) {
            throw new IOException("unknown model type '" + tag + "'");
        }
        return reader.read(d, d.readInt());
    }
}
