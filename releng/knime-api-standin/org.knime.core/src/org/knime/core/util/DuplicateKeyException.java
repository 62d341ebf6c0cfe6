package org.knime.core.util;

/** Stand-in for KNIME's {@code org.knime.core.util.DuplicateKeyException}: a row ID occurs twice in a table. */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    /** @param key the duplicate row ID */
    public DuplicateKeyException(final String key) {
        this("Duplicate key detected: \"" + key + "\"", key);
    }

    /**
     * @param message the message
     * @param key the duplicate row ID
     */
    public DuplicateKeyException(final String message, final String key) {
        super(message);
        m_key = key;
    }

    /** @return the duplicate row ID */
    public String getKey() {
        return m_key;
    }
}
