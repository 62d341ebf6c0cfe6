package org.knime.core.node.config.base;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.knime.core.util.XMLUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Stand-in for KNIME's {@code XMLConfig} + {@code XMLContentHandler} (knime-shared): the XML form of a config tree,
 * as in settings.xml and workflow.knime. Written the same way KNIME writes it:
 * <ul>
 * <li>a hand-written {@code <?xml version="1.0" encoding="UTF-8"?>} line, then the JDK's SAX transformer with method
 * xml, indent yes, UTF-8, no declaration;</li>
 * <li>the root {@code <config>} carries {@code xmlns}, {@code xmlns:xsi}, {@code xsi:schemaLocation} and its key;
 * sub-configs are nested {@code <config key>} elements;</li>
 * <li>each value is {@code <entry key type value/>}; a null value is {@code isnull="true" value=""}; values are
 * {@link XMLUtils#escape escaped}; transient strings are skipped.</li>
 * </ul>
 * Reading accepts only {@code config} and {@code entry} elements, unknown entry types are an error, values are
 * parsed by type (a malformed number is an error).
 */
public final class XMLConfig {

    private static final String CONFIG = ConfigEntries.config.name();

    private XMLConfig() {
    }

    /**
     * Reads XML into a config; the root element's key renames {@code c}.
     *
     * @param c where to put the entries
     * @param in the XML (not closed here)
     * @throws SAXException if the XML is not a valid config
     * @throws IOException if reading fails
     * @throws ParserConfigurationException never in practice
     */
    public static void load(final ConfigBase c, final InputStream in)
        throws SAXException, IOException, ParserConfigurationException {
        final SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        final XMLReader reader = factory.newSAXParser().getXMLReader();
        final Handler handler = new Handler(c);
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        // like KNIME: DOCTYPE declarations (old files reference XMLConfig.dtd) are read but never resolved
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            reader.parse(new InputSource(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) { // NOSONAR: KNIME wraps everything else the same way
            throw new IOException("Unable to parse xml: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a config as XML.
     *
     * @param config the config
     * @param output where to write; closed at the end, as KNIME does
     * @throws IOException if writing fails
     */
    public static void save(final ConfigBase config, final OutputStream output) throws IOException {
        final TransformerHandler tfh;
        try {
            tfh = ((SAXTransformerFactory)TransformerFactory.newInstance()).newTransformerHandler();
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
        final Transformer t = tfh.getTransformer();
        t.setOutputProperty(OutputKeys.METHOD, "xml");
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.setOutputProperty(OutputKeys.INDENT, "yes");
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
        final boolean buffered = output instanceof BufferedOutputStream || output instanceof ByteArrayOutputStream;
        try (OutputStream os = buffered ? output : new BufferedOutputStream(output)) {
            tfh.setResult(new StreamResult(os));
            try {
                tfh.startDocument();
                write(config, tfh, 0);
                tfh.endDocument();
            } finally {
                os.flush();
            }
        } catch (SAXException e) {
            throw new IOException("Saving xml to " + output + " failed: " + e.getMessage(), e);
        }
    }

    private static void write(final ConfigBase c, final ContentHandler h, final int depth) throws SAXException {
        final AttributesImpl attr = new AttributesImpl();
        if (depth == 0) {
            attr.addAttribute(null, null, "xmlns", "CDATA", "http://www.knime.org/2008/09/XMLConfig");
            attr.addAttribute(null, null, "xmlns:xsi", "CDATA", "http://www.w3.org/2001/XMLSchema-instance");
            attr.addAttribute(null, null, "xsi:schemaLocation", "CDATA",
                "http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd");
        }
        attr.addAttribute("", "", "key", "CDATA", c.getKey());
        h.startElement("", "", CONFIG, attr);
        for (final String key : c.keySet()) {
            final AbstractConfigEntry e = c.getEntry(key);
            if (e instanceof ConfigBase sub) {
                write(sub, h, depth + 1);
            } else if (e.getType() != ConfigEntries.xtransientstring) {
                final AttributesImpl a = new AttributesImpl();
                a.addAttribute("", "", "key", "CDATA", key);
                a.addAttribute("", "", "type", "CDATA", e.getType().name());
                String value = e.toStringValue();
                if (value == null) {
                    a.addAttribute("", "", "isnull", "CDATA", "true");
                    value = "";
                }
                a.addAttribute("", "", "value", "CDATA", XMLUtils.escape(value));
                h.startElement("", "", "entry", a);
                h.endElement("", "", "entry");
            }
        }
        h.endElement("", "", CONFIG);
    }

    /** SAX handler building the config tree, after KNIME's {@code XMLContentHandler}. */
    private static final class Handler extends DefaultHandler {

        private final Deque<ConfigBase> m_stack = new ArrayDeque<>();

        private boolean m_first = true;

        Handler(final ConfigBase root) {
            m_stack.push(root);
        }

        @Override
        public void startElement(final String uri, final String localName, final String qName,
            final Attributes attributes) throws SAXException {
            final ConfigBase peek = m_stack.peek();
            if (CONFIG.equals(qName)) {
                if (m_first) {
                    m_first = false;
                    peek.setRootKey(attributes.getValue("key"));
                } else {
                    m_stack.push(peek.addConfigBase(attributes.getValue("key")));
                }
            } else if ("entry".equals(qName)) {
                if (m_first) {
                    throw new SAXException("First element in xml is not a config");
                }
                final String key = attributes.getValue("key");
                final String type = attributes.getValue("type");
                final ConfigEntries entryType;
                try {
                    entryType = ConfigEntries.valueOf(type);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new SAXException("Invalid type ('" + type + "') for key '" + key + "' in XML file.", e);
                }
                final String value = "true".equals(attributes.getValue("isnull")) ? null
                    : XMLUtils.unescape(attributes.getValue("value"));
                peek.putParsed(entryType, key, value);
            } else {
                throw new SAXException("\"" + qName + "\" is not a valid tag name.");
            }
        }

        @Override
        public void endElement(final String uri, final String localName, final String qName) {
            if (CONFIG.equals(qName)) {
                m_stack.pop();
            }
        }

        @Override
        public void warning(final SAXParseException e) throws SAXException {
            throw new SAXException("line=" + e.getLineNumber() + ": " + e.getMessage(), e);
        }

        @Override
        public void error(final SAXParseException e) throws SAXException {
            throw new SAXException("line=" + e.getLineNumber() + ": " + e.getMessage(), e);
        }

        @Override
        public void fatalError(final SAXParseException e) throws SAXException {
            throw new SAXException("line=" + e.getLineNumber() + ": " + e.getMessage(), e);
        }
    }
}
