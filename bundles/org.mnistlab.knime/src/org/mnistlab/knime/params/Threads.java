package org.mnistlab.knime.params;

import org.knime.core.node.InvalidSettingsException;

/**
 * The "Threads" option of the learners: how many independent problems (classes, class pairs) are fitted at once.
 * Results never depend on it, only the speed does. 0, the default, means one per processor of the machine, so a saved
 * workflow adapts to the machine it runs on.
 */
public final class Threads {

    /** The option's title, named in messages. */
    public static final String TITLE = "Threads";

    /** The option's description. */
    public static final String DESCRIPTION = "How many classes (or class pairs) are fitted at once; 0 means one per "
        + "processor. They run on KNIME's thread pool, so KNIME's limit on working threads caps them too. The results "
        + "are the same for every value, only the speed differs.";

    private Threads() {
    }

    /**
     * @param setting the option's value
     * @throws InvalidSettingsException if it is negative
     */
    public static void validate(final int setting) throws InvalidSettingsException {
        if (setting < 0) {
            throw new InvalidSettingsException(TITLE + " must be at least 0 (0 = one per processor), got " + setting
                + ".");
        }
    }

    /**
     * @param setting the option's value, >= 0
     * @return the thread count to pass to the engine, >= 1
     */
    public static int resolve(final int setting) {
        return setting == 0 ? Runtime.getRuntime().availableProcessors() : setting;
    }
}
