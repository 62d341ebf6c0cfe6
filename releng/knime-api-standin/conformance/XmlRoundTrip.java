import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.knime.core.node.NodeSettings;

/**
 * Reads KNIME XML config files (settings.xml, workflow.knime) with the stand-in's NodeSettings.loadFromXML and writes
 * them back with saveToXML. A file written by KNIME on Java 9+ must come back byte for byte; files written by old
 * KNIME versions on Java 8 differ only in indentation (the JDK's transformer did not indent then), and files edited by
 * hand may have comments or blank lines (which KNIME drops as well). Prints one line per file that differs otherwise
 * and a summary; exits 1 if any does.
 */
public final class XmlRoundTrip {

    public static void main(final String[] args) throws Exception {
        int identical = 0;
        int indentation = 0;
        int different = 0;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (final Path f : files.filter(Files::isRegularFile).toList()) {
                final byte[] in = Files.readAllBytes(f);
                final ByteArrayOutputStream out = new ByteArrayOutputStream();
                NodeSettings.loadFromXML(new ByteArrayInputStream(in)).saveToXML(out);
                if (Arrays.equals(in, out.toByteArray())) {
                    identical++;
                } else if (stripped(in).equals(stripped(out.toByteArray()))) {
                    indentation++;
                } else {
                    different++;
                    System.out.println("DIFFERS: " + f);
                }
            }
        }
        System.out.println(identical + " identical, " + indentation + " identical up to indentation, blank lines and comments, "
            + different + " different");
        System.exit(different == 0 ? 0 : 1);
    }

    private static List<String> stripped(final byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !(l.startsWith("<!--") && l.endsWith("-->"))).toList();
    }
}
