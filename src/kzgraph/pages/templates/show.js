// kzgraph show: pan, zoom and select on a Graphviz SVG embedded in the page. No network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kz-data").textContent);
  var canvas = document.getElementById("kz-canvas");
  var svg = canvas.querySelector("svg");
  var details = document.getElementById("kz-details");
  var home = svg.getAttribute("viewBox").split(/[\s,]+/).map(Number);
  var view = home.slice();

  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", v.join(" "));
  }

  function zoom(factor, cx, cy) {
    var w = view[2] * factor, h = view[3] * factor;
    if (w < home[2] / 40 || w > home[2] * 8) { return; }
    var fx = cx === undefined ? 0.5 : cx, fy = cy === undefined ? 0.5 : cy;
    setView([view[0] + (view[2] - w) * fx, view[1] + (view[3] - h) * fy, w, h]);
  }

  // The viewBox keeps its aspect ratio inside the element: one screen pixel is this many units.
  function unitsPerPixel() {
    var box = svg.getBoundingClientRect();
    return Math.max(view[2] / box.width, view[3] / box.height);
  }

  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    var box = svg.getBoundingClientRect();
    zoom(event.deltaY < 0 ? 0.8 : 1.25, (event.clientX - box.left) / box.width,
         (event.clientY - box.top) / box.height);
  }, { passive: false });

  var drag = null;
  canvas.addEventListener("pointerdown", function (event) {
    drag = { x: event.clientX, y: event.clientY, view: view.slice(), moved: false };
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) {
      drag.moved = true;
      canvas.classList.add("dragging");
    }
    var k = unitsPerPixel();
    setView([drag.view[0] - dx * k, drag.view[1] - dy * k, view[2], view[3]]);
  });
  window.addEventListener("pointerup", function () {
    canvas.classList.remove("dragging");
    setTimeout(function () { drag = null; }, 0);
  });

  document.getElementById("kz-zoom-in").onclick = function () { zoom(0.8); };
  document.getElementById("kz-zoom-out").onclick = function () { zoom(1.25); };
  document.getElementById("kz-reset").onclick = function () { setView(home.slice()); };

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function evidence(list) {
    var box = document.createDocumentFragment();
    box.appendChild(el("h3", "Evidence"));
    if (!list.length) { box.appendChild(el("p", "No evidence sentence in this graph.", "muted")); }
    list.forEach(function (sentence) { box.appendChild(el("blockquote", sentence)); });
    return box;
  }

  function mark(id) {
    canvas.querySelectorAll("g.selected, g.related").forEach(function (g) {
      g.classList.remove("selected", "related");
    });
    var g = document.getElementById(id);
    if (g) { g.classList.add("selected"); }
  }

  function selectNode(id) {
    var node = data.nodes[id];
    if (!node) { return; }
    mark(id);
    details.textContent = "";
    details.dataset.selected = node.iri;
    details.appendChild(el("h2", node.label));
    details.appendChild(el("span", node.kind, "kind"));
    details.appendChild(el("p", node.iri, "iri"));
    var table = el("table");
    node.facts.forEach(function (fact) {
      var row = el("tr");
      row.appendChild(el("th", fact[0]));
      row.appendChild(el("td", fact[1]));
      table.appendChild(row);
    });
    if (node.alt.length) {
      var alt = el("tr");
      alt.appendChild(el("th", "also called"));
      alt.appendChild(el("td", node.alt.join("; ")));
      table.appendChild(alt);
    }
    details.appendChild(table);
    var links = el("ul");
    Object.keys(data.edges).forEach(function (eid) {
      var edge = data.edges[eid];
      var other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
      if (other === null) { return; }
      var g = document.getElementById(eid);
      if (g) { g.classList.add("related"); }
      var arrow = edge.source === id ? edge.label + " \u2192 " : "\u2190 " + edge.label + " ";
      var item = el("li", arrow + data.nodes[other].label, "link");
      item.onclick = function () { selectNode(other); };
      links.appendChild(item);
    });
    if (links.children.length) {
      details.appendChild(el("h3", "Relations"));
      details.appendChild(links);
    }
    details.appendChild(evidence(node.evidence));
  }

  function selectEdge(id) {
    var edge = data.edges[id];
    mark(id);
    details.textContent = "";
    details.dataset.selected = id;
    details.appendChild(el("h2", edge.label));
    details.appendChild(el("p", data.nodes[edge.source].label + " \u2192 " +
                               data.nodes[edge.target].label));
    details.appendChild(el("p", edge.prop, "iri"));
    details.appendChild(evidence(edge.evidence));
  }

  canvas.querySelectorAll("g.node, g.edge").forEach(function (g) {
    g.addEventListener("click", function () {
      if (drag && drag.moved) { return; }
      if (data.nodes[g.id]) { selectNode(g.id); } else if (data.edges[g.id]) { selectEdge(g.id); }
    });
  });

  var list = document.getElementById("kz-nodes");
  Object.keys(data.nodes).forEach(function (id) {
    var node = data.nodes[id];
    var item = el("li");
    item.dataset.iri = node.iri;
    var swatch = el("span", undefined, "swatch");
    swatch.style.background = data.colours[node.kind];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(node.label));
    item.onclick = function () { selectNode(id); };
    list.appendChild(item);
  });

  // #node=IRI selects a node when the page opens (a link can point at one entity).
  var wanted = decodeURIComponent(location.hash.replace(/^#node=/, ""));
  Object.keys(data.nodes).forEach(function (id) {
    if (data.nodes[id].iri === wanted) { selectNode(id); }
  });
  document.body.dataset.ready = "true";
}());
