#!/usr/bin/env python3
"""Import partner GPU boards from BuildCores OpenDB into data/catalog/gpu_boards.csv.

Usage: tools/import_gpu_boards.py PATH/TO/buildcores-open-db/open-db/GPU.jsonl data/catalog/gpu_boards.csv

BuildCores OpenDB is published under ODC-By 1.0 (https://github.com/buildcores/buildcores-open-db);
every row keeps its OpenDB id in `source`, and data/catalog/ATTRIBUTION.md carries the attribution.
A board is imported when its chipset (and memory size) is a GPU model in the catalog; the mapping is
below. Figures are copied as OpenDB has them; a zero or missing figure stays empty (unknown).
"""
import csv
import json
import re
import sys

# OpenDB chipset name -> (catalog GPU id, VRAM in GB that the model has).
CHIPSETS = {
    "GeForce RTX 3060 12 GB": ("rtx-3060-12gb", 12),
    "GeForce RTX 3060 Ti": ("rtx-3060-ti", 8),
    "GeForce RTX 3070": ("rtx-3070", 8),
    "GeForce RTX 3070 LHR": ("rtx-3070", 8),
    "GeForce RTX 3070 Ti": ("rtx-3070-ti", 8),
    "GeForce RTX 3080 10 GB": ("rtx-3080-10gb", 10),
    "GeForce RTX 3080 12 GB": ("rtx-3080-12gb", 12),
    "GeForce RTX 3080 Ti": ("rtx-3080-ti", 12),
    "GeForce RTX 3090": ("rtx-3090", 24),
    "GeForce RTX 3090 Ti": ("rtx-3090-ti", 24),
    "GeForce RTX 4060 Ti": ("rtx-4060-ti-16gb", 16),
    "GeForce RTX 4070": ("rtx-4070", 12),
    "GeForce RTX 4070 SUPER": ("rtx-4070-super", 12),
    "GeForce RTX 4070 Ti": ("rtx-4070-ti", 12),
    "GeForce RTX 4070 Ti SUPER": ("rtx-4070-ti-super", 16),
    "GeForce RTX 4080": ("rtx-4080", 16),
    "GeForce RTX 4080 SUPER": ("rtx-4080-super", 16),
    "GeForce RTX 4090": ("rtx-4090", 24),
    "GeForce RTX 5060 Ti 16 GB": ("rtx-5060-ti-16gb", 16),
    "GeForce RTX 5070": ("rtx-5070", 12),
    "GeForce RTX 5070 Ti": ("rtx-5070-ti", 16),
    "GeForce RTX 5080": ("rtx-5080", 16),
    "GeForce RTX 5090": ("rtx-5090", 32),
    "GeForce RTX 2080 Ti": ("rtx-2080-ti", 11),
    "RTX A4000": ("rtx-a4000", 16),
    "RTX A5000": ("rtx-a5000", 24),
    "RTX A5500": ("rtx-a5500", 24),
    "RTX A6000": ("rtx-a6000", 48),
    "RTX 6000 Ada": ("rtx-6000-ada", 48),
    "RTX PRO 6000 Blackwell": ("rtx-pro-6000-blackwell", 96),
    "Radeon RX 7900 XTX": ("rx-7900-xtx", 24),
    "Radeon PRO W7900": ("radeon-pro-w7900", 48),
}

COLUMNS = ["id", "name", "gpu", "manufacturer", "part_numbers", "length", "slot_width", "cooling",
           "power_connectors", "tdp", "source"]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def cooling(value, name):
    if value is None:
        return ""
    # OpenDB files single-fan blower cards (ASUS/Gigabyte "Turbo", PNY/Zotac "Blower") under "1 Fan";
    # those product lines are blowers by name, and whether four cards stack depends on it.
    if value == "Blower" or (value == "1 Fan" and re.search(r"\b(turbo|blower)\b", name, re.I)):
        return "blower"
    if value == "Passive":
        return "passive"
    if value in ("Water Cooled", "Hybrid"):
        return "liquid"
    if re.fullmatch(r"\d+ Fans?", value):
        return "open-air"
    raise SystemExit(f"unknown cooling value {value!r}: extend cooling() in {sys.argv[0]}")


def connectors(pc):
    if not pc:
        return ""
    parts = []
    for key, label in (("pcie_6_pin", "6-pin"), ("pcie_8_pin", "8-pin"), ("pcie_12VHPWR", "16-pin 12VHPWR"),
                       ("pcie_12V_2x6", "16-pin 12V-2x6")):
        n = pc.get(key) or 0
        if n:
            parts.append(f"{n}x {label}")
    unknown = set(pc) - {"pcie_6_pin", "pcie_8_pin", "pcie_12VHPWR", "pcie_12V_2x6"}
    if unknown:
        raise SystemExit(f"unknown connector keys {unknown}")
    return " + ".join(parts) if parts else "none"


def number(value):
    if value is None or value == 0:
        return ""
    return f"{value:g}"


def slot_width(value):
    # A few OpenDB rows hold a length in mm here (55.6, 77, 120); no card is wider than 5 slots.
    if value is None or value == 0 or value > 5:
        return ""
    return f"{value:g}"


def main(src, dst):
    rows, used_ids, skipped = [], set(), 0
    with open(src, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for d in sorted(records, key=lambda r: r["opendb_id"]):
        chipset = d.get("chipset")
        if chipset not in CHIPSETS:
            continue
        gpu, vram = CHIPSETS[chipset]
        if d.get("memory") not in (None, vram):
            skipped += 1
            continue
        meta = d.get("metadata", {})
        name = meta.get("name") or chipset
        manufacturer = meta.get("manufacturer") or ""
        if manufacturer and not name.lower().startswith(manufacturer.lower()):
            name = f"{manufacturer} {name}"
        base = slug(f"{gpu} {name}")[:70].strip("-")
        board_id = base
        if board_id in used_ids:
            board_id = f"{base}-{d['opendb_id'][:8]}"
        used_ids.add(board_id)
        length = number(d.get("length"))
        rows.append({
            "id": board_id,
            "name": name,
            "gpu": gpu,
            "manufacturer": manufacturer,
            "part_numbers": ";".join(p.replace(";", ",") for p in meta.get("part_numbers") or []),
            "length": f"{length} mm" if length else "",
            "slot_width": slot_width(d.get("total_slot_width")),
            "cooling": cooling(d.get("cooling"), name),
            "power_connectors": connectors(d.get("power_connectors")),
            "tdp": f"{number(d.get('tdp'))} W" if number(d.get("tdp")) else "",
            "source": f"buildcores-open-db (ODC-By 1.0): {d['_source_path']}",
        })
    with open(dst, "w", newline="", encoding="utf-8") as f:
        f.write("# Partner GPU boards imported by tools/import_gpu_boards.py from BuildCores OpenDB (ODC-By 1.0). Do not edit by hand.\n")
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} boards to {dst} (skipped {skipped} with another memory size)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
