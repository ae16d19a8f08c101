# Converts world-atlas land-110m.json (TopoJSON) to one ring per line: "lon,lat lon,lat ..." in degrees, 1 decimal.
import json, sys
d = json.load(open(sys.argv[1]))
sx, sy = d['transform']['scale']; tx, ty = d['transform']['translate']
arcs = []
for arc in d['arcs']:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)
def ring(idx):
    out = []
    for i in idx:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out
lines = []
for geom in d['objects']['land']['geometries']:
    polys = geom['arcs'] if geom['type'] == 'MultiPolygon' else [geom['arcs']]
    for poly in polys:
        for r in poly:
            pts = []
            for lon, lat in ring(r):
                p = (round(lon, 1), round(lat, 1))
                if not pts or pts[-1] != p:
                    pts.append(p)
            if len(pts) >= 4:
                lines.append(' '.join('%g,%g' % p for p in pts))
print('# Land outlines, Natural Earth 1:110m (public domain), via world-atlas 2.0.2 land-110m.json (ISC).')
print('# One ring per line: longitude,latitude in degrees (WGS84), rounded to 0.1. Converted by topo2rings.py')
print('# (see README.md beside this file); holes are rings too and are filled even-odd.')
print('\n'.join(lines))
