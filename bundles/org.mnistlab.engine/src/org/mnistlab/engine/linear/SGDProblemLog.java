package org.mnistlab.engine.linear;

import java.util.ArrayList;
import java.util.List;

/**
 * The verbose log of one binary problem of an SGD fit: the whole fit for two classes, one class against the rest for
 * more.
 *
 * @param positiveClass the class whose samples were the +1 targets
 * @param epochs one entry per epoch, in order
 * @param stop why training stopped
 * @param seconds training time of this problem
 */
public record SGDProblemLog(String positiveClass, List<SGDEpoch> epochs, SGDStop stop, double seconds) {

    /** Copies the epochs. */
    public SGDProblemLog {
        epochs = List.copyOf(epochs);
    }

    /**
     * What {@code _plain_sgd} prints to stdout with {@code verbose > 0}, line by line: per epoch "-- Epoch k", the
     * report line and "Total training time: ...", and on convergence "Convergence after N epochs took T seconds".
     * The times are ours.
     *
     * @return the lines, without line terminators
     */
    public List<String> lines() {
        final List<String> lines = new ArrayList<>(3 * epochs.size() + 1);
        for (final SGDEpoch e : epochs) {
            lines.add("-- Epoch " + e.epoch());
            lines.add(e.line());
            lines.add("Total training time: " + PyFormat.fixed(e.seconds(), 2) + " seconds.");
        }
        if (stop == SGDStop.CONVERGED) {
            lines.add("Convergence after " + epochs.size() + " epochs took " + PyFormat.fixed(seconds, 2) + " seconds");
        }
        return lines;
    }
}
