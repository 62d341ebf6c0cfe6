package org.knime.core.node;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Stand-in for KNIME's {@code org.knime.core.node.NodeLogger} (subset), writing to {@code java.util.logging}. */
public final class NodeLogger {

    private final Logger m_logger;

    private NodeLogger(final String name) {
        m_logger = Logger.getLogger(name);
    }

    /**
     * @param c the class that logs
     * @return its logger
     */
    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger(c.getName());
    }

    /**
     * @param s a logger name
     * @return the logger
     */
    public static NodeLogger getLogger(final String s) {
        return new NodeLogger(s);
    }

    /** @param o the message */
    public void debug(final Object o) {
        m_logger.fine(String.valueOf(o));
    }

    /** @param o the message */
    public void info(final Object o) {
        m_logger.info(String.valueOf(o));
    }

    /** @param o the message */
    public void warn(final Object o) {
        m_logger.warning(String.valueOf(o));
    }

    /** @param o the message */
    public void error(final Object o) {
        m_logger.severe(String.valueOf(o));
    }

    /** @param o the message @param t the cause */
    public void debug(final Object o, final Throwable t) {
        m_logger.log(Level.FINE, String.valueOf(o), t);
    }

    /** @param o the message @param t the cause */
    public void warn(final Object o, final Throwable t) {
        m_logger.log(Level.WARNING, String.valueOf(o), t);
    }

    /** @param o the message @param t the cause */
    public void error(final Object o, final Throwable t) {
        m_logger.log(Level.SEVERE, String.valueOf(o), t);
    }

    /** @param format a {@link String#format} pattern @param args its arguments */
    public void debugWithFormat(final String format, final Object... args) {
        if (isDebugEnabled()) {
            debug(String.format(format, args));
        }
    }

    /** @param format a {@link String#format} pattern @param args its arguments */
    public void infoWithFormat(final String format, final Object... args) {
        info(String.format(format, args));
    }

    /** @param format a {@link String#format} pattern @param args its arguments */
    public void warnWithFormat(final String format, final Object... args) {
        warn(String.format(format, args));
    }

    /** @return whether debug messages are logged */
    public boolean isDebugEnabled() {
        return m_logger.isLoggable(Level.FINE);
    }
}
