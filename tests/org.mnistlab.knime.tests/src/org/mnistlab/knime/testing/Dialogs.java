package org.mnistlab.knime.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.workflow.NativeNodeContainer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A node's dialog as KNIME's web UI sees it: the initial data its page receives from KNIME's dialog service (the
 * settings as JSON Forms data, JSON schema and UI schema) and the request the page sends when the user clicks OK.
 * The request is the dialog page's own, in KNIME 5.7 and 5.9 alike ({@code NodeDialog.vue} of
 * {@code org.knime.core.ui}): the data and the flow variable settings it received, as edited.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Opens the dialog as KNIME's UI does and asserts KNIME answered with data and no error or warning.
     *
     * @param node a node with a dialog
     * @return the {@code result} of the initial data: {@code data}, {@code schema}, {@code ui_schema},
     *         {@code flowVariableSettings}, ...
     */
    public static JsonObject open(final NativeNodeContainer node) {
        final JsonObject answer = JsonParser.parseString(TestWorkflow.dialogData(node)).getAsJsonObject();
        if (!answer.keySet().equals(Set.of("result"))) { // else "userError", "internalError" or "warningMessages"
            throw new AssertionError(node.getName() + ": KNIME's dialog service answered " + answer);
        }
        final JsonObject result = answer.getAsJsonObject("result");
        for (final String part : List.of("data", "schema", "ui_schema", "flowVariableSettings")) {
            if (!result.has(part) || !result.get(part).isJsonObject()) {
                throw new AssertionError(node.getName() + ": the dialog's initial data has no " + part + ": " + result);
            }
        }
        return result;
    }

    /**
     * Clicks OK: sends the dialog's data and flow variable settings back as the page does, and asserts KNIME applied
     * them without error or warning.
     *
     * @param node the node
     * @param opened what {@link #open(NativeNodeContainer)} returned, possibly edited
     */
    public static void ok(final NativeNodeContainer node, final JsonObject opened) {
        final JsonObject request = new JsonObject();
        request.add("data", opened.get("data"));
        request.add("flowVariableSettings", opened.get("flowVariableSettings"));
        final String answer = TestWorkflow.applyDialog(node, request.toString());
        final JsonObject applied = new JsonObject();
        applied.addProperty("isApplied", true);
        if (!JsonParser.parseString(answer).equals(applied)) {
            throw new AssertionError(node.getName() + ": KNIME's dialog service answered " + answer);
        }
    }

    /**
     * Asserts that clicking OK left a node's settings as they were. OK writes the flow variable settings the page
     * sent; where a node had none (a new node) that is an empty {@code variables} config, which KNIME reads as none.
     *
     * @param before the node's settings before the dialog opened
     * @param after its settings after OK
     */
    public static void assertOkKept(final NodeSettings before, final NodeSettings after) {
        ConfigTrees.assertSameTree(withoutEmptyVariables(before), withoutEmptyVariables(after));
    }

    private static NodeSettings withoutEmptyVariables(final NodeSettings settings) {
        final NodeSettings copy = new NodeSettings(settings.getKey());
        settings.copyTo(copy);
        if (copy.getEntry("variables") instanceof ConfigBase variables && variables.keySet().isEmpty()) {
            copy.removeConfig("variables");
        }
        return copy;
    }

    /**
     * @param dialog what {@link #open(NativeNodeContainer)} returned
     * @return the titles of its controls (the widgets a user sees), in layout order; JSON Forms takes a control's
     *         title from the JSON schema of the setting it edits
     */
    public static List<String> controlTitles(final JsonObject dialog) {
        final JsonObject schema = dialog.getAsJsonObject("schema");
        return controlPaths(dialog).stream().map(path -> {
            JsonObject property = schema;
            for (final String key : path) {
                property = property.getAsJsonObject("properties").getAsJsonObject(key);
            }
            return property.has("title") ? property.get("title").getAsString() : "(untitled " + path + ")";
        }).toList();
    }

    /**
     * @param dialog what {@link #open(NativeNodeContainer)} returned
     * @return the settings its controls edit, as paths below the data root, e.g. {@code [model, columns, labelColumn]}
     */
    public static List<List<String>> controlPaths(final JsonObject dialog) {
        return controls(dialog.getAsJsonObject("ui_schema")).stream().map(c -> path(c.get("scope").getAsString()))
            .toList();
    }

    /**
     * @param dialog what {@link #open(NativeNodeContainer)} returned
     * @return the choices KNIME computed for the settings that offer some (e.g. the columns of a column drop-down),
     *         by setting path as {@link #controlPaths(JsonObject)}, each as the ids of the offered values
     */
    public static Map<List<String>, List<String>> choices(final JsonObject dialog) {
        final Map<List<String>, List<String>> choices = new LinkedHashMap<>();
        if (!dialog.has("initialUpdates")) {
            return choices;
        }
        for (final JsonElement e : dialog.getAsJsonArray("initialUpdates")) {
            final JsonObject update = e.getAsJsonObject();
            if ("possibleValues".equals(update.get("providedOptionName").getAsString())) {
                final List<String> ids = new ArrayList<>();
                for (final JsonElement v : update.getAsJsonArray("values")) {
                    v.getAsJsonObject().getAsJsonArray("value")
                        .forEach(choice -> ids.add(choice.getAsJsonObject().get("id").getAsString()));
                }
                choices.put(path(update.get("scope").getAsString()), ids);
            }
        }
        return choices;
    }

    /**
     * A setting with a fixed list of choices (a Java enum), as its control shows it.
     *
     * @param path the setting, as {@link #controlPaths(JsonObject)}
     * @param titles each choice's value → its title in the control, in the enum's order
     * @param description the control's description, which KNIME ends with a list of the choices' titles and
     *            descriptions
     */
    public record EnumSetting(List<String> path, Map<String, String> titles, String description) {
    }

    /**
     * @param dialog what {@link #open(NativeNodeContainer)} returned
     * @return its controls that offer a fixed list of choices ({@code oneOf} in the JSON schema), in layout order
     */
    public static List<EnumSetting> enumSettings(final JsonObject dialog) {
        final JsonObject schema = dialog.getAsJsonObject("schema");
        final List<EnumSetting> settings = new ArrayList<>();
        for (final List<String> path : controlPaths(dialog)) {
            JsonObject property = schema;
            for (final String key : path) {
                property = property.getAsJsonObject("properties").getAsJsonObject(key);
            }
            if (property.has("oneOf")) {
                final Map<String, String> titles = new LinkedHashMap<>();
                for (final JsonElement choice : property.getAsJsonArray("oneOf")) {
                    final JsonObject c = choice.getAsJsonObject();
                    titles.put(c.get("const").getAsString(), c.has("title") ? c.get("title").getAsString() : null);
                }
                settings.add(new EnumSetting(path, titles,
                    property.has("description") ? property.get("description").getAsString() : ""));
            }
        }
        return settings;
    }

    /** "#/properties/model/properties/columns/properties/labelColumn" is [model, columns, labelColumn]. */
    private static List<String> path(final String scope) {
        if (!scope.startsWith("#/properties/")) {
            throw new AssertionError("unexpected control scope " + scope);
        }
        return Arrays.asList(scope.substring("#/properties/".length()).split("/properties/"));
    }

    private static List<JsonObject> controls(final JsonObject uiSchema) {
        final List<JsonObject> controls = new ArrayList<>();
        collect(uiSchema, controls);
        return controls;
    }

    private static void collect(final JsonObject element, final List<JsonObject> into) {
        if (element.has("type") && "Control".equals(element.get("type").getAsString())) {
            into.add(element);
        }
        if (element.has("elements")) {
            for (final JsonElement child : element.getAsJsonArray("elements")) {
                collect(child.getAsJsonObject(), into);
            }
        }
    }
}
