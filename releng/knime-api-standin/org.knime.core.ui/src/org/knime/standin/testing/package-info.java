/**
 * NOT KNIME API: test support of the KNIME API stand-in ({@code releng/knime-api-standin}), present only in the
 * stand-in bundle. It lets tests do headless what KNIME does with a node: build tables
 * ({@link org.knime.standin.testing.Tables}), create execution contexts ({@link org.knime.standin.testing.Executions}),
 * persist parameters exactly as KNIME does ({@link org.knime.standin.testing.Parameters},
 * {@link org.knime.standin.testing.Xml}), configure and execute nodes declared with {@code DefaultNode}
 * ({@link org.knime.standin.testing.NodeHarness}), save and load port objects
 * ({@link org.knime.standin.testing.PortObjects}), read plugin.xml registrations
 * ({@link org.knime.standin.testing.PluginXml}) and check connections ({@link org.knime.standin.testing.Ports}).
 * Each emulation names the KNIME class it follows.
 */
package org.knime.standin.testing;
