// The server's refusals of input, placed where a form shows them. A 400 body lists its problems,
// each with the field it concerns (a path such as "names[0].text" or "geometry") and, for geometry,
// the coordinate [x, y] it points to (docs/WORK.md). Pure: no DOM.

// The problems of an error body: [{ field, message, at }], with at = [x, y] or null. A body without
// a list (older answers, other statuses) gives its message as one problem without a field.
export function problemsOf(body) {
  if (!body || typeof body !== 'object') return [];
  if (Array.isArray(body.problems) && body.problems.length) {
    return body.problems
      .filter((p) => p && typeof p.message === 'string')
      .map((p) => ({
        field: typeof p.field === 'string' ? p.field : null,
        message: p.message,
        at: Array.isArray(p.at) && p.at.length === 2 && p.at.every(Number.isFinite) ? [p.at[0], p.at[1]] : null,
      }));
  }
  return typeof body.message === 'string' ? [{ field: null, message: body.message, at: null }] : [];
}

// Sorts problems onto a form's controls. controls maps a control's name to the server fields it
// shows: exact paths, or prefixes ending in "." or "[" ("names[" takes names[0].text). A problem
// whose field no control shows (or that has none) is general: shown at the top of the form.
// Returns { byControl: Map(name -> [message]), general: [message] }.
export function placeProblems(problems, controls) {
  const byControl = new Map();
  const general = [];
  for (const problem of problems) {
    const name = problem.field ? controlFor(problem.field, controls) : null;
    if (name) {
      if (!byControl.has(name)) byControl.set(name, []);
      byControl.get(name).push(problem.message);
    } else {
      general.push(problem.message);
    }
  }
  return { byControl, general };
}

function controlFor(field, controls) {
  let best = null;
  let bestLength = -1;
  for (const [name, fields] of Object.entries(controls)) {
    for (const path of [].concat(fields)) {
      const matches = path === field || ((path.endsWith('.') || path.endsWith('[')) && field.startsWith(path))
        || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
      if (matches && path.length > bestLength) {
        best = name;
        bestLength = path.length;
      }
    }
  }
  return best;
}

// The vertex of a GeoJSON geometry nearest a problem's point (x, y in the geometry's own order),
// as { ring, index, coordinate } for Polygon/MultiPolygon/LineString; null without a point.
// A drawing marks that vertex.
export function nearestVertex(geometry, at) {
  if (!geometry || !at) return null;
  let best = null;
  const visit = (ring, ringPath) => {
    ring.forEach((coordinate, index) => {
      const d = (coordinate[0] - at[0]) ** 2 + (coordinate[1] - at[1]) ** 2;
      if (!best || d < best.d) best = { ring: ringPath, index, coordinate, d };
    });
  };
  switch (geometry.type) {
    case 'Point': visit([geometry.coordinates], [0]); break;
    case 'LineString': visit(geometry.coordinates, [0]); break;
    case 'Polygon': geometry.coordinates.forEach((ring, r) => visit(ring, [r])); break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon, p) => polygon.forEach((ring, r) => visit(ring, [p, r])));
      break;
    default: return null;
  }
  if (!best) return null;
  return { ring: best.ring, index: best.index, coordinate: best.coordinate };
}
