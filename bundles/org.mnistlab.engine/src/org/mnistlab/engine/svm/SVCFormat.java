package org.mnistlab.engine.svm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved form of an {@link SVC}, body version 1: classes, feature count, hyper-parameters as properties, the
 * resolved gamma, support indices and counts, the support vectors as sparse rows, dual coefficients and rho, all
 * doubles as raw IEEE bits.
 */
final class SVCFormat {

    /** Guards array lengths read from a file against absurd allocations. */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private SVCFormat() {
    }

    static void write(final SVC model, final DataOutputStream out) throws IOException {
        final String[] classes = model.classes();
        out.writeInt(classes.length);
        for (final String c : classes) {
            out.writeUTF(c);
        }
        out.writeInt(model.numFeatures());
        final Map<String, String> params = model.params().toProperties();
        out.writeInt(params.size());
        for (final Map.Entry<String, String> e : params.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeDouble(model.gamma());
        writeInts(out, model.support());
        writeInts(out, model.nSupport());
        final SparseRows sv = model.supportVectorRows();
        writeInts(out, sv.starts());
        writeInts(out, sv.indices());
        writeDoubles(out, sv.values());
        final double[][] coef = model.coef();
        out.writeInt(coef.length);
        for (final double[] row : coef) {
            writeDoubles(out, row);
        }
        writeDoubles(out, model.rho());
    }

    static SVC read(final DataInputStream in, final int version) throws IOException {
        if (version != 1) {
            throw new IOException("saved SVC format " + version + " is not one this version understands (1)");
        }
        try {
            final String[] classes = new String[length(in)];
            for (int c = 0; c < classes.length; c++) {
                classes[c] = in.readUTF();
            }
            final int numFeatures = in.readInt();
            final int count = length(in);
            final Map<String, String> properties = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                properties.put(in.readUTF(), in.readUTF());
            }
            final SVCParams params = SVCParams.fromProperties(properties);
            final double gamma = in.readDouble();
            final int[] support = readInts(in);
            final int[] nSupport = readInts(in);
            final SparseRows sv = SparseRows.wrap(numFeatures, readInts(in), readInts(in), readDoubles(in));
            final double[][] coef = new double[length(in)][];
            for (int r = 0; r < coef.length; r++) {
                coef[r] = readDoubles(in);
            }
            final double[] rho = readDoubles(in);
            check(classes, numFeatures, support, nSupport, sv, coef, rho);
            return new SVC(classes, numFeatures, params, gamma, sv, support, nSupport, coef, rho);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid saved SVC: " + e.getMessage(), e);
        }
    }

    private static void check(final String[] classes, final int numFeatures, final int[] support,
        final int[] nSupport, final SparseRows sv, final double[][] coef, final double[] rho) {
        final int k = classes.length;
        if (k < 2 || numFeatures < 1 || nSupport.length != k || coef.length != k - 1
            || rho.length != k * (k - 1) / 2 || sv.rows() != support.length) {
            throw new IllegalArgumentException("inconsistent shapes");
        }
        int total = 0;
        for (final int c : nSupport) {
            if (c < 0) {
                throw new IllegalArgumentException("negative support count");
            }
            total += c;
        }
        if (total != support.length) {
            throw new IllegalArgumentException("support counts do not add up");
        }
        for (final double[] row : coef) {
            if (row.length != total) {
                throw new IllegalArgumentException("dual coefficient rows have the wrong length");
            }
        }
    }

    private static int length(final DataInputStream in) throws IOException {
        final int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) {
            throw new IOException("invalid saved SVC: array length " + n);
        }
        return n;
    }

    private static void writeInts(final DataOutputStream out, final int[] a) throws IOException {
        out.writeInt(a.length);
        for (final int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(final DataInputStream in) throws IOException {
        final int[] a = new int[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static void writeDoubles(final DataOutputStream out, final double[] a) throws IOException {
        out.writeInt(a.length);
        for (final double v : a) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(final DataInputStream in) throws IOException {
        final double[] a = new double[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }
}
