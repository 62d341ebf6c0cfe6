package org.knime.standin.ui;

import java.util.List;
import java.util.function.Supplier;

/**
 * NOT KNIME API. Where a view page comes from.
 *
 * @param bundleClass a class of the bundle holding the page file, or null
 * @param bundleId the symbolic name of that bundle, or null
 * @param basePath directory below the bundle root, null for a page from a string
 * @param relativePath the page file below the base path (or the path of a page from a string)
 * @param content the page text of a page from a string, else null
 * @param resourceFiles extra files below the base path
 * @param resourceDirectories extra directories below the base path
 */
public record PageDeclaration(Class<?> bundleClass, String bundleId, String basePath, String relativePath,
    Supplier<String> content, List<String> resourceFiles, List<String> resourceDirectories) {
}
