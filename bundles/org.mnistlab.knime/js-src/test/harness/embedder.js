/*
 * Tests only: a stand-in for the part of KNIME's UI that embeds a node view. This is the ONLY fake in the browser
 * tests. The view page, its <script src="./knime-ui-extension-service.min.js"> (the real @knime/ui-extension-service
 * from node_modules) and its calls JsonDataService.getInstance() / initialData() / AlertingService.sendAlert() run
 * unchanged; what is simulated is the other end of the service's postMessage protocol, as KNIME's UI answers it:
 *
 *   view -> parent   {type: "UIExtensionRequest", requestId, payload: {method, params}}
 *   parent -> view   {type: "UIExtensionResponse", requestId, payload: <result>}
 *
 * Methods answered:
 *   getConfig            -> the extension config of a node view (node/project/workflow ids, extensionType "view");
 *                           with ?delivery=config it also carries initialData, as KNIME may send it up front
 *   callNodeDataService  -> for serviceType "initial_data": the JSON string KNIME's InitialDataService produces,
 *                           {"result": <the node's initial data>} (or an error envelope)
 *   sendAlert            -> recorded in window.knimeAlerts, answered with nothing
 *   anything else        -> recorded in window.knimeUnexpected, answered with nothing
 * Every request is recorded in window.knimeRequests.
 *
 * The envelope (a string) comes from the test: page.addInitScript sets window.knimeTestEnvelope before this runs.
 * Query parameters: view (URL of the view page, default /dist/scorer-view.html), delivery (service | config).
 */
(() => {
  "use strict";

  const params = new URLSearchParams(location.search);
  const viewUrl = params.get("view") || "/dist/scorer-view.html";
  const delivery = params.get("delivery") || "service";
  const envelope = window.knimeTestEnvelope;

  window.knimeRequests = [];
  window.knimeAlerts = [];
  window.knimeUnexpected = [];

  const config = {
    nodeId: "root:9",
    projectId: "mnistlab-test-project",
    workflowId: "root",
    extensionType: "view",
    hasNodeView: true,
    writeProtected: false,
    resourceInfo: { id: "org.mnistlab.knime.scorer", type: "HTML", baseUrl: location.origin + "/dist/", path: "scorer-view.html" },
  };
  if (delivery === "config") {
    config.initialData = envelope;
  }

  const iframe = document.createElement("iframe");
  iframe.id = "view";
  iframe.title = "Node view";

  function answer(method, requestParams) {
    switch (method) {
      case "getConfig":
        return config;
      case "callNodeDataService": {
        const request = requestParams[0] || {};
        if (request.serviceType === "initial_data") {
          return envelope;
        }
        window.knimeUnexpected.push({ method, params: requestParams });
        return undefined;
      }
      case "sendAlert":
        window.knimeAlerts.push(requestParams[0]);
        return undefined;
      default:
        window.knimeUnexpected.push({ method, params: requestParams });
        return undefined;
    }
  }

  window.addEventListener("message", (event) => {
    if (event.source !== iframe.contentWindow || !event.data || event.data.type !== "UIExtensionRequest") {
      return;
    }
    const { requestId, payload } = event.data;
    window.knimeRequests.push(payload);
    const result = answer(payload.method, payload.params || []);
    event.source.postMessage({ type: "UIExtensionResponse", requestId, payload: result }, "*");
  });

  iframe.src = viewUrl;
  document.body.append(iframe);
})();
