import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the update-site zip before it can ship: the feature with its name, version, provider, description,
 * copyright and license in the p2 metadata; every required bundle present as a jar; every bundle with a proper
 * manifest (ours: vendor, Java 17, license, about.html; third-party: real names, not Tycho's "wrapped." ones); and
 * nothing that must never ship (KNIME's own bundles, which the build compiles against, and test bundles).
 *
 * <p>Run by update-site/pom.xml in the verify phase as a single-file program with {@code key=value} arguments:
 * {@code zip}, {@code feature} (id), {@code version} (without qualifier), {@code name}, {@code provider} (also the
 * vendor of our bundles), {@code bundles} (comma-separated ids that must be in the site), {@code forbidden} (id
 * prefix), and optionally {@code export-all} (bundles that must export every package they contain). Exits with 1 and
 * one line per problem, or prints the zip's content.
 */
public final class UpdateSiteCheck {

    private static final String OUR_PREFIX = "org.mnistlab.";

    private static final String LOCALIZED_PREFIX = "df_LT.";

    private final Map<String, String> m_options;

    private final List<String> m_problems = new ArrayList<>();

    private UpdateSiteCheck(final Map<String, String> options) {
        m_options = options;
    }

    public static void main(final String[] args) throws Exception {
        final Map<String, String> options = new HashMap<>();
        for (final String arg : args) {
            final int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value, got '" + arg + "'");
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        final UpdateSiteCheck check = new UpdateSiteCheck(options);
        final Path zip = Path.of(check.option("zip"));
        final Set<String> content = check.check(zip);
        if (!check.m_problems.isEmpty()) {
            check.m_problems.forEach(p -> System.err.println("update site check: " + p));
            System.err.println("update site check FAILED for " + zip);
            System.exit(1);
        }
        System.out.println("update site check passed: " + zip);
        content.forEach(entry -> System.out.println("  " + entry));
    }

    private String option(final String key) {
        final String value = m_options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing argument " + key + "=...");
        }
        return value;
    }

    private List<String> listOption(final String key) {
        final String value = m_options.getOrDefault(key, "");
        return value.isBlank() ? List.of() : Arrays.asList(value.split("\\s*,\\s*"));
    }

    private void problem(final String message) {
        m_problems.add(message);
    }

    /** @return the zip's entries, for the build log */
    private Set<String> check(final Path zipPath) throws Exception {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            final Set<String> entries = new TreeSet<>();
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
            final Map<String, Unit> units = readUnits(zip);
            if (units.isEmpty()) {
                problem("no p2 metadata (content.jar or content.xml) in the zip");
                return entries;
            }
            if (!entries.contains("artifacts.jar") && !entries.contains("artifacts.xml")) {
                problem("no p2 artifact index (artifacts.jar or artifacts.xml) in the zip");
            }
            checkFeature(units, entries);
            checkForbidden(units, entries);
            for (final String id : listOption("bundles")) {
                if (units.values().stream().noneMatch(u -> u.bundle() && u.id().equals(id))) {
                    problem("required bundle " + id + " is not in the site");
                }
            }
            for (final Unit unit : units.values()) {
                if (unit.bundle()) {
                    checkBundle(zip, unit);
                }
            }
            return entries;
        }
    }

    private void checkFeature(final Map<String, Unit> units, final Set<String> entries) {
        final String id = option("feature");
        final Unit feature = units.get(id + ".feature.group");
        if (feature == null) {
            problem("feature " + id + " is not in the site");
            return;
        }
        final String version = option("version");
        if (!feature.version().startsWith(version + ".")) {
            problem("feature version " + feature.version() + " is not " + version + " with a qualifier");
        }
        if (!entries.contains("features/" + id + "_" + feature.version() + ".jar")) {
            problem("feature jar features/" + id + "_" + feature.version() + ".jar is missing");
        }
        expectEqual("feature name", feature.text("org.eclipse.equinox.p2.name"), option("name"));
        expectEqual("feature provider", feature.text("org.eclipse.equinox.p2.provider"), option("provider"));
        expectText("feature description", feature.text("org.eclipse.equinox.p2.description"));
        expectText("feature copyright", feature.copyright());
        expectText("feature license", feature.license());
        if (feature.license() != null && !feature.license().contains("GNU General Public License")) {
            problem("feature license does not name the GNU General Public License");
        }
        if (feature.licenseUrl() == null || !feature.licenseUrl().contains("gnu.org/licenses/gpl-3.0")) {
            problem("feature license URL is '" + feature.licenseUrl() + "', not the GPL 3.0 text");
        }
    }

    private void checkForbidden(final Map<String, Unit> units, final Set<String> entries) {
        final String forbidden = option("forbidden");
        for (final Unit unit : units.values()) {
            if (unit.id().startsWith(forbidden)) {
                problem("the site must not contain " + unit.id() + " (" + forbidden + "* is KNIME's, never ours)");
            }
            if (unit.bundle() && unit.id().endsWith(".tests")) {
                problem("test bundle " + unit.id() + " must not ship");
            }
        }
        for (final String entry : entries) {
            final String file = entry.substring(entry.lastIndexOf('/') + 1);
            if ((entry.startsWith("plugins/") || entry.startsWith("features/")) && file.startsWith(forbidden)) {
                problem("the zip must not contain " + entry);
            }
        }
    }

    private void checkBundle(final ZipFile zip, final Unit unit) throws IOException {
        final String path = "plugins/" + unit.id() + "_" + unit.version() + ".jar";
        final ZipEntry jar = zip.getEntry(path);
        if (jar == null) {
            problem("bundle " + unit.id() + " is in the metadata but " + path + " is not in the zip");
            return;
        }
        final BundleJar bundle;
        try (InputStream in = zip.getInputStream(jar)) {
            bundle = BundleJar.read(in);
        }
        if (bundle.manifest() == null) {
            problem(path + " has no META-INF/MANIFEST.MF");
            return;
        }
        final Attributes main = bundle.manifest().getMainAttributes();
        final String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName != null && symbolicName.startsWith("wrapped.")) {
            problem(path + " has Tycho's generated name " + symbolicName + "; give it OSGi metadata in the target");
        }
        expectText(path + " Bundle-Name", main.getValue("Bundle-Name"));
        expectText(path + " Bundle-Vendor", main.getValue("Bundle-Vendor"));
        expectText(path + " Bundle-License", main.getValue("Bundle-License"));
        if (!unit.id().startsWith(OUR_PREFIX)) {
            return;
        }
        expectEqual(path + " Bundle-Vendor", main.getValue("Bundle-Vendor"), option("provider"));
        if (!requiresJava17(main)) {
            problem(path + " does not declare Java 17 (Bundle-RequiredExecutionEnvironment: JavaSE-17)");
        }
        if (!bundle.entries().contains("about.html")) {
            problem(path + " has no about.html");
        }
        if (listOption("export-all").contains(unit.id())) {
            final Set<String> exported = packageNames(main.getValue("Export-Package"));
            for (final String pkg : bundle.classPackages()) {
                if (!exported.contains(pkg)) {
                    problem(path + " does not export its package " + pkg);
                }
            }
        }
    }

    /**
     * Tycho turns the source manifest's Bundle-RequiredExecutionEnvironment into the equivalent OSGi R7 requirement,
     * so either form counts.
     */
    private static boolean requiresJava17(final Attributes manifest) {
        final String bree = manifest.getValue("Bundle-RequiredExecutionEnvironment");
        final String capability = manifest.getValue("Require-Capability");
        return "JavaSE-17".equals(bree) || capability != null
            && capability.replace(" ", "").contains("osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"");
    }

    private void expectText(final String what, final String actual) {
        if (actual == null || actual.isBlank() || actual.startsWith("%")) {
            problem(what + " is missing (got '" + actual + "')");
        }
    }

    private void expectEqual(final String what, final String actual, final String expected) {
        if (!expected.equals(actual)) {
            problem(what + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    /** @return the package names of an OSGi package header, without attributes and directives */
    private static Set<String> packageNames(final String header) {
        final Set<String> names = new TreeSet<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            final char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                final String clause = header.substring(start, i);
                final int semicolon = clause.indexOf(';');
                names.add((semicolon < 0 ? clause : clause.substring(0, semicolon)).trim());
                start = i + 1;
            }
        }
        return names;
    }

    private static Map<String, Unit> readUnits(final ZipFile zip) throws Exception {
        final byte[] xml = contentXml(zip);
        final Map<String, Unit> units = new LinkedHashMap<>();
        if (xml == null) {
            return units;
        }
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        final Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        final NodeList unitElements = document.getElementsByTagName("unit");
        for (int i = 0; i < unitElements.getLength(); i++) {
            final Unit unit = Unit.of((Element)unitElements.item(i));
            units.put(unit.id(), unit);
        }
        return units;
    }

    /** @return content.xml, plain or inside content.jar; null if the zip has neither */
    private static byte[] contentXml(final ZipFile zip) throws IOException {
        final ZipEntry plain = zip.getEntry("content.xml");
        if (plain != null) {
            try (InputStream in = zip.getInputStream(plain)) {
                return in.readAllBytes();
            }
        }
        final ZipEntry jar = zip.getEntry("content.jar");
        if (jar == null) {
            return null;
        }
        try (ZipInputStream in = new ZipInputStream(zip.getInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    /** One installable unit of the p2 metadata, with its properties resolved against the default locale. */
    private record Unit(String id, String version, boolean bundle, Map<String, String> properties, String copyright,
        String license, String licenseUrl) {

        static Unit of(final Element element) {
            final Map<String, String> properties = new HashMap<>();
            final Element propertiesElement = child(element, "properties");
            if (propertiesElement != null) {
                final NodeList list = propertiesElement.getElementsByTagName("property");
                for (int i = 0; i < list.getLength(); i++) {
                    final Element property = (Element)list.item(i);
                    properties.put(property.getAttribute("name"), property.getAttribute("value"));
                }
            }
            boolean bundle = false;
            final Element provides = child(element, "provides");
            if (provides != null) {
                final NodeList list = provides.getElementsByTagName("provided");
                for (int i = 0; i < list.getLength(); i++) {
                    bundle |= "osgi.bundle".equals(((Element)list.item(i)).getAttribute("namespace"));
                }
            }
            final Element copyright = child(element, "copyright");
            final Element licenses = child(element, "licenses");
            final Element license = licenses == null ? null : child(licenses, "license");
            return new Unit(element.getAttribute("id"), element.getAttribute("version"), bundle, properties,
                copyright == null ? null : resolve(properties, copyright.getTextContent().trim()),
                license == null ? null : resolve(properties, license.getTextContent().trim()),
                license == null ? null : resolve(properties, license.getAttribute("url")));
        }

        String text(final String property) {
            return resolve(properties, properties.get(property));
        }

        /** Feature texts are stored as %key with the default-locale value in property df_LT.key. */
        private static String resolve(final Map<String, String> properties, final String value) {
            if (value == null || !value.startsWith("%")) {
                return value;
            }
            return properties.getOrDefault(LOCALIZED_PREFIX + value.substring(1), value);
        }

        private static Element child(final Element parent, final String name) {
            final NodeList list = parent.getChildNodes();
            for (int i = 0; i < list.getLength(); i++) {
                if (list.item(i) instanceof Element e && e.getTagName().equals(name)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** The entries and manifest of a bundle jar inside the zip. */
    private record BundleJar(Manifest manifest, Set<String> entries) {

        static BundleJar read(final InputStream jar) throws IOException {
            Manifest manifest = null;
            final Set<String> entries = new TreeSet<>();
            try (ZipInputStream in = new ZipInputStream(jar)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    entries.add(e.getName());
                    if (e.getName().equals("META-INF/MANIFEST.MF")) {
                        manifest = new Manifest(new ByteArrayInputStream(in.readAllBytes()));
                    }
                }
            }
            return new BundleJar(manifest, entries);
        }

        /** @return the Java packages that hold classes */
        Set<String> classPackages() {
            final Set<String> packages = new TreeSet<>();
            for (final String entry : entries) {
                final int slash = entry.lastIndexOf('/');
                if (entry.endsWith(".class") && slash > 0 && !entry.startsWith("META-INF/")) {
                    packages.add(entry.substring(0, slash).replace('/', '.'));
                }
            }
            return packages;
        }
    }
}
